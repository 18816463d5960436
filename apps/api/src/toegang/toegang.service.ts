import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditGebeurtenis } from '@eenplan/contracts';
import { BSN_VELD, type Actie, type ActieToegang, type HuishoudenToegang } from '@eenplan/permissions';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Klok } from '../common/klok.js';
import { problemen } from '../common/problemen.js';
import { enkeleRij, rij } from '../common/sql.js';
import type { Ingelogd } from '../common/verzoek.js';
import type { Wijziging } from '../tijdlijn/versies.js';
import { caslNaarSql, kolom, type SqlFilter } from './casl-sql.js';
import { gedeeldMetOp, HUISHOUDEN_VAN, huidigeRegie, huishoudensGedeeldMet, huishoudensInTeam, huishoudensMetRegisseur, inTeamOp, type DossierRecord } from './regels-sql.js';

/** The household a change is about: its id, or a record of its file (`{ doel: id }`). */
export type Doelwit = string | Partial<Record<DossierRecord, string>>;

const vandaagVan = (nu: Date) => nu.toISOString().slice(0, 10);

/**
 * Access to households' files, from the one CASL ability: the SQL filter for lists, the check
 * for one household, and the one write path. Services reach case data only through here or
 * after one of its checks; there is no unchecked query on it.
 */
@Injectable()
export class ToegangService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly klok: Klok,
  ) {}

  /** WHERE clause over alias `h` (table huishouden) for what `ingelogd` may do. */
  filter(ingelogd: Ingelogd, actie: Actie, alias = 'h'): SqlFilter {
    return caslNaarSql(
      ingelogd.ability,
      actie,
      'Huishouden',
      {
        casemanagerId: kolom(`${alias}.casemanager_id`),
        gemeenteId: kolom(`${alias}.gemeente_id`),
        // Uncorrelated IN: PostgreSQL runs the subquery once and hashes it, instead of once per household.
        teamleden: alleenGelijk('teamleden', (gebruiker, param) => `${alias}.id IN (${huishoudensInTeam(param(gebruiker), param(this.vandaag()))})`),
        // In the team now AND the household's current consent covers their organisation.
        // Withdrawing consent or ending the membership takes effect on the next request.
        gedeeldMet: alleenGelijk('gedeeldMet', (gebruiker, param) => `${alias}.id IN (${huishoudensGedeeldMet(param(gebruiker), param(this.vandaag()))})`),
        regisseurId: alleenGelijk('regisseurId', (gebruiker, param) => `${alias}.id IN (${huishoudensMetRegisseur(param(gebruiker))})`),
      },
      `casl_${actie}`,
    );
  }

  /** WHERE clause over alias `a` (table actie) for what `ingelogd` may do with actions themselves. */
  actieFilter(ingelogd: Ingelogd, actie: Actie, alias = 'a'): SqlFilter {
    return caslNaarSql(ingelogd.ability, actie, 'Actie', { eigenaarGebruikerId: kolom(`${alias}.eigenaar_gebruiker_id`) }, `casl_actie_${actie}`);
  }

  /** The access fields of one household, for field-level checks (BSN) and the rights shown in the UI. */
  async velden(huishoudenId: string, db: EntityManager = this.db.manager): Promise<HuishoudenToegang> {
    return enkeleRij<HuishoudenToegang>(
      db,
      `SELECT h.id, h.gemeente_id AS "gemeenteId", h.casemanager_id AS "casemanagerId",
         coalesce((SELECT array_agg(b.gebruiker_id) FROM betrokkene b WHERE b.huishouden_id = h.id AND b.gebruiker_id IS NOT NULL AND ${inTeamOp('b', '$2')}), '{}') AS teamleden,
         coalesce((SELECT array_agg(b.gebruiker_id) FROM betrokkene b WHERE b.huishouden_id = h.id AND b.gebruiker_id IS NOT NULL AND ${inTeamOp('b', '$2')} AND ${gedeeldMetOp('b', '$2')}), '{}') AS "gedeeldMet",
         (SELECT r.regisseur_id FROM regie_afspraak r WHERE r.huishouden_id = h.id AND ${huidigeRegie('r')}) AS "regisseurId"
       FROM huishouden h WHERE h.id = $1`,
      [huishoudenId, this.vandaag()],
    );
  }

  /** What `ingelogd` may do with this household, as the page shows it. */
  async rechten(ingelogd: Ingelogd, huishoudenId: string) {
    const h = subject('Huishouden', await this.velden(huishoudenId));
    return {
      bewerken: ingelogd.ability.can('update', h),
      inzage: ingelogd.ability.can('inzage', h),
      bsnZien: ingelogd.ability.can('read', h, BSN_VELD),
      bsnWijzigen: ingelogd.ability.can('update', h, BSN_VELD),
      bijdragen: ingelogd.ability.can('bijdragen', h),
      toestemmingVastleggen: ingelogd.ability.can('toestemming', h),
    };
  }

  /** Whether `ingelogd` may do `actie` on the household (no audit, no error). */
  async mag(ingelogd: Ingelogd, huishoudenId: string, actie: Actie, db: EntityManager = this.db.manager): Promise<boolean> {
    const { sql, params } = this.filter(ingelogd, actie);
    const gevonden = await db.createQueryBuilder().select('1', 'ja').from('huishouden', 'h').where('h.id = :huishoudenId', { huishoudenId }).andWhere(sql, params).getRawOne<{ ja: number }>();
    return Boolean(gevonden);
  }

  /**
   * The household if `ingelogd` may do `actie` on it; otherwise 404, audited. Inside a
   * transaction the household's row is locked, so changes to one file run one after another.
   */
  async vereis(ingelogd: Ingelogd, huishoudenId: string, actie: Actie, tx?: EntityManager): Promise<{ id: string; casemanagerId: string; gemeenteId: string }> {
    const { sql, params } = this.filter(ingelogd, actie);
    const qb = (tx ?? this.db.manager)
      .createQueryBuilder()
      .select(['h.id AS id', 'h.casemanager_id AS "casemanagerId"', 'h.gemeente_id AS "gemeenteId"'])
      .from('huishouden', 'h')
      .where('h.id = :huishoudenId', { huishoudenId })
      .andWhere(sql, params);
    if (tx) qb.setLock('pessimistic_write', undefined, ['h']);
    const gevonden = await qb.getRawOne<{ id: string; casemanagerId: string; gemeenteId: string }>();
    if (!gevonden) {
      // Written outside the transaction, so the refusal stays on record when it rolls back.
      await this.audit.registreer('toegang_geweigerd', {
        gebruikerId: ingelogd.id,
        organisatieId: ingelogd.organisatie.id,
        details: { reden: 'huishouden_niet_toegankelijk', actie, huishoudenId },
      });
      // Someone who may see the household but not do this gets a plain 403; for everyone else
      // the answer is the same as for an id that does not exist: existence is not revealed.
      if (actie !== 'read' && (await this.mag(ingelogd, huishoudenId, 'read'))) {
        throw problemen.geenToegang(
          actie === 'toestemming' ? 'Alleen de casemanager van dit huishouden legt toestemming vast of trekt die in.' : 'U mag dit huishouden bekijken, maar dit niet wijzigen.',
        );
      }
      throw problemen.nietGevonden();
    }
    return gevonden;
  }

  /** A read of one household's data: access checked (404 when not allowed), the read audited. */
  async lees(ingelogd: Ingelogd, huishoudenId: string, actie: Actie, gebeurtenis: AuditGebeurtenis | null): Promise<void> {
    await this.vereis(ingelogd, huishoudenId, actie);
    if (gebeurtenis) await this.audit.registreer(gebeurtenis, { gebruikerId: ingelogd.id, organisatieId: ingelogd.organisatie.id, huishoudenId });
  }

  /** The household a record of a file belongs to; an unknown id answers 404 like a forbidden one. */
  async huishoudenVan(doelwit: Doelwit, db: EntityManager = this.db.manager): Promise<string> {
    if (typeof doelwit === 'string') return doelwit;
    const [soort, id] = Object.entries(doelwit)[0] as [DossierRecord, string];
    const gevonden = await rij<{ huishouden_id: string }>(db, HUISHOUDEN_VAN[soort], [id]);
    if (!gevonden) throw problemen.nietGevonden();
    return gevonden.huishouden_id;
  }

  /**
   * The one write path for a household's file, all in one transaction: find the household,
   * lock it and check access (404/403 when not allowed), run `werk` (which records its
   * history through werkBijMetVersie/registreerWijziging), and write the audit row. Either
   * all of it is stored or none of it. Returns the household's id and what `werk` returns.
   */
  async wijzig<T>(ingelogd: Ingelogd, doelwit: Doelwit, actie: Actie, werk: (w: Wijziging) => Promise<T>): Promise<{ huishoudenId: string; resultaat: T }> {
    return this.db.transaction(async (tx) => {
      const huishoudenId = await this.huishoudenVan(doelwit, tx);
      await this.vereis(ingelogd, huishoudenId, actie, tx);
      const resultaat = await werk({ tx, huishoudenId, gebruikerId: ingelogd.id, nu: this.klok.nu() });
      await this.audit.registreer('huishouden_gewijzigd', { gebruikerId: ingelogd.id, organisatieId: ingelogd.organisatie.id, huishoudenId }, tx);
      return { huishoudenId, resultaat };
    });
  }

  /**
   * Field rules on a household inside a change: each of `velden` the caller sends must pass
   * `update` with that field (a role that may not read the BSN may not write it). Throws 403
   * naming the refused fields; nothing is stored then, nothing is dropped silently.
   */
  async vereisVelden(ingelogd: Ingelogd, huishoudenId: string, velden: string[], tx: EntityManager): Promise<void> {
    if (!velden.length) return;
    const h = subject('Huishouden', await this.velden(huishoudenId, tx));
    const verboden = velden.filter((veld) => !ingelogd.ability.can('update', h, veld));
    if (verboden.length) throw problemen.geenToegang(`U mag ${verboden.map((v) => (v === BSN_VELD ? 'het BSN' : v)).join(', ')} van een lid niet vastleggen of wijzigen (veld: ${verboden.join(', ')}).`);
  }

  /**
   * Whether `ingelogd` may change `velden` of an action of a household they may only read:
   * the action's row must pass the Actie rules (in SQL, like every other rule), and each
   * field the field rules. Throws 403 with the reason otherwise.
   */
  async vereisEigenActie(ingelogd: Ingelogd, actieId: string, velden: string[], tx: EntityManager): Promise<void> {
    const { sql, params } = this.actieFilter(ingelogd, 'update');
    const actie = await tx
      .createQueryBuilder()
      .select('a.eigenaar_gebruiker_id', 'eigenaarGebruikerId')
      .from('actie', 'a')
      .where('a.id = :actieId', { actieId })
      .andWhere(sql, params)
      .getRawOne<ActieToegang>();
    if (!actie) throw problemen.geenToegang('U kunt alleen uw eigen acties bijwerken.');
    const verboden = velden.filter((veld) => !ingelogd.ability.can('update', subject('Actie', actie), veld));
    if (verboden.length) throw problemen.geenToegang(`U mag bij uw eigen acties alleen de status wijzigen (niet: ${verboden.join(', ')}).`);
  }

  private vandaag(): string {
    return vandaagVan(this.klok.nu());
  }
}

/** A rule field that compares with one user id (`eq`); any other operator is refused. */
function alleenGelijk(veld: string, sql: (waarde: unknown, param: (waarde: unknown) => string) => string) {
  return (operator: string, waarde: unknown, param: (waarde: unknown) => string) => {
    if (operator !== 'eq') throw new Error(`CASL-operator ${operator} niet ondersteund voor ${veld}`);
    return sql(waarde, param);
  };
}
