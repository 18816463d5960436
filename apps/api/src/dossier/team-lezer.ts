import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Bijdrage, Evaluatie, HuishoudenDetail, RegieAfspraak, Teamlid, Toestemming, Veiligheidssignaal, Wet } from '@eenplan/contracts';
import type { DataSource } from 'typeorm';
import { Klok } from '../common/klok.js';
import { enkeleRij, isoMoment, rijen } from '../common/sql.js';
import { complexOp, gedeeldMetOp, huidigeRegie, inTeamOp } from '../toegang/regels-sql.js';

export type TeamDeel = Pick<HuishoudenDetail, 'team' | 'toestemmingen' | 'grondslagen' | 'veiligheidssignalen' | 'regie' | 'evaluaties' | 'bijdragen' | 'complex'>;

/** The team part of a household's file: members, consent, legal basis, safety, regie, evaluations, contributions. */
@Injectable()
export class TeamLezer {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly klok: Klok,
  ) {}

  async voor(huishoudenId: string): Promise<TeamDeel> {
    const vandaag = this.klok.nu().toISOString().slice(0, 10);
    const team = await rijen<Teamlid>(
      this.db,
      `SELECT b.id, b.soort, b.gebruiker_id AS "gebruikerId", coalesce(u.naam, b.naam) AS naam, o.id AS "organisatieId", o.naam AS organisatie, b.relatie, b.rol, b.van, b.tot, b.versie,
              (${inTeamOp('b', '$2')}) AS actueel,
              (b.soort = 'netwerk' OR ${gedeeldMetOp('b', '$2')}) AS "metToestemming"
       FROM betrokkene b LEFT JOIN gebruiker u ON u.id = b.gebruiker_id LEFT JOIN organisatie o ON o.id = b.organisatie_id
       WHERE b.huishouden_id = $1 ORDER BY actueel DESC, b.van, naam`,
      [huishoudenId, vandaag],
    );
    const toestemmingen = await rijen<Toestemming>(
      this.db,
      `SELECT t.id, t.organisatie_id AS "organisatieId", o.naam AS organisatie, t.gegeven_op AS "gegevenOp", t.reikwijdte, v.naam AS "vastgelegdDoor", t.ingetrokken_op AS "ingetrokkenOp", t.versie
       FROM toestemming t JOIN organisatie o ON o.id = t.organisatie_id JOIN gebruiker v ON v.id = t.vastgelegd_door
       WHERE t.huishouden_id = $1 ORDER BY t.ingetrokken_op IS NOT NULL, t.gegeven_op DESC`,
      [huishoudenId],
    );
    const grondslagen = (await rijen<{ wet: Wet }>(this.db, `SELECT wet FROM grondslag WHERE huishouden_id = $1 ORDER BY wet`, [huishoudenId])).map((r) => r.wet);
    const veiligheidssignalen = await rijen<Veiligheidssignaal>(
      this.db,
      `SELECT s.id, s.stap, s.datum, s.toelichting, u.naam AS "vastgelegdDoor", o.naam AS organisatie
       FROM veiligheidssignaal s JOIN gebruiker u ON u.id = s.vastgelegd_door JOIN organisatie o ON o.id = u.organisatie_id
       WHERE s.huishouden_id = $1 ORDER BY s.datum DESC, s.vastgelegd_op DESC`,
      [huishoudenId],
    );
    const regie = await rijen<RegieAfspraak>(
      this.db,
      `SELECT r.id, r.houder, r.netwerk_naam AS "netwerkNaam", r.regisseur_id AS "regisseurId", u.naam AS "regisseurNaam", o.naam AS "regisseurOrganisatie",
              r.reden, r.startdatum, r.evaluatiedatum, r.huishouden_akkoord AS "huishoudenAkkoord", ${isoMoment('r.beeindigd_op')} AS "beeindigdOp", r.beeindigd_reden AS "beeindigdReden", r.versie,
              (${huidigeRegie('r')} AND r.evaluatiedatum < $2) AS "evaluatieVerlopen"
       FROM regie_afspraak r LEFT JOIN gebruiker u ON u.id = r.regisseur_id LEFT JOIN organisatie o ON o.id = u.organisatie_id
       WHERE r.huishouden_id = $1 ORDER BY r.beeindigd_op IS NOT NULL, r.startdatum DESC, r.beeindigd_op DESC`,
      [huishoudenId, vandaag],
    );
    const evaluaties = await rijen<Evaluatie>(
      this.db,
      `SELECT e.id, e.plan_id AS "planId", e.gepland_op AS "geplandOp", e.gehouden_op AS "gehoudenOp", e.gehoord_en_gezien AS "gehoordEnGezien", e.regie_passend AS "regiePassend",
              e.toelichting, e.volgende_moment AS "volgendeMoment", e.versie,
              coalesce((SELECT json_agg(json_build_object('doelId', ed.doel_id, 'voortgang', ed.voortgang, 'toelichting', ed.toelichting)) FROM evaluatie_doel ed WHERE ed.evaluatie_id = e.id), '[]') AS doelen
       FROM evaluatie e WHERE e.huishouden_id = $1 ORDER BY e.gepland_op DESC`,
      [huishoudenId],
    );
    const bijdragen = await rijen<Bijdrage>(
      this.db,
      `SELECT b.id, b.tekst, ${isoMoment('b.tijdstip')} AS tijdstip, u.naam AS auteur, o.naam AS organisatie
       FROM bijdrage b JOIN gebruiker u ON u.id = b.gebruiker_id JOIN organisatie o ON o.id = u.organisatie_id
       WHERE b.huishouden_id = $1 ORDER BY b.tijdstip DESC LIMIT 200`,
      [huishoudenId],
    );
    const { complex } = await enkeleRij<{ complex: boolean }>(this.db, `SELECT ${complexOp('$2')} AS complex FROM huishouden h WHERE h.id = $1`, [huishoudenId, vandaag]);
    return {
      team,
      toestemmingen,
      grondslagen,
      veiligheidssignalen,
      regie: { actueel: regie.find((r) => !r.beeindigdOp) ?? null, historie: regie.filter((r) => r.beeindigdOp) },
      evaluaties,
      bijdragen,
      complex,
    };
  }
}
