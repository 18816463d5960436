import { Injectable } from '@nestjs/common';
import type { bijdrageSchema, grondslagenSchema, RegieAfspraakInvoer, TeamlidInvoer, teamlidBeeindigenSchema, toestemmingIntrekkenSchema, toestemmingSchema, veiligheidssignaalSchema, z } from '@eenplan/contracts';
import type { EntityManager } from 'typeorm';
import { ProbleemFout, problemen } from '../common/problemen.js';
import type { Ingelogd } from '../common/verzoek.js';
import { HuishoudenToegangService } from '../huishoudens/huishouden-toegang.service.js';
import { registreerWijziging, werkBijMetVersie, type WijzigingContext } from '../tijdlijn/versies.js';

/** The team around a household: members, consent, legal basis, safety signals, regie and contributions. */
@Injectable()
export class TeamService {
  constructor(private readonly toegang: HuishoudenToegangService) {}

  async voegTeamlidToe(ingelogd: Ingelogd, huishoudenId: string, invoer: TeamlidInvoer): Promise<void> {
    await this.toegang.wijzig(ingelogd, huishoudenId, 'update', async (tx, ctx) => {
      let organisatieId: string | null = null;
      if (invoer.soort === 'professional') {
        const [gebruiker] = await tx.query(`SELECT organisatie_id, rol, actief FROM gebruiker WHERE id = $1`, [invoer.gebruikerId]);
        if (!gebruiker || !gebruiker.actief || !['professional', 'consulent'].includes(gebruiker.rol)) {
          throw problemen.ongeldigeInvoer([{ veld: 'gebruikerId', melding: 'Kies een actieve professional of consulent.' }]);
        }
        const [alInTeam] = await tx.query(
          `SELECT 1 FROM betrokkene WHERE huishouden_id = $1 AND gebruiker_id = $2 AND (tot IS NULL OR tot >= $3)`,
          [huishoudenId, invoer.gebruikerId, invoer.van],
        );
        if (alInTeam) throw problemen.ongeldigeInvoer([{ veld: 'gebruikerId', melding: 'Deze professional zit al in het team.' }]);
        organisatieId = gebruiker.organisatie_id;
      }
      const [rij] = await tx.query(
        `INSERT INTO betrokkene (huishouden_id, soort, gebruiker_id, organisatie_id, naam, relatie, rol, van, tot) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          huishoudenId,
          invoer.soort,
          invoer.soort === 'professional' ? invoer.gebruikerId : null,
          organisatieId,
          invoer.soort === 'netwerk' ? invoer.naam : null,
          invoer.soort === 'netwerk' ? invoer.relatie : null,
          invoer.rol,
          invoer.van,
          invoer.tot ?? null,
        ],
      );
      await registreerWijziging(tx, ctx, 'betrokkene', rij.id, 1, 'aangemaakt', { rol: { oud: null, nieuw: invoer.rol }, van: { oud: null, nieuw: invoer.van } });
    });
  }

  /** Ends a membership; a professional loses access from the day after `tot`. */
  async beeindigTeamlid(ingelogd: Ingelogd, betrokkeneId: string, invoer: z.infer<typeof teamlidBeeindigenSchema>): Promise<string> {
    const huishoudenId = await this.huishoudenVan('betrokkene', betrokkeneId);
    await this.toegang.wijzig(ingelogd, huishoudenId, 'update', async (tx, ctx) => {
      const [b] = await tx.query(`SELECT van FROM betrokkene WHERE id = $1`, [betrokkeneId]);
      if (invoer.tot < toIso(b.van)) throw problemen.ongeldigeInvoer([{ veld: 'tot', melding: 'De einddatum ligt vóór de startdatum.' }]);
      await werkBijMetVersie(tx, ctx, 'betrokkene', betrokkeneId, invoer.versie, { tot: invoer.tot }, 'beeindigd');
    });
    return huishoudenId;
  }

  async geefToestemming(ingelogd: Ingelogd, huishoudenId: string, invoer: z.infer<typeof toestemmingSchema>): Promise<void> {
    await this.toegang.wijzig(ingelogd, huishoudenId, 'update', async (tx, ctx) => {
      const [organisatie] = await tx.query(`SELECT 1 FROM organisatie WHERE id = $1`, [invoer.organisatieId]);
      if (!organisatie) throw problemen.ongeldigeInvoer([{ veld: 'organisatieId', melding: 'Deze organisatie bestaat niet.' }]);
      const [bestaand] = await tx.query(`SELECT 1 FROM toestemming WHERE huishouden_id = $1 AND organisatie_id = $2 AND ingetrokken_op IS NULL`, [huishoudenId, invoer.organisatieId]);
      if (bestaand) throw new ProbleemFout(409, 'al-toestemming', 'Al toestemming', 'Er is al een geldige toestemming voor deze organisatie.');
      const [rij] = await tx.query(
        `INSERT INTO toestemming (huishouden_id, organisatie_id, gegeven_op, reikwijdte, vastgelegd_door) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [huishoudenId, invoer.organisatieId, invoer.gegevenOp, invoer.reikwijdte, ingelogd.id],
      );
      await registreerWijziging(tx, ctx, 'toestemming', rij.id, 1, 'aangemaakt', { gegevenOp: { oud: null, nieuw: invoer.gegevenOp } });
    });
  }

  /** Withdrawal takes effect on the very next request of that organisation's professionals. */
  async trekToestemmingIn(ingelogd: Ingelogd, toestemmingId: string, invoer: z.infer<typeof toestemmingIntrekkenSchema>): Promise<string> {
    const huishoudenId = await this.huishoudenVan('toestemming', toestemmingId);
    await this.toegang.wijzig(ingelogd, huishoudenId, 'update', async (tx, ctx) => {
      const [t] = await tx.query(`SELECT gegeven_op, ingetrokken_op FROM toestemming WHERE id = $1`, [toestemmingId]);
      if (t.ingetrokken_op) throw new ProbleemFout(409, 'al-ingetrokken', 'Al ingetrokken', 'Deze toestemming is al ingetrokken.');
      if (invoer.ingetrokkenOp < toIso(t.gegeven_op)) throw problemen.ongeldigeInvoer([{ veld: 'ingetrokkenOp', melding: 'Deze datum ligt vóór de datum van toestemming.' }]);
      await werkBijMetVersie(tx, ctx, 'toestemming', toestemmingId, invoer.versie, { ingetrokkenOp: invoer.ingetrokkenOp, ingetrokkenDoor: ingelogd.id }, 'ingetrokken');
    });
    return huishoudenId;
  }

  async zetGrondslagen(ingelogd: Ingelogd, huishoudenId: string, invoer: z.infer<typeof grondslagenSchema>): Promise<void> {
    await this.toegang.wijzig(ingelogd, huishoudenId, 'update', async (tx, ctx) => {
      const oud = (await tx.query(`SELECT wet FROM grondslag WHERE huishouden_id = $1 ORDER BY wet`, [huishoudenId])).map((r: { wet: string }) => r.wet);
      const nieuw = [...new Set(invoer.wetten)].sort();
      await tx.query(`DELETE FROM grondslag WHERE huishouden_id = $1`, [huishoudenId]);
      for (const wet of nieuw) await tx.query(`INSERT INTO grondslag (huishouden_id, wet) VALUES ($1, $2)`, [huishoudenId, wet]);
      if (oud.join() !== nieuw.join()) await registreerWijziging(tx, ctx, 'grondslag', huishoudenId, 1, 'gewijzigd', { wetten: { oud, nieuw } });
    });
  }

  /** Safety comes first: recorded by anyone in the team who may edit, visible to the whole team. */
  async legVeiligheidssignaalVast(ingelogd: Ingelogd, huishoudenId: string, invoer: z.infer<typeof veiligheidssignaalSchema>): Promise<void> {
    await this.toegang.wijzig(ingelogd, huishoudenId, 'bijdragen', async (tx, ctx) => {
      const [rij] = await tx.query(
        `INSERT INTO veiligheidssignaal (huishouden_id, stap, datum, toelichting, vastgelegd_door, vastgelegd_op) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [huishoudenId, invoer.stap, invoer.datum, invoer.toelichting ?? null, ingelogd.id, ctx.nu],
      );
      await registreerWijziging(tx, ctx, 'veiligheidssignaal', rij.id, 1, 'aangemaakt', { stap: { oud: null, nieuw: invoer.stap }, datum: { oud: null, nieuw: invoer.datum } });
    });
  }

  /** Records who holds regie; the previous agreement ends in the same transaction (history kept). */
  async legRegieVast(ingelogd: Ingelogd, huishoudenId: string, invoer: RegieAfspraakInvoer): Promise<void> {
    await this.toegang.wijzig(ingelogd, huishoudenId, 'update', async (tx, ctx) => {
      if (invoer.houder === 'professional') await this.vereisProfessionalInTeam(tx, ctx, invoer.regisseurId!);
      await this.beeindigHuidigeRegie(tx, ctx);
      const [rij] = await tx.query(
        `INSERT INTO regie_afspraak (huishouden_id, houder, netwerk_naam, regisseur_id, reden, startdatum, evaluatiedatum, huishouden_akkoord, vastgelegd_door)
         VALUES ($1, $2, $3, $4, $5, $6, $7, true, $8) RETURNING id`,
        [huishoudenId, invoer.houder, invoer.netwerkNaam ?? null, invoer.regisseurId ?? null, invoer.reden, invoer.startdatum, invoer.evaluatiedatum, ingelogd.id],
      );
      await registreerWijziging(tx, ctx, 'regie_afspraak', rij.id, 1, 'aangemaakt', {
        houder: { oud: null, nieuw: invoer.houder },
        evaluatiedatum: { oud: null, nieuw: invoer.evaluatiedatum },
      });
    });
  }

  async beeindigRegie(ingelogd: Ingelogd, regieId: string, versie: number): Promise<string> {
    const huishoudenId = await this.huishoudenVan('regie_afspraak', regieId);
    await this.toegang.wijzig(ingelogd, huishoudenId, 'update', async (tx, ctx) => {
      const [r] = await tx.query(`SELECT beeindigd_op FROM regie_afspraak WHERE id = $1`, [regieId]);
      if (r.beeindigd_op) throw new ProbleemFout(409, 'al-beeindigd', 'Al beëindigd', 'Deze regie-afspraak is al beëindigd.');
      await werkBijMetVersie(tx, ctx, 'regie_afspraak', regieId, versie, { beeindigdOp: ctx.nu }, 'beeindigd');
    });
    return huishoudenId;
  }

  async voegBijdrageToe(ingelogd: Ingelogd, huishoudenId: string, invoer: z.infer<typeof bijdrageSchema>): Promise<void> {
    await this.toegang.wijzig(ingelogd, huishoudenId, 'bijdragen', async (tx, ctx) => {
      const [rij] = await tx.query(`INSERT INTO bijdrage (huishouden_id, gebruiker_id, tekst, tijdstip) VALUES ($1, $2, $3, $4) RETURNING id`, [huishoudenId, ingelogd.id, invoer.tekst, ctx.nu]);
      await registreerWijziging(tx, ctx, 'bijdrage', rij.id, 1, 'aangemaakt');
    });
  }

  private async beeindigHuidigeRegie(tx: EntityManager, ctx: WijzigingContext): Promise<void> {
    const [huidig] = await tx.query(`SELECT id, versie FROM regie_afspraak WHERE huishouden_id = $1 AND beeindigd_op IS NULL FOR UPDATE`, [ctx.huishoudenId]);
    if (huidig) await werkBijMetVersie(tx, ctx, 'regie_afspraak', huidig.id, huidig.versie, { beeindigdOp: ctx.nu }, 'beeindigd');
  }

  /** A regisseur is a professional in the household's current team. */
  private async vereisProfessionalInTeam(tx: EntityManager, ctx: WijzigingContext, gebruikerId: string): Promise<void> {
    const vandaag = ctx.nu.toISOString().slice(0, 10);
    const [rij] = await tx.query(
      `SELECT 1 FROM betrokkene WHERE huishouden_id = $1 AND gebruiker_id = $2 AND van <= $3 AND (tot IS NULL OR tot >= $3)`,
      [ctx.huishoudenId, gebruikerId, vandaag],
    );
    if (!rij) throw problemen.ongeldigeInvoer([{ veld: 'regisseurId', melding: 'De regisseur moet een professional uit het team van dit huishouden zijn.' }]);
  }

  /** The household a team record belongs to; unknown ids answer 404 like forbidden ones. */
  private async huishoudenVan(tabel: 'betrokkene' | 'toestemming' | 'regie_afspraak', id: string): Promise<string> {
    const [rij] = await this.toegang.query(`SELECT huishouden_id FROM ${tabel} WHERE id = $1`, [id]);
    if (!rij?.huishouden_id) throw problemen.nietGevonden();
    return rij.huishouden_id;
  }
}

/** Date columns arrive as 'YYYY-MM-DD' (see the type parser in data-source.ts). */
function toIso(datum: string): string {
  return datum.slice(0, 10);
}
