import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  HuishoudenDetail,
  HuishoudenLijstQuery,
  HuishoudenRegel,
  huishoudenWijzigenSchema,
  InzageRegel,
  LidInvoer,
  lidWijzigenSchema,
  NieuwHuishoudenInvoer,
  Pagina,
  TijdlijnRegel,
  TweedeHuishoudenReden,
  z,
} from '@eenplan/contracts';
import { BSN_VELD } from '@eenplan/permissions';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Klok } from '../common/klok.js';
import { problemen } from '../common/problemen.js';
import { enkeleRij, isoMoment, rijen } from '../common/sql.js';
import type { Ingelogd } from '../common/verzoek.js';
import { DossierLezer } from '../dossier/dossier-lezer.js';
import { conflict, registreerWijziging, werkBijMetVersie, type Wijziging } from '../tijdlijn/versies.js';
import { ToegangService } from '../toegang/toegang.service.js';
import { vereisBsnsVrij, vereisBsnVanLid } from './bsn-uniek.js';
import { bewaarHuishouden, claimSleutel, ruimSleutelsOp, verzoekHash } from './idempotentie.js';

const SORTEERKOLOM: Record<string, string> = { naam: 'h.naam', postcode: 'h.postcode', bijgewerkt: 'h.laatste_activiteit_op' };

type LijstRij = Omit<HuishoudenRegel, 'gemeente' | 'plan'> & { gemeenteId: string; gemeenteNaam: string; planId: string | null; planStatus: NonNullable<HuishoudenRegel['plan']>['status'] | null };
type TijdlijnRij = Omit<TijdlijnRegel, 'door'> & { gebruikerNaam: string; organisatie: string };

@Injectable()
export class HuishoudensService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly toegang: ToegangService,
    private readonly dossier: DossierLezer,
    private readonly audit: AuditService,
    private readonly klok: Klok,
  ) {}

  /** Only what the user may see, filtered in SQL; search by member name or postcode within that. */
  async lijst(ingelogd: Ingelogd, query: HuishoudenLijstQuery): Promise<Pagina<HuishoudenRegel>> {
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
    const regels = await qb
      .select([
        'h.id AS id',
        'h.naam AS naam',
        'h.postcode AS postcode',
        'h.woonplaats AS woonplaats',
        'h.status AS status',
        `${isoMoment('h.laatste_activiteit_op')} AS "laatsteActiviteitOp"`,
        'g.id AS "gemeenteId"',
        'g.naam AS "gemeenteNaam"',
        'p.id AS "planId"',
        'p.status AS "planStatus"',
      ])
      .orderBy(SORTEERKOLOM[query.sorteer.replace('-', '')]!, query.sorteer.startsWith('-') ? 'DESC' : 'ASC')
      .addOrderBy('h.id', 'ASC')
      .offset((query.pagina - 1) * query.perPagina)
      .limit(query.perPagina)
      .getRawMany<LijstRij>();
    await this.audit.registreer('huishoudens_gezocht', {
      gebruikerId: ingelogd.id,
      organisatieId: ingelogd.organisatie.id,
      huishoudenIds: regels.map((r) => r.id),
      // Never the search term: it is usually a name.
      details: { aantal: regels.length, gezocht: Boolean(query.zoek) },
    });
    return {
      items: regels.map(({ gemeenteId, gemeenteNaam, planId, planStatus, ...r }) => ({
        ...r,
        gemeente: { id: gemeenteId, naam: gemeenteNaam },
        plan: planId && planStatus ? { id: planId, status: planStatus } : null,
      })),
      totaal: totaal?.aantal ?? 0,
      pagina: query.pagina,
      perPagina: query.perPagina,
    };
  }

  /**
   * Registers a household with its members and starts its (concept) plan, all or nothing.
   * With an idempotency key, the same key and body answer with the household made the first time.
   */
  async maak(ingelogd: Ingelogd, invoer: NieuwHuishoudenInvoer, sleutel?: string): Promise<HuishoudenDetail> {
    const mag = ingelogd.ability.can('create', subject('Huishouden', { id: '', gemeenteId: invoer.gemeenteId, casemanagerId: ingelogd.id, teamleden: [], gedeeldMet: [], regisseurId: null }));
    if (!mag) {
      throw problemen.ongeldigeInvoer([{ veld: 'gemeenteId', melding: 'U kunt alleen huishoudens registreren in uw eigen gemeente.' }]);
    }
    const nu = this.klok.nu();
    if (sleutel) await ruimSleutelsOp(this.db, nu);
    const id = await this.db.transaction(async (tx) => {
      if (sleutel) {
        const eerder = await claimSleutel(tx, ingelogd.id, sleutel, verzoekHash(invoer), nu);
        if (eerder) return eerder;
      }
      await vereisBsnsVrij(tx, null, invoer.leden.map((lid, i) => ({ bsn: lid.bsn, reden: lid.tweedeHuishoudenReden, veld: `leden.${i}.bsn` })));
      const h = await enkeleRij<{ id: string }>(
        tx,
        `INSERT INTO huishouden (gemeente_id, casemanager_id, naam, straat, huisnummer, postcode, woonplaats, aangemaakt_op, laatste_activiteit_op)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
        [invoer.gemeenteId, ingelogd.id, invoer.leden[0]!.achternaam, invoer.straat, invoer.huisnummer, invoer.postcode, invoer.woonplaats, nu],
      );
      const w: Wijziging = { tx, huishoudenId: h.id, gebruikerId: ingelogd.id, nu };
      await registreerWijziging(w, 'huishouden', h.id, 1, 'aangemaakt');
      for (const lid of invoer.leden) await this.voegLidIn(w, lid);
      const plan = await enkeleRij<{ id: string }>(tx, `INSERT INTO plan (huishouden_id, aangemaakt_op) VALUES ($1, $2) RETURNING id`, [h.id, nu]);
      await registreerWijziging(w, 'plan', plan.id, 1, 'aangemaakt');
      await this.audit.registreer('huishouden_aangemaakt', { gebruikerId: ingelogd.id, organisatieId: ingelogd.organisatie.id, huishoudenId: h.id }, tx);
      if (sleutel) await bewaarHuishouden(tx, ingelogd.id, sleutel, h.id);
      return h.id;
    });
    return this.dossier.lees(ingelogd, id, { audit: false });
  }

  detail(ingelogd: Ingelogd, id: string): Promise<HuishoudenDetail> {
    return this.dossier.lees(ingelogd, id);
  }

  async wijzig(ingelogd: Ingelogd, id: string, invoer: z.infer<typeof huishoudenWijzigenSchema>): Promise<string> {
    await this.toegang.wijzig(ingelogd, id, 'update', async (w) => {
      const { versie, ...velden } = invoer;
      await werkBijMetVersie(w, 'huishouden', id, versie, velden);
    });
    return id;
  }

  async voegLidToe(ingelogd: Ingelogd, id: string, lid: LidInvoer): Promise<string> {
    await this.toegang.wijzig(ingelogd, id, 'update', async (w) => {
      await this.toegang.vereisVelden(ingelogd, id, lid.bsn === undefined ? [] : [BSN_VELD], w.tx);
      await vereisBsnVanLid(w, { bsn: lid.bsn, reden: lid.tweedeHuishoudenReden, veld: 'bsn' });
      await this.voegLidIn(w, lid);
    });
    return id;
  }

  async wijzigLid(ingelogd: Ingelogd, id: string, lidId: string, invoer: z.infer<typeof lidWijzigenSchema>): Promise<string> {
    await this.toegang.wijzig(ingelogd, id, 'update', async (w) => {
      await this.toegang.vereisVelden(ingelogd, id, 'bsn' in invoer ? [BSN_VELD] : [], w.tx);
      await this.vereisLidVan(w, lidId);
      await this.vereisGewijzigdBsnVrij(w, lidId, invoer);
      const { versie, ...velden } = invoer;
      await werkBijMetVersie(w, 'lid', lidId, versie, velden);
    });
    return id;
  }

  async verwijderLid(ingelogd: Ingelogd, id: string, lidId: string, versie: number): Promise<string> {
    await this.toegang.wijzig(ingelogd, id, 'update', async (w) => {
      const lid = await this.vereisLidVan(w, lidId);
      if (lid.versie !== versie) throw conflict();
      const { aantal } = await enkeleRij<{ aantal: number }>(w.tx, `SELECT count(*)::int AS aantal FROM lid WHERE huishouden_id = $1`, [id]);
      if (aantal <= 1) throw problemen.ongeldigeInvoer([{ veld: 'lidId', melding: 'Een huishouden houdt minstens één lid.' }]);
      await w.tx.query(`DELETE FROM lid WHERE id = $1`, [lidId]);
      await registreerWijziging(w, 'lid', lidId, versie + 1, 'verwijderd', { naam: { oud: `${lid.voornaam} ${lid.achternaam}`, nieuw: null } });
    });
    return id;
  }

  /** The timeline: every change to the household, its members and its plans. */
  async tijdlijn(ingelogd: Ingelogd, id: string): Promise<TijdlijnRegel[]> {
    await this.toegang.lees(ingelogd, id, 'read', 'tijdlijn_ingezien');
    const regels = await rijen<TijdlijnRij>(
      this.db,
      `SELECT w.id::text AS id, w.entiteit, w.entiteit_id AS "entiteitId", w.versie, w.soort, ${isoMoment('w.tijdstip')} AS tijdstip, w.veranderingen,
              u.naam AS "gebruikerNaam", o.naam AS organisatie
       FROM wijziging w JOIN gebruiker u ON u.id = w.gebruiker_id JOIN organisatie o ON o.id = u.organisatie_id
       WHERE w.huishouden_id = $1 ORDER BY w.id DESC LIMIT 500`,
      [id],
    );
    return regels.map(({ gebruikerNaam, organisatie, ...w }) => ({ ...w, door: { naam: gebruikerNaam, organisatie } }));
  }

  /** AVG inzage: who read or changed this household's data, from the audit log. For the casemanager. */
  async inzage(ingelogd: Ingelogd, id: string): Promise<InzageRegel[]> {
    await this.toegang.lees(ingelogd, id, 'inzage', null);
    const regels = await rijen<InzageRegel>(
      this.db,
      `SELECT ${isoMoment('a.tijdstip')} AS tijdstip, a.gebeurtenis, u.naam AS gebruiker, o.naam AS organisatie
       FROM audit_log a LEFT JOIN gebruiker u ON u.id = a.gebruiker_id LEFT JOIN organisatie o ON o.id = a.organisatie_id
       WHERE a.huishouden_id = $1 OR a.huishouden_ids @> ARRAY[$1::uuid] ORDER BY a.id DESC LIMIT 1000`,
      [id],
    );
    // Audited after the read, so the overview shows what came before this look at it.
    await this.audit.registreer('inzage_ingezien', { gebruikerId: ingelogd.id, organisatieId: ingelogd.organisatie.id, huishoudenId: id });
    return regels;
  }

  private async voegLidIn(w: Wijziging, lid: LidInvoer): Promise<void> {
    const nieuw = await enkeleRij<{ id: string }>(
      w.tx,
      `INSERT INTO lid (huishouden_id, voornaam, achternaam, geboortedatum, rol, bsn, tweede_huishouden_reden) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [w.huishoudenId, lid.voornaam, lid.achternaam, lid.geboortedatum, lid.rol, lid.bsn ?? null, lid.tweedeHuishoudenReden ?? null],
    );
    await registreerWijziging(w, 'lid', nieuw.id, 1, 'aangemaakt', {
      naam: { oud: null, nieuw: `${lid.voornaam} ${lid.achternaam}` },
      rol: { oud: null, nieuw: lid.rol },
      ...(lid.bsn ? { bsn: { oud: null, nieuw: lid.bsn } } : {}),
      ...(lid.tweedeHuishoudenReden ? { tweedeHuishoudenReden: { oud: null, nieuw: lid.tweedeHuishoudenReden } } : {}),
    });
  }

  /** A changed BSN, or a reason taken away, is checked like a new one; an unchanged one is left alone. */
  private async vereisGewijzigdBsnVrij(w: Wijziging, lidId: string, invoer: z.infer<typeof lidWijzigenSchema>): Promise<void> {
    if (invoer.bsn === undefined && invoer.tweedeHuishoudenReden === undefined) return;
    const huidig = await enkeleRij<{ bsn: string | null; reden: TweedeHuishoudenReden | null }>(w.tx, `SELECT bsn, tweede_huishouden_reden AS reden FROM lid WHERE id = $1`, [lidId]);
    const bsn = invoer.bsn ?? huidig.bsn?.trim() ?? null;
    const reden = invoer.tweedeHuishoudenReden === undefined ? huidig.reden : invoer.tweedeHuishoudenReden;
    const anders = bsn !== (huidig.bsn?.trim() ?? null) || (huidig.reden !== null && reden === null);
    if (anders) await vereisBsnVanLid(w, { bsn, reden, veld: 'bsn' }, lidId);
  }

  private async vereisLidVan(w: Wijziging, lidId: string): Promise<{ versie: number; voornaam: string; achternaam: string }> {
    const lid = (await rijen<{ versie: number; voornaam: string; achternaam: string }>(w.tx, `SELECT versie, voornaam, achternaam FROM lid WHERE id = $1 AND huishouden_id = $2 FOR UPDATE`, [lidId, w.huishoudenId]))[0];
    if (!lid) throw problemen.nietGevonden('Dit lid hoort niet bij dit huishouden.');
    return lid;
  }
}
