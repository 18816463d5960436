import { z } from './zod-nl.js';

/** One published cell. Counts are rounded to a multiple of 5; small or revealing cells are withheld. */
export type PubliekeCel =
  | { soort: 'aantal'; waarde: number }
  /** true count 1–9 (1 to the minimum − 1) */
  | { soort: 'klein' }
  /** withheld so that a small cell cannot be worked out from the others (secondary suppression); its true count is at least 10. A share: one of the counts it is worked out from is withheld */
  | { soort: 'onderdrukt' }
  /** withheld because nearly everyone in this row falls in one category: every category of the row is hidden, whatever its count */
  | { soort: 'dominant' }
  | { soort: 'aandeel'; procent: number }
  /** a mean (1–5 for experience, days for lead time, a change on 0–10 for positieve gezondheid), over at least 10 households */
  | { soort: 'gemiddelde'; waarde: number; n: `ten minste ${number}` }
  /** share or mean withheld: too few households */
  | { soort: 'te_weinig' };

export interface PubliekeTabel {
  /** Stable id, e.g. "actieve-plannen". */
  id: string;
  titel: string;
  /** What is counted, in plain Dutch (always distinct households unless said otherwise). */
  toelichting: string;
  /** Row labels: the gemeenten, then "Regio". */
  rijen: string[];
  /** Column labels: the breakdown categories, then "Totaal" where the table has one. */
  kolommen: string[];
  cellen: PubliekeCel[][];
}

/** Disclosure-control rules of a release; these are the defaults of thema 2, configurable per installation. */
export interface OnthullingsRegels {
  /** Counts 1..minimum-1 are withheld ("<10"); shares and means need this many households. */
  minimum: number;
  /** Published counts are rounded to a multiple of this. */
  afronding: number;
  /** A breakdown row where one category holds at least this share of the total is withheld. */
  dominantie: number;
}
export const STANDAARD_ONTHULLINGSREGELS: OnthullingsRegels = { minimum: 10, afronding: 5, dominantie: 0.9 };

/** The kinds of withheld cell. */
export type Markering = 'klein' | 'onderdrukt' | 'dominant' | 'te_weinig';

/** The sign of a withheld cell ("<10", "×", "te weinig"): one place, so tables, charts and CSV say the same. */
export function markeringTeken(markering: Markering, { minimum }: Pick<OnthullingsRegels, 'minimum'> = STANDAARD_ONTHULLINGSREGELS): string {
  switch (markering) {
    case 'klein':
      return `<${minimum}`;
    case 'onderdrukt':
    case 'dominant':
      return '×';
    case 'te_weinig':
      return 'te weinig';
  }
}

/** A quarter ("2026-K3"), a calendar year ("2026") or the rolling year of the last four quarters ("2026-K3-12M", shown as "2026-K3 (12 maanden)"). */
export type PeriodeSoort = 'kwartaal' | 'jaar' | 'rollend';

export interface Release {
  /** e.g. "2026-K3" (quarter), "2026" (year) or "2026-K3-12M" (the four quarters up to and including 2026-K3). */
  periode: string;
  soort: PeriodeSoort;
  gepubliceerdOp: string;
  /** SHA-256 of the canonical JSON of `tabellen`: a re-run of the same release gives the same hash. */
  hash: string;
  /** The disclosure-control rules the release was built under (missing in releases from before they were recorded). */
  regels?: OnthullingsRegels;
  tabellen: PubliekeTabel[];
}

export interface ReleaseOverzicht {
  periode: string;
  soort: PeriodeSoort;
  gepubliceerdOp: string;
  hash: string;
}

export const periodeVeld = z
  .string()
  .trim()
  .regex(/^\d{4}(-K[1-4](-12M)?)?$/, 'Geef een kwartaal als 2026-K3, een jaar als 2026 of twaalf maanden als 2026-K3-12M.');
export const releaseMakenSchema = z.object({ periode: periodeVeld }).strict();

/** The household's own experience, asked at evaluations (thema 2): 1 (helemaal niet) … 5 (helemaal wel), or "weet niet". */
export const ERVARING_STELLINGEN = ['perspectief', 'regie', 'integraal', 'effect', 'gehoord', 'tevredenheid'] as const;
export type ErvaringStelling = (typeof ERVARING_STELLINGEN)[number];
export const ERVARING_STELLING_TEKSTEN: Record<ErvaringStelling, string> = {
  perspectief: 'Er is gewerkt vanuit wat wij belangrijk vinden.',
  regie: 'Wij hebben en houden zelf de regie, of weten wie die voor ons heeft.',
  integraal: 'Er is samen naar al onze leefgebieden gekeken.',
  effect: 'De hulp helpt ons echt verder.',
  gehoord: 'Wij voelen ons gehoord en gezien.',
  tevredenheid: 'Over het geheel zijn wij tevreden over de ondersteuning.',
};
/** 1–5, or null for "weet niet". */
const score = z.union([z.number().int().min(1).max(5), z.null()], { message: 'Kies 1 tot en met 5, of "weet niet".' });
export const ervaringsmetingSchema = z
  .object(Object.fromEntries(ERVARING_STELLINGEN.map((s) => [s, score])) as Record<ErvaringStelling, typeof score>)
  .strict();
export type ErvaringsmetingInvoer = z.infer<typeof ervaringsmetingSchema>;

/** Huber's six dimensions of positieve gezondheid, each scored 0–10 by the person. */
export const GEZONDHEID_DIMENSIES = ['lichaamsfuncties', 'mentaalWelbevinden', 'zingeving', 'kwaliteitVanLeven', 'meedoen', 'dagelijksFunctioneren'] as const;
export type GezondheidDimensie = (typeof GEZONDHEID_DIMENSIES)[number];
export const GEZONDHEID_DIMENSIE_LABELS: Record<GezondheidDimensie, string> = {
  lichaamsfuncties: 'Lichaamsfuncties',
  mentaalWelbevinden: 'Mentaal welbevinden',
  zingeving: 'Zingeving',
  kwaliteitVanLeven: 'Kwaliteit van leven',
  meedoen: 'Meedoen',
  dagelijksFunctioneren: 'Dagelijks functioneren',
};
const GEZONDHEID_SCORE = 'Geef een score van 0 tot en met 10.';
const dimensie = z.number({ message: GEZONDHEID_SCORE }).int(GEZONDHEID_SCORE).min(0, GEZONDHEID_SCORE).max(10, GEZONDHEID_SCORE);
export const positieveGezondheidSchema = z
  .object({
    lidId: z.uuid('Kies voor wie de meting is.'),
    moment: z.enum(['start', 'evaluatie'], { message: 'Kies bij de start of bij een evaluatie.' }),
    ...(Object.fromEntries(GEZONDHEID_DIMENSIES.map((d) => [d, dimensie])) as Record<GezondheidDimensie, typeof dimensie>),
  })
  .strict();

/** Recorded by the professional with the household at an evaluation. */
export const ervaringsmetingVastleggenSchema = ervaringsmetingSchema.extend({ evaluatieId: z.uuid('Dit is geen geldig id.') }).strict();
