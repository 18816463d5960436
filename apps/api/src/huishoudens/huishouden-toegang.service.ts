import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actie } from '@eenplan/permissions';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { caslNaarSql, kolom, type SqlFilter } from '../common/casl-sql.js';
import { Klok } from '../common/klok.js';
import { problemen } from '../common/problemen.js';
import type { Ingelogd } from '../common/verzoek.js';

/**
 * Row-level access to households, from the shared CASL rules. Every household route goes
 * through here: lists get the rules as a SQL WHERE, single ids are checked with the same
 * WHERE, and an id that does not exist answers exactly like one that may not be seen (404).
 */
@Injectable()
export class HuishoudenToegangService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly klok: Klok,
  ) {}

  /** WHERE clause over alias `h` (table huishouden) for what `ingelogd` may do. */
  filter(ingelogd: Ingelogd, actie: Actie, alias = 'h'): SqlFilter {
    const vandaag = this.klok.nu().toISOString().slice(0, 10);
    return caslNaarSql(ingelogd.ability, actie, 'Huishouden', {
      casemanagerId: kolom(`${alias}.casemanager_id`),
      gemeenteId: kolom(`${alias}.gemeente_id`),
      teamleden: (operator, waarde, param) => {
        if (operator !== 'eq') throw new Error(`CASL-operator ${operator} niet ondersteund voor teamleden`);
        // A current team member: started, not yet ended. Uncorrelated IN, so PostgreSQL runs
        // the subquery once and hashes it, instead of once per household.
        return `${alias}.id IN (SELECT tb.huishouden_id FROM betrokkene tb WHERE tb.gebruiker_id = ${param(waarde)} AND tb.van <= ${param(vandaag)} AND (tb.tot IS NULL OR tb.tot >= ${param(vandaag)}))`;
      },
    }, `casl_${actie}`);
  }

  /** The household if `ingelogd` may do `actie` on it; otherwise 404, audited. Locks the row inside a transaction. */
  async vereis(ingelogd: Ingelogd, huishoudenId: string, actie: Actie, tx?: EntityManager): Promise<{ id: string; casemanagerId: string; gemeenteId: string }> {
    const manager = tx ?? this.db.manager;
    const { sql, params } = this.filter(ingelogd, actie);
    const qb = manager
      .createQueryBuilder()
      .select(['h.id AS id', 'h.casemanager_id AS "casemanagerId"', 'h.gemeente_id AS "gemeenteId"'])
      .from('huishouden', 'h')
      .where('h.id = :huishoudenId', { huishoudenId })
      .andWhere(sql, params);
    if (tx) qb.setLock('pessimistic_write', undefined, ['h']);
    const rij = await qb.getRawOne<{ id: string; casemanagerId: string; gemeenteId: string }>();
    if (!rij) {
      await this.audit.registreer('toegang_geweigerd', {
        gebruikerId: ingelogd.id,
        organisatieId: ingelogd.organisatie.id,
        details: { reden: 'huishouden_niet_toegankelijk', actie, huishoudenId },
      });
      // The same answer as for an id that does not exist: existence is not revealed.
      throw problemen.nietGevonden();
    }
    return rij;
  }
}
