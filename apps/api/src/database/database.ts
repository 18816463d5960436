import type { AppConfig } from '../config/config.js';
import { maakDataSource, rapportageDataSourceOpties } from './data-source.js';
import { DataSource } from 'typeorm';
import { werkRechtenBij } from './rollen.js';

/** The URL of each role's connection (see rollen.ts). */
export interface DatabaseVerbindingen {
  /** The API's own role: case data, append-only on audit, history and releases. */
  api: string;
  /** The report role: the `rapportage` views only. */
  rapportage: string;
  /** The owner: migrations. */
  eigenaar: string;
}

/** The three logins of an external PostgreSQL; undefined when the embedded one is to be used. */
export function externeVerbindingen(config: AppConfig): DatabaseVerbindingen | undefined {
  if (!config.DATABASE_URL) return undefined;
  // laadConfig requires the other two next to DATABASE_URL.
  return { api: config.DATABASE_URL, rapportage: config.DATABASE_RAPPORTAGE_URL!, eigenaar: config.DATABASE_MIGRATIE_URL! };
}

/** Runs pending migrations as the owner, each in its own transaction, then brings the other roles' grants up to date. */
export async function migreer(eigenaarUrl: string): Promise<string[]> {
  return metDataSource(eigenaarUrl, async (db) => {
    const gedaan = (await db.runMigrations({ transaction: 'each' })).map((m) => m.name);
    await werkRechtenBij(db);
    return gedaan;
  });
}

export async function metDataSource<T>(url: string, werk: (db: DataSource) => Promise<T>): Promise<T> {
  return metVerbinding(maakDataSource(url), werk);
}

/** The report role's connection: no entities, no migrations. */
export async function metRapportageDataSource<T>(url: string, werk: (db: DataSource) => Promise<T>): Promise<T> {
  return metVerbinding(new DataSource(rapportageDataSourceOpties(url)), werk);
}

async function metVerbinding<T>(db: DataSource, werk: (db: DataSource) => Promise<T>): Promise<T> {
  await db.initialize();
  try {
    return await werk(db);
  } finally {
    await db.destroy();
  }
}
