import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Klok } from '../common/klok.js';

/**
 * Complex case: the active plan has goals on two or more leefgebieden, or two or more
 * organisations work in the team (the casemanager's counts). SQL over alias `h`, so the
 * werkvoorraad and the household page agree on it.
 */
export function complexSql(vandaag: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(vandaag)) throw new Error('complexSql: ongeldige datum');
  return `((SELECT count(DISTINCT d.leefgebied) FROM doel d JOIN plan p ON p.id = d.plan_id WHERE p.huishouden_id = h.id AND p.status <> 'afgesloten') >= 2
    OR (SELECT count(DISTINCT o) FROM (
          SELECT b.organisatie_id AS o FROM betrokkene b WHERE b.huishouden_id = h.id AND b.soort = 'professional' AND b.van <= '${vandaag}' AND (b.tot IS NULL OR b.tot >= '${vandaag}')
          UNION SELECT c.organisatie_id FROM gebruiker c WHERE c.id = h.casemanager_id) orgs) >= 2)`;
}

@Injectable()
export class TeamLezer {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly klok: Klok,
  ) {}

  async voor(huishoudenId: string) {
    const vandaag = this.klok.nu().toISOString().slice(0, 10);
    const team = await this.db.query(
      `SELECT b.id, b.soort, b.gebruiker_id AS "gebruikerId", coalesce(u.naam, b.naam) AS naam, o.id AS "organisatieId", o.naam AS organisatie, b.relatie, b.rol, b.van, b.tot, b.versie,
              (b.van <= $2 AND (b.tot IS NULL OR b.tot >= $2)) AS actueel,
              (b.soort = 'netwerk' OR EXISTS (SELECT 1 FROM toestemming t WHERE t.huishouden_id = b.huishouden_id AND t.organisatie_id = b.organisatie_id AND t.ingetrokken_op IS NULL AND t.gegeven_op <= $2)) AS "metToestemming"
       FROM betrokkene b LEFT JOIN gebruiker u ON u.id = b.gebruiker_id LEFT JOIN organisatie o ON o.id = b.organisatie_id
       WHERE b.huishouden_id = $1 ORDER BY actueel DESC, b.van, naam`,
      [huishoudenId, vandaag],
    );
    const toestemmingen = await this.db.query(
      `SELECT t.id, t.organisatie_id AS "organisatieId", o.naam AS organisatie, t.gegeven_op AS "gegevenOp", t.reikwijdte, v.naam AS "vastgelegdDoor", t.ingetrokken_op AS "ingetrokkenOp", t.versie
       FROM toestemming t JOIN organisatie o ON o.id = t.organisatie_id JOIN gebruiker v ON v.id = t.vastgelegd_door
       WHERE t.huishouden_id = $1 ORDER BY t.ingetrokken_op IS NOT NULL, t.gegeven_op DESC`,
      [huishoudenId],
    );
    const grondslagen = (await this.db.query(`SELECT wet FROM grondslag WHERE huishouden_id = $1 ORDER BY wet`, [huishoudenId])).map((r: { wet: string }) => r.wet);
    const veiligheidssignalen = await this.db.query(
      `SELECT s.id, s.stap, s.datum, s.toelichting, u.naam AS "vastgelegdDoor", o.naam AS organisatie
       FROM veiligheidssignaal s JOIN gebruiker u ON u.id = s.vastgelegd_door JOIN organisatie o ON o.id = u.organisatie_id
       WHERE s.huishouden_id = $1 ORDER BY s.datum DESC, s.vastgelegd_op DESC`,
      [huishoudenId],
    );
    const regie = await this.db.query(
      `SELECT r.id, r.houder, r.netwerk_naam AS "netwerkNaam", r.regisseur_id AS "regisseurId", u.naam AS "regisseurNaam", o.naam AS "regisseurOrganisatie",
              r.reden, r.startdatum, r.evaluatiedatum, r.huishouden_akkoord AS "huishoudenAkkoord", r.beeindigd_op AS "beeindigdOp", r.versie,
              (r.beeindigd_op IS NULL AND r.evaluatiedatum < $2) AS "evaluatieVerlopen"
       FROM regie_afspraak r LEFT JOIN gebruiker u ON u.id = r.regisseur_id LEFT JOIN organisatie o ON o.id = u.organisatie_id
       WHERE r.huishouden_id = $1 ORDER BY r.beeindigd_op IS NOT NULL, r.startdatum DESC, r.beeindigd_op DESC`,
      [huishoudenId, vandaag],
    );
    const evaluaties = await this.db.query(
      `SELECT e.id, e.plan_id AS "planId", e.gepland_op AS "geplandOp", e.gehouden_op AS "gehoudenOp", e.gehoord_en_gezien AS "gehoordEnGezien", e.regie_passend AS "regiePassend",
              e.toelichting, e.volgende_moment AS "volgendeMoment", e.versie,
              coalesce((SELECT json_agg(json_build_object('doelId', ed.doel_id, 'voortgang', ed.voortgang, 'toelichting', ed.toelichting)) FROM evaluatie_doel ed WHERE ed.evaluatie_id = e.id), '[]') AS doelen
       FROM evaluatie e WHERE e.huishouden_id = $1 ORDER BY e.gepland_op DESC`,
      [huishoudenId],
    );
    const bijdragen = await this.db.query(
      `SELECT b.id, b.tekst, b.tijdstip, u.naam AS auteur, o.naam AS organisatie
       FROM bijdrage b JOIN gebruiker u ON u.id = b.gebruiker_id JOIN organisatie o ON o.id = u.organisatie_id
       WHERE b.huishouden_id = $1 ORDER BY b.tijdstip DESC LIMIT 200`,
      [huishoudenId],
    );
    const [{ complex }] = await this.db.query(`SELECT ${complexSql(vandaag)} AS complex FROM huishouden h WHERE h.id = $1`, [huishoudenId]);
    return {
      team,
      toestemmingen,
      grondslagen,
      veiligheidssignalen,
      regie: { actueel: regie.find((r: { beeindigdOp: unknown }) => !r.beeindigdOp) ?? null, historie: regie.filter((r: { beeindigdOp: unknown }) => r.beeindigdOp) },
      evaluaties,
      bijdragen,
      complex: Boolean(complex),
    };
  }
}
