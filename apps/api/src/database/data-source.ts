import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { AuditLogRegel } from '../audit/audit-log.entity.js';
import { Sessie } from '../auth/sessie.entity.js';
import { Gebruiker } from '../gebruikers/gebruiker.entity.js';
import { Gemeente } from '../organisaties/gemeente.entity.js';
import { Organisatie } from '../organisaties/organisatie.entity.js';
import { MIGRATIES } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

// A DATE is a calendar day, not a moment: keep it as 'YYYY-MM-DD' instead of a local-midnight Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (waarde: string) => waarde);

// Only the tables reached through repositories (accounts, sessions, audit). Case data is read and
// written in SQL through the toegang module, so it has no entity classes to drift from the schema.
export const ENTITEITEN = [Gemeente, Organisatie, Gebruiker, Sessie, AuditLogRegel];

/** The schema comes only from migrations; `synchronize` stays off. */
export function dataSourceOpties(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITEITEN,
    migrations: MIGRATIES,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: 20, application_name: 'eenplan-api' },
  };
}

export function maakDataSource(url: string): DataSource {
  return new DataSource(dataSourceOpties(url));
}

/** Report queries: their own login (RAPPORTAGE_ROL), a small pool, nothing but SQL. */
export const RAPPORTAGE_VERBINDING = 'rapportage';
export function rapportageDataSourceOpties(url: string): DataSourceOptions {
  return { type: 'postgres', url, synchronize: false, extra: { max: 2, application_name: 'eenplan-rapportage' } };
}
