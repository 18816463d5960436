import { Injectable } from '@nestjs/common';
import type { bijdrageSchema, grondslagenSchema, RegieAfspraakInvoer, RegieEindeReden, TeamlidInvoer, teamlidBeeindigenSchema, toestemmingIntrekkenSchema, toestemmingSchema, veiligheidssignaalSchema, Wet, z } from '@eenplan/contracts';
import { ProbleemFout, problemen } from '../common/problemen.js';
import { enkeleRij, rij, rijen } from '../common/sql.js';
import type { Ingelogd } from '../common/verzoek.js';
import { registreerWijziging, werkBijMetVersie, type Wijziging } from '../tijdlijn/versies.js';
import { huidigeRegie, inTeamOp } from '../toegang/regels-sql.js';
import { ToegangService, type Doelwit } from '../toegang/toegang.service.js';

/**
 * The team around a household: members, consent, legal basis, safety signals, regie and
 * contributions. Each change goes through the one write path and answers the household's id.
 */
@Injectable()
export class TeamService {
  constructor(private readonly toegang: ToegangService) {}

  async voegTeamlidToe(ingelogd: Ingelogd, huishoudenId: string, invoer: TeamlidInvoer): Promise<string> {
    return this.wijzig(ingelogd, huishoudenId, 'update', async (w) => {
      let organisatieId: string | null = null;
      if (invoer.soort === 'professional') {
        const gebruiker = await rij<{ organisatie_id: string; rol: string; actief: boolean }>(w.tx, `SELECT organisatie_id, rol, actief FROM gebruiker WHERE id = $1`, [invoer.gebruikerId]);
        if (!gebruiker || !gebruiker.actief || !['professional', 'consulent'].includes(gebruiker.rol)) {
          throw problemen.ongeldigeInvoer([{ veld: 'gebruikerId', melding: 'Kies een actieve professional of consulent.' }]);
        }
        // Overlapping memberships are refused: one line per person in the team.
        const alInTeam = await rij<{ ja: number }>(
          w.tx,
          `SELECT 1 AS ja FROM betrokkene WHERE huishouden_id = $1 AND gebruiker_id = $2 AND (tot IS NULL OR tot >= $3)`,
          [huishoudenId, invoer.gebruikerId, invoer.van],
        );
        if (alInTeam) throw problemen.ongeldigeInvoer([{ veld: 'gebruikerId', melding: 'Deze professional zit al in het team.' }]);
        organisatieId = gebruiker.organisatie_id;
      }
      const nieuw = await enkeleRij<{ id: string }>(
        w.tx,
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
      await registreerWijziging(w, 'betrokkene', nieuw.id, 1, 'aangemaakt', { rol: { oud: null, nieuw: invoer.rol }, van: { oud: null, nieuw: invoer.van } });
    });
  }

  /** Ends a membership; a professional loses access from the day after `tot`. */
  async beeindigTeamlid(ingelogd: Ingelogd, betrokkeneId: string, invoer: z.infer<typeof teamlidBeeindigenSchema>): Promise<string> {
    return this.wijzig(ingelogd, { betrokkene: betrokkeneId }, 'update', async (w) => {
      const b = await enkeleRij<{ van: string }>(w.tx, `SELECT van FROM betrokkene WHERE id = $1`, [betrokkeneId]);
      if (invoer.tot < b.van) throw problemen.ongeldigeInvoer([{ veld: 'tot', melding: 'De einddatum ligt vóór de startdatum.' }]);
      await werkBijMetVersie(w, 'betrokkene', betrokkeneId, invoer.versie, { tot: invoer.tot }, 'beeindigd');
    });
  }

  async geefToestemming(ingelogd: Ingelogd, huishoudenId: string, invoer: z.infer<typeof toestemmingSchema>): Promise<string> {
    // Only the casemanager records consent, and only for the one organisation named (which must exist).
    return this.wijzig(ingelogd, huishoudenId, 'toestemming', async (w) => {
      const organisatie = await rij<{ id: string }>(w.tx, `SELECT id FROM organisatie WHERE id = $1`, [invoer.organisatieId]);
      if (!organisatie) throw problemen.ongeldigeInvoer([{ veld: 'organisatieId', melding: 'Deze organisatie bestaat niet.' }]);
      const bestaand = await rij<{ id: string }>(w.tx, `SELECT id FROM toestemming WHERE huishouden_id = $1 AND organisatie_id = $2 AND ingetrokken_op IS NULL`, [huishoudenId, invoer.organisatieId]);
      if (bestaand) throw new ProbleemFout(409, 'al-toestemming', 'Al toestemming', 'Er is al een geldige toestemming voor deze organisatie.');
      const nieuw = await enkeleRij<{ id: string }>(
        w.tx,
        `INSERT INTO toestemming (huishouden_id, organisatie_id, gegeven_op, reikwijdte, vastgelegd_door) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [huishoudenId, invoer.organisatieId, invoer.gegevenOp, invoer.reikwijdte, ingelogd.id],
      );
      await registreerWijziging(w, 'toestemming', nieuw.id, 1, 'aangemaakt', { gegevenOp: { oud: null, nieuw: invoer.gegevenOp } });
    });
  }

  /**
   * Withdrawal takes effect on the very next request of that organisation's professionals. A
   * regie-afspraak naming one of them ends with it (the file no longer says the regie is agreed;
   * a complex case shows "no regie" again at once). Withdrawing again is harmless: the answer is
   * the file as it is, whatever version was sent, so a second click is no error.
   */
  async trekToestemmingIn(ingelogd: Ingelogd, toestemmingId: string, invoer: z.infer<typeof toestemmingIntrekkenSchema>): Promise<string> {
    return this.wijzig(ingelogd, { toestemming: toestemmingId }, 'toestemming', async (w) => {
      const t = await enkeleRij<{ gegeven_op: string; ingetrokken_op: string | null; organisatie_id: string }>(
        w.tx,
        `SELECT gegeven_op, ingetrokken_op, organisatie_id FROM toestemming WHERE id = $1 FOR UPDATE`,
        [toestemmingId],
      );
      if (t.ingetrokken_op) return;
      if (invoer.ingetrokkenOp < t.gegeven_op) throw problemen.ongeldigeInvoer([{ veld: 'ingetrokkenOp', melding: 'Deze datum ligt vóór de datum van toestemming.' }]);
      await werkBijMetVersie(w, 'toestemming', toestemmingId, invoer.versie, { ingetrokkenOp: invoer.ingetrokkenOp, ingetrokkenDoor: ingelogd.id }, 'ingetrokken');
      // Another valid consent for the same organisation keeps the regisseur (it cannot exist today, but the rule is per organisation).
      const nogGeldig = await rij<{ ja: number }>(w.tx, `SELECT 1 AS ja FROM toestemming WHERE huishouden_id = $1 AND organisatie_id = $2 AND ingetrokken_op IS NULL`, [w.huishoudenId, t.organisatie_id]);
      if (!nogGeldig) await this.beeindigRegieVan(w, `u.organisatie_id = $2`, [t.organisatie_id], 'toestemming_ingetrokken');
    });
  }

  /**
   * Ends the current regie-afspraak when its regisseur matches `waar` (on gebruiker u), with the
   * reason in the record and in the timeline: the app's own change, with its cause.
   */
  private async beeindigRegieVan(w: Wijziging, waar: string, params: unknown[], reden: RegieEindeReden): Promise<void> {
    const huidig = await rij<{ id: string; versie: number }>(
      w.tx,
      `SELECT r.id, r.versie FROM regie_afspraak r JOIN gebruiker u ON u.id = r.regisseur_id WHERE r.huishouden_id = $1 AND ${huidigeRegie('r')} AND ${waar} FOR UPDATE OF r`,
      [w.huishoudenId, ...params],
    );
    if (huidig) await werkBijMetVersie(w, 'regie_afspraak', huidig.id, huidig.versie, { beeindigdOp: w.nu, beeindigdReden: reden }, 'beeindigd');
  }

  async zetGrondslagen(ingelogd: Ingelogd, huishoudenId: string, invoer: z.infer<typeof grondslagenSchema>): Promise<string> {
    return this.wijzig(ingelogd, huishoudenId, 'update', async (w) => {
      const oud = (await rijen<{ wet: Wet }>(w.tx, `SELECT wet FROM grondslag WHERE huishouden_id = $1 ORDER BY wet`, [huishoudenId])).map((r) => r.wet);
      const nieuw = [...new Set(invoer.wetten)].sort();
      await w.tx.query(`DELETE FROM grondslag WHERE huishouden_id = $1`, [huishoudenId]);
      for (const wet of nieuw) await w.tx.query(`INSERT INTO grondslag (huishouden_id, wet) VALUES ($1, $2)`, [huishoudenId, wet]);
      if (oud.join() !== nieuw.join()) await registreerWijziging(w, 'grondslag', huishoudenId, 1, 'gewijzigd', { wetten: { oud, nieuw } });
    });
  }

  /** Safety comes first: recorded by anyone in the team who may edit, visible to the whole team. */
  async legVeiligheidssignaalVast(ingelogd: Ingelogd, huishoudenId: string, invoer: z.infer<typeof veiligheidssignaalSchema>): Promise<string> {
    return this.wijzig(ingelogd, huishoudenId, 'bijdragen', async (w) => {
      const nieuw = await enkeleRij<{ id: string }>(
        w.tx,
        `INSERT INTO veiligheidssignaal (huishouden_id, stap, datum, toelichting, vastgelegd_door, vastgelegd_op) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [huishoudenId, invoer.stap, invoer.datum, invoer.toelichting ?? null, ingelogd.id, w.nu],
      );
      await registreerWijziging(w, 'veiligheidssignaal', nieuw.id, 1, 'aangemaakt', { stap: { oud: null, nieuw: invoer.stap }, datum: { oud: null, nieuw: invoer.datum } });
    });
  }

  /** Records who holds regie; the previous agreement ends in the same transaction (history kept). */
  async legRegieVast(ingelogd: Ingelogd, huishoudenId: string, invoer: RegieAfspraakInvoer): Promise<string> {
    return this.wijzig(ingelogd, huishoudenId, 'update', async (w) => {
      if (invoer.houder === 'professional') await this.vereisProfessionalInTeam(w, invoer.regisseurId!);
      const huidig = await rij<{ id: string; versie: number }>(w.tx, `SELECT id, versie FROM regie_afspraak r WHERE r.huishouden_id = $1 AND ${huidigeRegie('r')} FOR UPDATE`, [huishoudenId]);
      if (huidig) await werkBijMetVersie(w, 'regie_afspraak', huidig.id, huidig.versie, { beeindigdOp: w.nu }, 'beeindigd');
      const nieuw = await enkeleRij<{ id: string }>(
        w.tx,
        `INSERT INTO regie_afspraak (huishouden_id, houder, netwerk_naam, regisseur_id, reden, startdatum, evaluatiedatum, huishouden_akkoord, vastgelegd_door)
         VALUES ($1, $2, $3, $4, $5, $6, $7, true, $8) RETURNING id`,
        [huishoudenId, invoer.houder, invoer.netwerkNaam ?? null, invoer.regisseurId ?? null, invoer.reden, invoer.startdatum, invoer.evaluatiedatum, ingelogd.id],
      );
      await registreerWijziging(w, 'regie_afspraak', nieuw.id, 1, 'aangemaakt', {
        houder: { oud: null, nieuw: invoer.houder },
        evaluatiedatum: { oud: null, nieuw: invoer.evaluatiedatum },
      });
    });
  }

  async beeindigRegie(ingelogd: Ingelogd, regieId: string, versie: number): Promise<string> {
    return this.wijzig(ingelogd, { regie_afspraak: regieId }, 'update', async (w) => {
      const r = await enkeleRij<{ beeindigd_op: Date | null }>(w.tx, `SELECT beeindigd_op FROM regie_afspraak WHERE id = $1`, [regieId]);
      if (r.beeindigd_op) throw new ProbleemFout(409, 'al-beeindigd', 'Al beëindigd', 'Deze regie-afspraak is al beëindigd.');
      await werkBijMetVersie(w, 'regie_afspraak', regieId, versie, { beeindigdOp: w.nu }, 'beeindigd');
    });
  }

  async voegBijdrageToe(ingelogd: Ingelogd, huishoudenId: string, invoer: z.infer<typeof bijdrageSchema>): Promise<string> {
    return this.wijzig(ingelogd, huishoudenId, 'bijdragen', async (w) => {
      const nieuw = await enkeleRij<{ id: string }>(w.tx, `INSERT INTO bijdrage (huishouden_id, gebruiker_id, tekst, tijdstip) VALUES ($1, $2, $3, $4) RETURNING id`, [huishoudenId, ingelogd.id, invoer.tekst, w.nu]);
      await registreerWijziging(w, 'bijdrage', nieuw.id, 1, 'aangemaakt');
    });
  }

  /** A regisseur is a professional in the household's current team. */
  private async vereisProfessionalInTeam(w: Wijziging, gebruikerId: string): Promise<void> {
    const gevonden = await rij<{ ja: number }>(
      w.tx,
      `SELECT 1 AS ja FROM betrokkene b WHERE b.huishouden_id = $1 AND b.gebruiker_id = $2 AND ${inTeamOp('b', '$3')}`,
      [w.huishoudenId, gebruikerId, w.nu.toISOString().slice(0, 10)],
    );
    if (!gevonden) throw problemen.ongeldigeInvoer([{ veld: 'regisseurId', melding: 'De regisseur moet een professional uit het team van dit huishouden zijn.' }]);
  }

  private async wijzig(ingelogd: Ingelogd, doelwit: Doelwit, actie: 'update' | 'bijdragen' | 'toestemming', werk: (w: Wijziging) => Promise<void>): Promise<string> {
    return (await this.toegang.wijzig(ingelogd, doelwit, actie, werk)).huishoudenId;
  }
}
