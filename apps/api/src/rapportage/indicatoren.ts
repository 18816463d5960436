import {
  ERVARING_STELLINGEN,
  ERVARING_STELLING_TEKSTEN,
  GEZONDHEID_DIMENSIES,
  GEZONDHEID_DIMENSIE_LABELS,
  type Afsluitreden,
  type ErvaringStelling,
  type OnthullingsRegels,
  type PubliekeCel,
  type PubliekeTabel,
  type RegieHouder,
} from '@eenplan/contracts';
import type { EntityManager } from 'typeorm';
import { rijen as leesRijen } from '../common/sql.js';
import { publiceerGemiddelde, type TelTabel } from './onthulling.js';
import type { Periode } from './periode.js';

/** A count table before disclosure control: true counts, with title and explanation. */
export interface Indicator extends TelTabel {
  titel: string;
  toelichting: string;
}

/**
 * A table of shares per gemeente: each column the part of a count table's rows outside one of
 * its categories. Published after disclosure control, from the published counts.
 */
export interface AandeelTabel {
  id: string;
  titel: string;
  toelichting: string;
  kolommen: { kop: string; tabel: string; buiten: string }[];
}

export interface BerekendeIndicatoren {
  tellingen: Indicator[];
  aandelen: AandeelTabel[];
  /** Means, each already withheld where too few households answered. */
  overig: PubliekeTabel[];
}

/** Every row below is about one household (or one of its plans) in one gemeente. */
interface PerGemeente {
  gemeente: string;
}

/** A household with an active plan in the period, as it stands at the end of the period. */
interface BasisRij extends PerGemeente {
  id: string;
  aangemaakt_op: Date;
  actief: boolean;
  op_einde: boolean;
  organisaties: number;
  professionals: number;
  /** Of the plan active at the end (0 when there is none). */
  leefgebieden: number;
  regie_einde: RegieHouder | null;
  regie_start: RegieHouder | null;
}

/** A plan closed in the period, with how its doelen turned out. */
interface AfgeslotenRij extends PerGemeente {
  afsluitreden: Afsluitreden | null;
  ja: number;
  nee: number;
  doelen: number;
}

/** A household's last ervaringsmeting in the period; null is "weet niet". */
type ErvaringRij = PerGemeente & Record<ErvaringStelling, number | null>;

/** Days from registration to vastgesteld plan; `numeric`, which pg gives as text. */
interface DoorlooptijdRij extends PerGemeente {
  dagen: string;
}

const DIMENSIES = ['lichaamsfuncties', 'mentaal_welbevinden', 'zingeving', 'kwaliteit_van_leven', 'meedoen', 'dagelijks_functioneren'] as const;
/** A household's mean change per dimension of positieve gezondheid. */
type GezondheidRij = PerGemeente & Record<(typeof DIMENSIES)[number], number | null>;

const REGIE_CATEGORIE: Record<RegieHouder, string> = { huishouden: 'Het huishouden', netwerk: 'Het netwerk', professional: 'Een professional' };

/**
 * Every figure of thema 2, for one period, from the `rapportage` views only (the caller runs
 * this under the reporting role). Counts are distinct households per gemeente plus "Regio".
 */
export async function berekenIndicatoren(tx: EntityManager, p: Periode, regels: OnthullingsRegels): Promise<BerekendeIndicatoren> {
  const q = <T extends object>(sql: string, params: unknown[]) => leesRijen<T>(tx, sql, params);
  const gemeenten = (await q<{ naam: string }>(`SELECT naam FROM rapportage.gemeente ORDER BY naam`, [])).map((r) => r.naam);
  const rijen = [...gemeenten, 'Regio'];
  const param = [p.start, p.einde];

  // Per household: its state at the end of the period, one row each. Everything below is a grouping of this.
  const basis = await q<BasisRij>(
    `WITH actief AS (
       SELECT DISTINCT ON (pl.huishouden_id) pl.* FROM rapportage.plan pl
       WHERE pl.aangemaakt_op < $2::date AND (pl.afgesloten_op IS NULL OR pl.afgesloten_op >= $1::date)
       ORDER BY pl.huishouden_id, pl.aangemaakt_op DESC),
     opeinde AS (SELECT * FROM actief a WHERE a.afgesloten_op IS NULL OR a.afgesloten_op >= $2::date),
     orgs AS (
       SELECT a.huishouden_id, count(DISTINCT x.o) AS aantal, count(DISTINCT x.g) AS mensen FROM actief a
       JOIN rapportage.huishouden h ON h.id = a.huishouden_id
       CROSS JOIN LATERAL (
         SELECT b.organisatie_id AS o, b.gebruiker_id AS g FROM rapportage.betrokkene b WHERE b.huishouden_id = a.huishouden_id AND b.soort = 'professional' AND b.van < $2::date AND (b.tot IS NULL OR b.tot >= $2::date - 1)
         UNION SELECT c.organisatie_id, c.id FROM rapportage.casemanager c WHERE c.id = h.casemanager_id) x
       GROUP BY a.huishouden_id)
     SELECT h.id, h.gemeente, h.aangemaakt_op,
       (a.id IS NOT NULL) AS actief,
       (e.id IS NOT NULL) AS op_einde,
       coalesce(o.aantal, 0)::int AS organisaties,
       coalesce(o.mensen, 0)::int AS professionals,
       (SELECT count(DISTINCT d.leefgebied)::int FROM rapportage.doel d WHERE d.plan_id = e.id) AS leefgebieden,
       (SELECT r.houder FROM rapportage.regie_afspraak r WHERE r.huishouden_id = h.id AND r.startdatum < $2::date AND (r.beeindigd_op IS NULL OR r.beeindigd_op >= $2::date) ORDER BY r.startdatum DESC LIMIT 1) AS regie_einde,
       (SELECT r.houder FROM rapportage.regie_afspraak r WHERE r.huishouden_id = h.id AND r.startdatum < $2::date ORDER BY r.startdatum, r.beeindigd_op NULLS LAST LIMIT 1) AS regie_start
     FROM rapportage.huishouden h
     LEFT JOIN actief a ON a.huishouden_id = h.id
     LEFT JOIN opeinde e ON e.huishouden_id = h.id
     LEFT JOIN orgs o ON o.huishouden_id = h.id
     WHERE a.id IS NOT NULL`,
    param,
  );
  const complex = basis.filter((h) => h.op_einde && (h.leefgebieden >= 2 || h.organisaties >= 2));

  const afgesloten = await q<AfgeslotenRij>(
    `SELECT h.gemeente, pl.afsluitreden,
       count(*) FILTER (WHERE d.resultaat = 'ja')::int AS ja, count(*) FILTER (WHERE d.resultaat = 'nee')::int AS nee, count(d.id)::int AS doelen
     FROM rapportage.plan pl JOIN rapportage.huishouden h ON h.id = pl.huishouden_id LEFT JOIN rapportage.doel d ON d.plan_id = pl.id
     WHERE pl.afgesloten_op >= $1::date AND pl.afgesloten_op < $2::date
     GROUP BY h.id, h.gemeente, pl.id, pl.afsluitreden`,
    param,
  );

  const tel = <R extends PerGemeente>(id: string, titel: string, toelichting: string, kolommen: string[], lijst: R[], categorie: (r: R) => string, totaalGroep?: string): Indicator => {
    const metTotaal = kolommen.length > 0;
    const cols = metTotaal ? [...kolommen, 'Totaal'] : ['Totaal'];
    const waarden = rijen.map(() => cols.map(() => 0));
    for (const r of lijst) {
      const g = gemeenten.indexOf(r.gemeente);
      const k = metTotaal ? kolommen.indexOf(categorie(r)) : 0;
      for (const rij of [g, rijen.length - 1]) {
        waarden[rij]![k]! += 1;
        if (metTotaal) waarden[rij]![cols.length - 1]! += 1;
      }
    }
    return { id, titel, toelichting, rijen, kolommen: cols, waarden, ...(totaalGroep ? { totaalGroep } : {}) };
  };

  const regieCategorie = (houder: RegieHouder | null) => (houder ? REGIE_CATEGORIE[houder] : 'Geen afspraak');
  const regieKolommen = ['Het huishouden', 'Het netwerk', 'Een professional', 'Geen afspraak'];
  const tellingen: Indicator[] = [
    tel('actieve-plannen', 'Huishoudens met een plan van aanpak', 'Huishoudens met een actief plan ergens in de periode.', [], basis, () => 'Totaal', 'actief'),
    tel('organisaties-per-plan', 'Organisaties rond het plan', 'Huishoudens met een actief plan, naar het aantal organisaties dat met het ene plan werkt (de casemanager meegeteld).', ['1 organisatie', '2 organisaties', '3 of meer'], basis,
      (r) => (r.organisaties >= 3 ? '3 of meer' : r.organisaties === 2 ? '2 organisaties' : '1 organisatie'), 'actief'),
    tel('professionals-per-plan', 'Professionals rond het plan', 'Huishoudens met een actief plan, naar het aantal professionals dat aan het eind van de periode met het ene plan werkt (de casemanager meegeteld).', ['1 professional', '2 professionals', '3 of meer'], basis,
      (r) => (r.professionals >= 3 ? '3 of meer' : r.professionals === 2 ? '2 professionals' : '1 professional'), 'actief'),
    tel('regie-bij', 'Wie heeft de regie (complexe casussen)', 'Complexe casussen aan het eind van de periode, naar wie volgens de regie-afspraak de regie heeft. Doel: geen enkele casus zonder afspraak.', regieKolommen, complex, (r) => regieCategorie(r.regie_einde), 'complex'),
    tel('regie-bij-start', 'Regie bij de start (complexe casussen)', 'Dezelfde complexe casussen, naar wie de regie had in de eerste regie-afspraak: de verschuiving naar eigen regie.', regieKolommen, complex, (r) => regieCategorie(r.regie_start), 'complex'),
    tel('leefgebieden-per-plan', 'Integraal: leefgebieden in het plan (complexe casussen)', 'Complexe casussen naar het aantal leefgebieden waarop hun ene plan doelen heeft (0: nog geen doelen).', ['0 of 1', '2', '3', '4 of meer'], complex,
      (r) => (r.leefgebieden >= 4 ? '4 of meer' : r.leefgebieden <= 1 ? '0 of 1' : String(r.leefgebieden)), 'complex'),
    tel('doelrealisatie', 'Doelrealisatie bij afsluiten', 'Huishoudens waarvan het plan in de periode is afgesloten: alle doelen behaald, een deel, of geen.', ['Alle doelen behaald', 'Deels behaald', 'Niet behaald'], afgesloten,
      (r) => (r.doelen > 0 && r.ja === r.doelen ? 'Alle doelen behaald' : r.doelen > 0 && r.nee === r.doelen ? 'Niet behaald' : 'Deels behaald'), 'afgesloten'),
    tel('uitval', 'Uitval', 'Huishoudens waarvan het plan in de periode is afgesloten: regulier, of afgebroken zonder afspraak (uitval).', ['Regulier afgesloten', 'Uitval'], afgesloten,
      (r) => (r.afsluitreden === 'huishouden_stopt' || r.afsluitreden === 'geen_contact' ? 'Uitval' : 'Regulier afgesloten'), 'afgesloten'),
  ];

  const ervaring = await q<ErvaringRij>(
    `SELECT DISTINCT ON (e.huishouden_id) h.gemeente, ${ERVARING_STELLINGEN.map((s) => `e.${s}`).join(', ')}
     FROM rapportage.ervaringsmeting e JOIN rapportage.huishouden h ON h.id = e.huishouden_id
     WHERE e.afgenomen_op >= $1::date AND e.afgenomen_op < $2::date ORDER BY e.huishouden_id, e.afgenomen_op DESC`,
    param,
  );
  const doorlooptijd = await q<DoorlooptijdRij>(
    `SELECT h.gemeente, extract(epoch FROM pl.vastgesteld_op - h.aangemaakt_op) / 86400 AS dagen
     FROM rapportage.plan pl JOIN rapportage.huishouden h ON h.id = pl.huishouden_id WHERE pl.vastgesteld_op >= $1::date AND pl.vastgesteld_op < $2::date`,
    param,
  );
  // Per household: the mean change of its members from their start measurement to their latest one in the period.
  const gezondheid = await q<GezondheidRij>(
    `WITH paren AS (
       SELECT s.huishouden_id, ${DIMENSIES.map((d) => `l.${d} - s.${d} AS ${d}`).join(', ')}
       FROM (SELECT DISTINCT ON (lid_id) * FROM rapportage.positieve_gezondheid WHERE moment = 'start' ORDER BY lid_id, gemeten_op) s
       JOIN (SELECT DISTINCT ON (lid_id) * FROM rapportage.positieve_gezondheid WHERE moment = 'evaluatie' AND gemeten_op >= $1::date AND gemeten_op < $2::date ORDER BY lid_id, gemeten_op DESC) l ON l.lid_id = s.lid_id)
     SELECT h.gemeente, ${DIMENSIES.map((d) => `avg(p.${d})::float AS ${d}`).join(', ')} FROM paren p JOIN rapportage.huishouden h ON h.id = p.huishouden_id GROUP BY p.huishouden_id, h.gemeente`,
    param,
  );
  const gemiddeldPer = <R extends PerGemeente>(lijst: R[], veld: keyof R) =>
    rijen.map((g) => publiceerGemiddelde(lijst.filter((r) => (g === 'Regio' || r.gemeente === g) && r[veld] !== null && r[veld] !== undefined).map((r) => Number(r[veld])), regels));
  const kolomsgewijs = (kolommen: PubliekeCel[][]): PubliekeCel[][] => rijen.map((_, ri) => kolommen.map((k) => k[ri]!));

  const overig: PubliekeTabel[] = [
    {
      id: 'ervaring',
      titel: 'Ervaring van huishoudens (gemiddelde, 1–5)',
      toelichting: `De laatste ervaringsmeting per huishouden in de periode; "weet niet" telt niet mee. Alleen gepubliceerd bij minstens ${regels.minimum} huishoudens.`,
      rijen,
      kolommen: ERVARING_STELLINGEN.map((s) => ERVARING_STELLING_TEKSTEN[s]),
      cellen: kolomsgewijs(ERVARING_STELLINGEN.map((s) => gemiddeldPer(ervaring, s))),
    },
    {
      id: 'doorlooptijd',
      titel: 'Van aanmelding tot vastgesteld plan (gemiddeld aantal dagen)',
      toelichting: `Plannen die in de periode zijn vastgesteld. Alleen gepubliceerd bij minstens ${regels.minimum} plannen.`,
      rijen,
      kolommen: ['Dagen'],
      cellen: kolomsgewijs([gemiddeldPer(doorlooptijd, 'dagen')]),
    },
    {
      id: 'positieve-gezondheid',
      titel: 'Positieve gezondheid: verandering sinds de start (gemiddelde, schaal 0–10)',
      toelichting: `Per huishouden de gemiddelde verandering van zijn leden tussen de startmeting en de laatste meting bij een evaluatie in de periode. Alleen gepubliceerd bij minstens ${regels.minimum} huishoudens.`,
      rijen,
      kolommen: GEZONDHEID_DIMENSIES.map((d) => GEZONDHEID_DIMENSIE_LABELS[d]),
      cellen: kolomsgewijs(DIMENSIES.map((d) => gemiddeldPer(gezondheid, d))),
    },
  ];
  // Of the complex cases: the share with a regie-afspraak, and the share whose plan covers several leefgebieden.
  const aandelen: AandeelTabel[] = [
    {
      id: 'regie-en-integraal',
      titel: 'Regie-afspraken en integraal werken (aandelen)',
      toelichting:
        `Van de complexe casussen: het deel met een regie-afspraak (doel: alle) en het deel waarvan het plan doelen heeft op meerdere leefgebieden. Berekend uit de afgeronde aantallen in de tabellen hierboven; alleen gepubliceerd als teller en noemer min teller allebei minstens ${regels.minimum} zijn en die aantallen getoond worden.`,
      kolommen: [
        { kop: 'Met regie-afspraak (%)', tabel: 'regie-bij', buiten: 'Geen afspraak' },
        { kop: 'Plan op meerdere leefgebieden (%)', tabel: 'leefgebieden-per-plan', buiten: '0 of 1' },
      ],
    },
  ];
  return { tellingen, aandelen, overig };
}
