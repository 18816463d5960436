import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HuishoudenLijstQuery, LidInvoer, NieuwHuishoudenInvoer, z, huishoudenWijzigenSchema, lidWijzigenSchema } from '@eenplan/contracts';
import { BSN_VELD } from '@eenplan/permissions';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Klok } from '../common/klok.js';
import { problemen } from '../common/problemen.js';
import type { Ingelogd } from '../common/verzoek.js';
import { PlanLezer, type PlanDetail } from '../plannen/plan-lezer.js';
import { ErvaringLezer } from '../ervaring/ervaring-lezer.js';
import { TeamLezer } from '../team/team-lezer.js';
import { conflict, naarCamel, registreerWijziging, werkBijMetVersie, type WijzigingContext } from '../tijdlijn/versies.js';
import { HuishoudenToegangService } from './huishouden-toegang.service.js';

export interface LidDetail {
  id: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  rol: string;
  /** Present only for roles that may read BSNs. */
  bsn?: string | null;
  versie: number;
}

export interface HuishoudenDetail {
  id: string;
  naam: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  woonplaats: string;
  status: string;
  versie: number;
  gemeente: { id: string; naam: string };
  casemanager: { id: string; naam: string; organisatie: string };
  leden: LidDetail[];
  plan: PlanDetail | null;
  mijnRechten: { bewerken: boolean; inzage: boolean; bsnZien: boolean; bijdragen: boolean };
}

export type HuishoudenDetailMetTeam = HuishoudenDetail & Awaited<ReturnType<TeamLezer['voor']>> & Awaited<ReturnType<ErvaringLezer['voor']>>;

const SORTEERKOLOM: Record<string, string> = { naam: 'h.naam', postcode: 'h.postcode', bijgewerkt: 'h.laatste_activiteit_op' };

@Injectable()
export class HuishoudensService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly toegang: HuishoudenToegangService,
    private readonly planLezer: PlanLezer,
    private readonly teamLezer: TeamLezer,
    private readonly ervaringLezer: ErvaringLezer,
    private readonly audit: AuditService,
    private readonly klok: Klok,
  ) {}

  /** Only what the user may see, filtered in SQL; search by member name or postcode within that. */
  async lijst(ingelogd: Ingelogd, query: HuishoudenLijstQuery) {
    const { sql, params } = this.toegang.filter(ingelogd, 'read');
    const qb = this.db
      .createQueryBuilder()
      .from('huishouden', 'h')
      .innerJoin('gemeente', 'g', 'g.id = h.gemeente_id')
      .leftJoin('plan', 'p', `p.huishouden_id = h.id AND p.status <> 'afgesloten'`)
      .where(sql, params);
    if (query.zoek) {
      // Matches part of a member's "voornaam achternaam", the household name or the start of
      // the postcode; the lower(...) expressions match the trigram indexes.
      const patroon = `%${query.zoek.toLowerCase().replace(/[\\%_]/g, (t) => `\\${t}`)}%`;
      const postcode = query.zoek.toUpperCase().replace(/\s+/g, '');
      const opPostcode = /^[1-9][0-9]{0,3}[A-Z]{0,2}$/.test(postcode);
      qb.andWhere(
        `(h.id IN (SELECT zl.huishouden_id FROM lid zl WHERE lower(zl.voornaam || ' ' || zl.achternaam) LIKE :patroon)
          OR lower(h.naam) LIKE :patroon${opPostcode ? ` OR replace(h.postcode, ' ', '') LIKE :postcode` : ''})`,
        { patroon, postcode: `${postcode}%` },
      );
    }
    const totaal = await qb.clone().select('count(*)::int', 'aantal').getRawOne<{ aantal: number }>();
    const rijen = await qb
      .select([
        'h.id AS id',
        'h.naam AS naam',
        'h.postcode AS postcode',
        'h.woonplaats AS woonplaats',
        'h.status AS status',
        'h.laatste_activiteit_op AS "laatsteActiviteitOp"',
        'g.id AS "gemeenteId"',
        'g.naam AS "gemeenteNaam"',
        'p.id AS "planId"',
        'p.status AS "planStatus"',
      ])
      .orderBy(SORTEERKOLOM[query.sorteer.replace('-', '')]!, query.sorteer.startsWith('-') ? 'DESC' : 'ASC')
      .addOrderBy('h.id', 'ASC')
      .offset((query.pagina - 1) * query.perPagina)
      .limit(query.perPagina)
      .getRawMany();
    await this.audit.registreer('huishoudens_gezocht', {
      gebruikerId: ingelogd.id,
      organisatieId: ingelogd.organisatie.id,
      // Never the search term: it is usually a name.
      details: { aantal: rijen.length, gezocht: Boolean(query.zoek) },
    });
    return {
      items: rijen.map((r) => ({
        id: r.id,
        naam: r.naam,
        postcode: r.postcode,
        woonplaats: r.woonplaats,
        status: r.status,
        laatsteActiviteitOp: r.laatsteActiviteitOp,
        gemeente: { id: r.gemeenteId, naam: r.gemeenteNaam },
        plan: r.planId ? { id: r.planId, status: r.planStatus } : null,
      })),
      totaal: totaal?.aantal ?? 0,
      pagina: query.pagina,
      perPagina: query.perPagina,
    };
  }

  /** Registers a household with its members and starts its (concept) plan, all or nothing. */
  async maak(ingelogd: Ingelogd, invoer: NieuwHuishoudenInvoer): Promise<HuishoudenDetailMetTeam> {
    const mag = ingelogd.ability.can('create', subject('Huishouden', { id: '', gemeenteId: invoer.gemeenteId, casemanagerId: ingelogd.id, teamleden: [], gedeeldMet: [], regisseurId: null }));
    if (!mag) {
      throw problemen.ongeldigeInvoer([{ veld: 'gemeenteId', melding: 'U kunt alleen huishoudens registreren in uw eigen gemeente.' }]);
    }
    const nu = this.klok.nu();
    const id = await this.db.transaction(async (tx) => {
      const [h] = await tx.query(
        `INSERT INTO huishouden (gemeente_id, casemanager_id, naam, straat, huisnummer, postcode, woonplaats, aangemaakt_op, laatste_activiteit_op)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
        [invoer.gemeenteId, ingelogd.id, invoer.leden[0]!.achternaam, invoer.straat, invoer.huisnummer, invoer.postcode, invoer.woonplaats, nu],
      );
      const ctx: WijzigingContext = { huishoudenId: h.id, gebruikerId: ingelogd.id, nu };
      await registreerWijziging(tx, ctx, 'huishouden', h.id, 1, 'aangemaakt');
      for (const lid of invoer.leden) await this.voegLidIn(tx, ctx, lid);
      const [plan] = await tx.query(`INSERT INTO plan (huishouden_id, aangemaakt_op) VALUES ($1, $2) RETURNING id`, [h.id, nu]);
      await registreerWijziging(tx, ctx, 'plan', plan.id, 1, 'aangemaakt');
      return h.id as string;
    });
    await this.audit.registreer('huishouden_aangemaakt', { gebruikerId: ingelogd.id, organisatieId: ingelogd.organisatie.id, huishoudenId: id });
    return this.detail(ingelogd, id, false);
  }

  async detail(ingelogd: Ingelogd, id: string, audit = true): Promise<HuishoudenDetailMetTeam> {
    const toegang = await this.toegang.vereis(ingelogd, id, 'read');
    const [h] = await this.db.query(
      `SELECT h.*, g.naam AS gemeente_naam, c.naam AS casemanager_naam, co.naam AS casemanager_organisatie
       FROM huishouden h JOIN gemeente g ON g.id = h.gemeente_id
       JOIN gebruiker c ON c.id = h.casemanager_id JOIN organisatie co ON co.id = c.organisatie_id
       WHERE h.id = $1`,
      [id],
    );
    const subjectVelden = await this.toegang.velden(toegang.id);
    const bsnZien = ingelogd.ability.can('read', subject('Huishouden', subjectVelden), BSN_VELD);
    const leden = (await this.db.query(`SELECT id, voornaam, achternaam, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum, rol, bsn, versie FROM lid WHERE huishouden_id = $1 ORDER BY geboortedatum, achternaam`, [id])).map(
      (l: LidDetail) => (bsnZien ? l : { ...l, bsn: undefined }),
    );
    if (audit) await this.audit.registreer('huishouden_ingezien', { gebruikerId: ingelogd.id, organisatieId: ingelogd.organisatie.id, huishoudenId: id });
    return {
      id: h.id,
      naam: h.naam,
      straat: h.straat,
      huisnummer: h.huisnummer,
      postcode: h.postcode,
      woonplaats: h.woonplaats,
      status: h.status,
      versie: h.versie,
      gemeente: { id: h.gemeente_id, naam: h.gemeente_naam },
      casemanager: { id: h.casemanager_id, naam: h.casemanager_naam, organisatie: h.casemanager_organisatie },
      leden,
      plan: await this.planLezer.actiefPlan(id),
      ...(await this.teamLezer.voor(id)),
      ...(await this.ervaringLezer.voor(id, this.klok.nu())),
      mijnRechten: {
        bewerken: ingelogd.ability.can('update', subject('Huishouden', subjectVelden)),
        inzage: ingelogd.ability.can('inzage', subject('Huishouden', subjectVelden)),
        bsnZien,
        bijdragen: ingelogd.ability.can('bijdragen', subject('Huishouden', subjectVelden)),
      },
    };
  }

  async wijzig(ingelogd: Ingelogd, id: string, invoer: z.infer<typeof huishoudenWijzigenSchema>): Promise<HuishoudenDetailMetTeam> {
    await this.binnenHuishouden(ingelogd, id, async (tx, ctx) => {
      const { versie, ...velden } = invoer;
      await werkBijMetVersie(tx, ctx, 'huishouden', id, versie, velden);
    });
    return this.detail(ingelogd, id, false);
  }

  async voegLidToe(ingelogd: Ingelogd, id: string, lid: LidInvoer): Promise<HuishoudenDetailMetTeam> {
    await this.binnenHuishouden(ingelogd, id, (tx, ctx) => this.voegLidIn(tx, ctx, lid));
    return this.detail(ingelogd, id, false);
  }

  async wijzigLid(ingelogd: Ingelogd, id: string, lidId: string, invoer: z.infer<typeof lidWijzigenSchema>): Promise<HuishoudenDetailMetTeam> {
    await this.binnenHuishouden(ingelogd, id, async (tx, ctx) => {
      await this.vereisLidVan(tx, id, lidId);
      const { versie, ...velden } = invoer;
      await werkBijMetVersie(tx, ctx, 'lid', lidId, versie, velden);
    });
    return this.detail(ingelogd, id, false);
  }

  async verwijderLid(ingelogd: Ingelogd, id: string, lidId: string, versie: number): Promise<HuishoudenDetailMetTeam> {
    await this.binnenHuishouden(ingelogd, id, async (tx, ctx) => {
      const lid = await this.vereisLidVan(tx, id, lidId);
      if (lid.versie !== versie) throw conflict();
      const [{ aantal }] = await tx.query(`SELECT count(*)::int AS aantal FROM lid WHERE huishouden_id = $1`, [id]);
      if (aantal <= 1) throw problemen.ongeldigeInvoer([{ veld: 'lidId', melding: 'Een huishouden houdt minstens één lid.' }]);
      await tx.query(`DELETE FROM lid WHERE id = $1`, [lidId]);
      await registreerWijziging(tx, ctx, 'lid', lidId, versie + 1, 'verwijderd', { naam: { oud: `${lid.voornaam} ${lid.achternaam}`, nieuw: null } });
    });
    return this.detail(ingelogd, id, false);
  }

  /** The timeline: every change to the household, its members and its plans. */
  async tijdlijn(ingelogd: Ingelogd, id: string) {
    await this.toegang.vereis(ingelogd, id, 'read');
    const rijen = await this.db.query(
      `SELECT w.id, w.entiteit, w.entiteit_id, w.versie, w.soort, w.tijdstip, w.veranderingen, u.naam AS gebruiker_naam, o.naam AS organisatie
       FROM wijziging w JOIN gebruiker u ON u.id = w.gebruiker_id JOIN organisatie o ON o.id = u.organisatie_id
       WHERE w.huishouden_id = $1 ORDER BY w.id DESC LIMIT 500`,
      [id],
    );
    await this.audit.registreer('tijdlijn_ingezien', { gebruikerId: ingelogd.id, organisatieId: ingelogd.organisatie.id, huishoudenId: id });
    return rijen.map((r: Record<string, unknown>) => {
      const w = naarCamel<Record<string, unknown>>(r);
      return { ...w, id: String(w.id), door: { naam: w.gebruikerNaam, organisatie: w.organisatie }, gebruikerNaam: undefined, organisatie: undefined };
    });
  }

  /** AVG inzage: who read or changed this household's data, from the audit log. For the casemanager. */
  async inzage(ingelogd: Ingelogd, id: string) {
    await this.toegang.vereis(ingelogd, id, 'inzage');
    const rijen = await this.db.query(
      `SELECT a.tijdstip, a.gebeurtenis, u.naam AS gebruiker, o.naam AS organisatie
       FROM audit_log a LEFT JOIN gebruiker u ON u.id = a.gebruiker_id LEFT JOIN organisatie o ON o.id = a.organisatie_id
       WHERE a.huishouden_id = $1 ORDER BY a.id DESC LIMIT 1000`,
      [id],
    );
    await this.audit.registreer('inzage_ingezien', { gebruikerId: ingelogd.id, organisatieId: ingelogd.organisatie.id, huishoudenId: id });
    return rijen;
  }

  private binnenHuishouden(ingelogd: Ingelogd, id: string, werk: (tx: EntityManager, ctx: WijzigingContext) => Promise<void>): Promise<void> {
    return this.toegang.wijzig(ingelogd, id, 'update', werk);
  }

  private async voegLidIn(tx: EntityManager, ctx: WijzigingContext, lid: LidInvoer): Promise<void> {
    const [rij] = await tx.query(
      `INSERT INTO lid (huishouden_id, voornaam, achternaam, geboortedatum, rol, bsn) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [ctx.huishoudenId, lid.voornaam, lid.achternaam, lid.geboortedatum, lid.rol, lid.bsn ?? null],
    );
    await registreerWijziging(tx, ctx, 'lid', rij.id, 1, 'aangemaakt', {
      naam: { oud: null, nieuw: `${lid.voornaam} ${lid.achternaam}` },
      rol: { oud: null, nieuw: lid.rol },
      ...(lid.bsn ? { bsn: { oud: null, nieuw: lid.bsn } } : {}),
    });
  }

  private async vereisLidVan(tx: EntityManager, huishoudenId: string, lidId: string) {
    const [lid] = await tx.query(`SELECT * FROM lid WHERE id = $1 AND huishouden_id = $2 FOR UPDATE`, [lidId, huishoudenId]);
    if (!lid) throw problemen.nietGevonden('Dit lid hoort niet bij dit huishouden.');
    return lid as { versie: number; voornaam: string; achternaam: string };
  }
}
