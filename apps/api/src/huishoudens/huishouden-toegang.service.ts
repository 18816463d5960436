import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actie, HuishoudenToegang } from '@eenplan/permissions';
import type { DataSource, EntityManager } from 'typeorm';
import type { WijzigingContext } from '../tijdlijn/versies.js';
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
      gedeeldMet: (operator, waarde, param) => {
        if (operator !== 'eq') throw new Error(`CASL-operator ${operator} niet ondersteund voor gedeeldMet`);
        // In the team now AND the household's current consent covers their organisation.
        // Withdrawing consent or ending the membership takes effect on the next request.
        const v = param(vandaag);
        return `${alias}.id IN (SELECT gb.huishouden_id FROM betrokkene gb JOIN toestemming gt ON gt.huishouden_id = gb.huishouden_id AND gt.organisatie_id = gb.organisatie_id
          WHERE gb.gebruiker_id = ${param(waarde)} AND gb.van <= ${v} AND (gb.tot IS NULL OR gb.tot >= ${v}) AND gt.gegeven_op <= ${v} AND gt.ingetrokken_op IS NULL)`;
      },
      regisseurId: (operator, waarde, param) => {
        if (operator !== 'eq') throw new Error(`CASL-operator ${operator} niet ondersteund voor regisseurId`);
        return `${alias}.id IN (SELECT ra.huishouden_id FROM regie_afspraak ra WHERE ra.regisseur_id = ${param(waarde)} AND ra.beeindigd_op IS NULL)`;
      },
    }, `casl_${actie}`);
  }

  /** The access fields of one household, for field-level checks (BSN) and the rights shown in the UI. */
  async velden(huishoudenId: string): Promise<HuishoudenToegang> {
    const vandaag = this.klok.nu().toISOString().slice(0, 10);
    const [rij] = await this.db.query(
      `SELECT h.id, h.gemeente_id AS "gemeenteId", h.casemanager_id AS "casemanagerId",
         coalesce((SELECT array_agg(b.gebruiker_id) FROM betrokkene b WHERE b.huishouden_id = h.id AND b.gebruiker_id IS NOT NULL AND b.van <= $2 AND (b.tot IS NULL OR b.tot >= $2)), '{}') AS teamleden,
         coalesce((SELECT array_agg(b.gebruiker_id) FROM betrokkene b JOIN toestemming t ON t.huishouden_id = b.huishouden_id AND t.organisatie_id = b.organisatie_id
                   WHERE b.huishouden_id = h.id AND b.van <= $2 AND (b.tot IS NULL OR b.tot >= $2) AND t.gegeven_op <= $2 AND t.ingetrokken_op IS NULL), '{}') AS "gedeeldMet",
         (SELECT r.regisseur_id FROM regie_afspraak r WHERE r.huishouden_id = h.id AND r.beeindigd_op IS NULL) AS "regisseurId"
       FROM huishouden h WHERE h.id = $1`,
      [huishoudenId, vandaag],
    );
    return rij;
  }

  /** Whether `ingelogd` may do `actie` on the household (no audit, no error). */
  async mag(ingelogd: Ingelogd, huishoudenId: string, actie: Actie): Promise<boolean> {
    const { sql, params } = this.filter(ingelogd, actie);
    const rij = await this.db.createQueryBuilder().select('1').from('huishouden', 'h').where('h.id = :huishoudenId', { huishoudenId }).andWhere(sql, params).getRawOne();
    return Boolean(rij);
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
      // Someone who may see the household but not do this gets a plain 403; for everyone else
      // the answer is the same as for an id that does not exist: existence is not revealed.
      if (actie !== 'read' && (await this.mag(ingelogd, huishoudenId, 'read'))) {
        throw problemen.geenToegang('U mag dit huishouden bekijken, maar dit niet wijzigen.');
      }
      throw problemen.nietGevonden();
    }
    return rij;
  }

  /**
   * Runs a change to one household in a transaction: access check first (row locked, 404 when
   * not allowed), then `werk`, then the audit entry. Returns what `werk` returns.
   */
  async wijzig<T>(ingelogd: Ingelogd, huishoudenId: string, actie: Actie, werk: (tx: EntityManager, ctx: WijzigingContext) => Promise<T>): Promise<T> {
    const resultaat = await this.db.transaction(async (tx) => {
      await this.vereis(ingelogd, huishoudenId, actie, tx);
      return werk(tx, { huishoudenId, gebruikerId: ingelogd.id, nu: this.klok.nu() });
    });
    await this.audit.registreer('huishouden_gewijzigd', { gebruikerId: ingelogd.id, organisatieId: ingelogd.organisatie.id, huishoudenId });
    return resultaat;
  }

  /** A plain read, for services that need to find which household a record belongs to. */
  query(sql: string, params: unknown[]): Promise<Record<string, string>[]> {
    return this.db.query(sql, params);
  }
}
