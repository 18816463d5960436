import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Pagina, PlanStatus, RegieHouder, Signaal, WerkvoorraadRegel } from '@eenplan/contracts';
import { Klok } from '../common/klok.js';
import type { Ingelogd } from '../common/verzoek.js';
import { isoMoment } from '../common/sql.js';
import { complexOp, huidigeRegie } from '../toegang/regels-sql.js';
import { ToegangService } from '../toegang/toegang.service.js';
import { AuditService } from '../audit/audit.service.js';

/** When a file needs attention. */
export const SIGNAAL_GRENZEN = { conceptDagen: 28, stilDagen: 56 } as const;


interface WerkvoorraadRij {
  id: string;
  naam: string;
  postcode: string;
  woonplaats: string;
  gemeenteNaam: string;
  laatsteActiviteitOp: string;
  planId: string | null;
  planStatus: PlanStatus | null;
  planAangemaaktOp: string | null;
  conceptTeLang: boolean | null;
  stil: boolean;
  verlopenActies: number | null;
  mijnOpenActies: number | null;
  volgendeEvaluatie: string | null;
  evaluatieNodig: boolean;
  regieOntbreekt: boolean | null;
  regieVerlopen: boolean | null;
  regieHouder: RegieHouder | null;
}
const SIGNAAL_TEKST: Record<Signaal, (n: number) => string> = {
  regie_ontbreekt: () => 'Complexe casus zonder regie-afspraak',
  regie_evaluatie_verlopen: () => 'Evaluatiedatum van de regie-afspraak is verstreken',
  evaluatie_nodig: () => 'Evaluatiemoment binnen twee weken of verstreken',
  plan_concept_te_lang: () => `Plan staat langer dan ${SIGNAAL_GRENZEN.conceptDagen / 7} weken in concept`,
  acties_verlopen: (n) => (n === 1 ? '1 actie over de deadline' : `${n} acties over de deadline`),
  geen_activiteit: () => `Geen activiteit in ${SIGNAAL_GRENZEN.stilDagen / 7} weken`,
  geen_plan: () => 'Geen actief plan',
};

@Injectable()
export class WerkvoorraadService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly toegang: ToegangService,
    private readonly klok: Klok,
    private readonly audit: AuditService,
  ) {}

  /** The user's active households, those with most signals first, then the longest-quiet. */
  async voor(ingelogd: Ingelogd, pagina: number, perPagina: number): Promise<Pagina<WerkvoorraadRegel>> {
    const nu = this.klok.nu();
    const dagenGeleden = (dagen: number) => new Date(nu.getTime() - dagen * 86_400_000);
    const { sql, params } = this.toegang.filter(ingelogd, 'read');
    const vandaag = nu.toISOString().slice(0, 10);
    const overTweeWeken = new Date(nu.getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
    const basis = this.db
      .createQueryBuilder()
      .from('huishouden', 'h')
      .innerJoin('gemeente', 'g', 'g.id = h.gemeente_id')
      .leftJoin('plan', 'p', `p.huishouden_id = h.id AND p.status <> 'afgesloten'`)
      .leftJoin('regie_afspraak', 'ra', `ra.huishouden_id = h.id AND ${huidigeRegie('ra')}`)
      .where(`h.status = 'actief'`)
      .andWhere(sql, params);
    const totaal = await basis.clone().select('count(*)::int', 'aantal').getRawOne<{ aantal: number }>();
    const rijen = await this.db
      .createQueryBuilder()
      .select('*')
      .addSelect(
        `(CASE WHEN s."conceptTeLang" THEN 1 ELSE 0 END + CASE WHEN s."verlopenActies" > 0 THEN 1 ELSE 0 END + CASE WHEN s."stil" THEN 1 ELSE 0 END
          + CASE WHEN s."planId" IS NULL THEN 1 ELSE 0 END + CASE WHEN s."regieOntbreekt" OR s."regieVerlopen" THEN 1 ELSE 0 END + CASE WHEN s."evaluatieNodig" THEN 1 ELSE 0 END)`,
        'aantalSignalen',
      )
      .from(
        '(' +
          basis
            .clone()
            .select([
              'h.id AS id',
              'h.naam AS naam',
              'h.postcode AS postcode',
              'h.woonplaats AS woonplaats',
              'g.naam AS "gemeenteNaam"',
              `${isoMoment('h.laatste_activiteit_op')} AS "laatsteActiviteitOp"`,
              'p.id AS "planId"',
              'p.status AS "planStatus"',
              `${isoMoment('p.aangemaakt_op')} AS "planAangemaaktOp"`,
              `(p.status = 'concept' AND p.aangemaakt_op < :conceptGrens) AS "conceptTeLang"`,
              `(h.laatste_activiteit_op < :stilGrens) AS "stil"`,
              `(SELECT count(*)::int FROM doel d JOIN actie a ON a.doel_id = d.id WHERE d.plan_id = p.id AND a.status IN ('open', 'bezig') AND a.deadline < :vandaag) AS "verlopenActies"`,
              `(SELECT count(*)::int FROM doel d JOIN actie a ON a.doel_id = d.id WHERE d.plan_id = p.id AND a.status IN ('open', 'bezig') AND a.eigenaar_gebruiker_id = :ik) AS "mijnOpenActies"`,
              `(SELECT min(e.gepland_op) FROM evaluatie e WHERE e.huishouden_id = h.id AND e.gehouden_op IS NULL) AS "volgendeEvaluatie"`,
              `EXISTS (SELECT 1 FROM evaluatie e WHERE e.huishouden_id = h.id AND e.gehouden_op IS NULL AND e.gepland_op <= :overTweeWeken) AS "evaluatieNodig"`,
              // Regie signals go to whoever carries the file: the casemanager and the regisseur.
              `(h.casemanager_id = :ik OR ra.regisseur_id = :ik) AND ra.id IS NULL AND ${complexOp(':vandaag')} AS "regieOntbreekt"`,
              `(h.casemanager_id = :ik OR ra.regisseur_id = :ik) AND ra.evaluatiedatum < :vandaag AS "regieVerlopen"`,
              `ra.houder AS "regieHouder"`,
            ])
            .getQuery() +
          ')',
        's',
      )
      .setParameters({
        ...basis.getParameters(),
        conceptGrens: dagenGeleden(SIGNAAL_GRENZEN.conceptDagen),
        stilGrens: dagenGeleden(SIGNAAL_GRENZEN.stilDagen),
        vandaag,
        overTweeWeken,
        ik: ingelogd.id,
      })
      .orderBy('"aantalSignalen"', 'DESC')
      .addOrderBy('s."laatsteActiviteitOp"', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .offset((pagina - 1) * perPagina)
      .limit(perPagina)
      .getRawMany<WerkvoorraadRij>();
    // The list shows names and addresses: that is access to each household shown (NEN 7513).
    await this.audit.registreer('werkvoorraad_ingezien', {
      gebruikerId: ingelogd.id,
      organisatieId: ingelogd.organisatie.id,
      huishoudenIds: rijen.map((r) => r.id),
      details: { aantal: rijen.length, pagina },
    });
    return {
      items: rijen.map((r): WerkvoorraadRegel => {
        const signalen: Signaal[] = [];
        if (!r.planId) signalen.push('geen_plan');
        if (r.conceptTeLang) signalen.push('plan_concept_te_lang');
        if ((r.verlopenActies ?? 0) > 0) signalen.push('acties_verlopen');
        if (r.stil) signalen.push('geen_activiteit');
        if (r.regieOntbreekt) signalen.push('regie_ontbreekt');
        if (r.regieVerlopen) signalen.push('regie_evaluatie_verlopen');
        if (r.evaluatieNodig) signalen.push('evaluatie_nodig');
        return {
          huishouden: { id: r.id, naam: r.naam, postcode: r.postcode, woonplaats: r.woonplaats, gemeente: r.gemeenteNaam },
          plan: r.planId && r.planStatus && r.planAangemaaktOp ? { id: r.planId, status: r.planStatus, aangemaaktOp: r.planAangemaaktOp } : null,
          verlopenActies: r.verlopenActies ?? 0,
          mijnOpenActies: r.mijnOpenActies ?? 0,
          volgendeEvaluatie: r.volgendeEvaluatie ?? null,
          regie: r.regieHouder ?? null,
          laatsteActiviteitOp: r.laatsteActiviteitOp,
          signalen: signalen.map((soort) => ({ soort, tekst: SIGNAAL_TEKST[soort](r.verlopenActies ?? 0) })),
        };
      }),
      totaal: totaal?.aantal ?? 0,
      pagina,
      perPagina,
    };
  }
}
