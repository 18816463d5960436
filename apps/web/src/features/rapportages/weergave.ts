import { ERVARING_STELLING_TEKSTEN, markeringTeken, STANDAARD_ONTHULLINGSREGELS, type Markering, type OnthullingsRegels, type PubliekeCel, type PubliekeTabel } from '@eenplan/contracts';

const getal = new Intl.NumberFormat('nl-NL');
const eenDecimaal = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const totEenDecimaal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const datumTijd = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });

/** "2026-K3" → "3e kwartaal 2026", "2026" → "heel 2026", "2026-K3-12M" → "2026-K3 (12 maanden)". */
export function periodeLabel(periode: string): string {
  const rollend = /^(\d{4}-K[1-4])-12M$/.exec(periode);
  if (rollend) return `${rollend[1]} (12 maanden)`;
  const kwartaal = /^(\d{4})-K([1-4])$/.exec(periode);
  if (kwartaal) return `${kwartaal[2]}e kwartaal ${kwartaal[1]}`;
  return /^\d{4}$/.test(periode) ? `heel ${periode}` : periode;
}

/** Orders periods by their end: a rolling year and a year come after the quarter they end with (they sum it up). */
export function periodeVolgorde(periode: string): number {
  const delen = /^(\d{4})(?:-K([1-4])(-12M)?)?$/.exec(periode);
  if (!delen) return 0;
  return Number(delen[1]) * 10 + (delen[2] ? Number(delen[2]) + (delen[3] ? 0.3 : 0) : 4.5);
}

/** Newest period first. */
export function nieuwsteEerst<T extends { periode: string }>(lijst: T[]): T[] {
  return [...lijst].sort((a, b) => periodeVolgorde(b.periode) - periodeVolgorde(a.periode));
}

/** Short label for a chart axis: "2026-K3" → "K3 2026". */
export function periodeKort(periode: string): string {
  const kwartaal = /^(\d{4})-(K[1-4])(-12M)?$/.exec(periode);
  return kwartaal ? `${kwartaal[2]} ${kwartaal[1]}${kwartaal[3] ? ' (12 mnd)' : ''}` : periode;
}

export function tijdstipLabel(iso: string): string {
  const datum = new Date(iso);
  return Number.isNaN(datum.getTime()) ? iso : datumTijd.format(datum);
}

/** The markers for withheld figures, the same in tables, charts and CSV. */
export type { Markering };

/** Per marker: its sign, the words a screen reader says, a short legend under a table, and the full explanation. */
export type Markeringen = Record<Markering, { teken: string; voorlezen: string; kort: string; uitleg: string }>;

/** The markers under the rules a release was built with (its minimum, 10 by default). */
export function markeringen({ minimum }: OnthullingsRegels = STANDAARD_ONTHULLINGSREGELS): Markeringen {
  return {
    klein: {
      teken: markeringTeken('klein', { minimum }),
      voorlezen: `minder dan ${minimum}`,
      kort: `minder dan ${minimum} huishoudens`,
      uitleg: `Het gaat om 1 tot en met ${minimum - 1} huishoudens. Het precieze aantal laten we niet zien.`,
    },
    onderdrukt: {
      teken: markeringTeken('onderdrukt'),
      voorlezen: 'niet getoond',
      kort: 'weggelaten, zodat een klein aantal niet uit te rekenen is',
      uitleg:
        'Dit cijfer laten we weg, omdat u anders met de andere cijfers een klein aantal zou kunnen uitrekenen. Ook als bijna iedereen in één groep valt, laten we de verdeling weg. Een percentage laten we weg als een aantal waaruit het is berekend niet getoond wordt.',
    },
    dominant: {
      teken: markeringTeken('dominant'),
      voorlezen: 'niet getoond, bijna iedereen in één groep',
      kort: 'weggelaten, omdat bijna iedereen in deze rij in één groep valt',
      uitleg: 'Bijna alle huishoudens in deze rij vallen in één groep. Dan laten we de verdeling weg, anders weet u iets over ieder huishouden in die rij.',
    },
    te_weinig: {
      teken: markeringTeken('te_weinig'),
      voorlezen: 'te weinig huishoudens',
      kort: 'te weinig huishoudens voor een percentage of gemiddelde',
      uitleg: `Te weinig huishoudens (minder dan ${minimum}) om een percentage of gemiddelde te geven.`,
    },
  };
}

/** What one cell says: a figure, or a marker for a withheld one. */
export type CelWeergave = { soort: 'cijfer'; tekst: string; waarde: number } | { soort: 'markering'; markering: Markering };

export function celWeergave(cel: PubliekeCel): CelWeergave {
  switch (cel.soort) {
    case 'aantal':
      return { soort: 'cijfer', tekst: getal.format(cel.waarde), waarde: cel.waarde };
    case 'aandeel':
      return { soort: 'cijfer', tekst: `${totEenDecimaal.format(cel.procent)}%`, waarde: cel.procent };
    case 'gemiddelde':
      return { soort: 'cijfer', tekst: eenDecimaal.format(cel.waarde), waarde: cel.waarde };
    case 'klein':
    case 'onderdrukt':
    case 'dominant':
    case 'te_weinig':
      return { soort: 'markering', markering: cel.soort };
  }
}

/** The text of a cell as a sentence part, for chart descriptions and screen readers. */
export function celVoorlezen(cel: PubliekeCel | undefined, tekens: Markeringen): string {
  if (!cel) return 'geen cijfer';
  const weergave = celWeergave(cel);
  return weergave.soort === 'cijfer' ? weergave.tekst : tekens[weergave.markering].voorlezen;
}

/** The markers that occur in a table, in a fixed order, for its legend. */
export function markeringenIn(tabel: PubliekeTabel): Markering[] {
  const gevonden = new Set(tabel.cellen.flat().map((cel) => cel.soort));
  return (['klein', 'onderdrukt', 'dominant', 'te_weinig'] as const).filter((m) => gevonden.has(m));
}

/**
 * What kind of figure a column holds, so a chart can pick its scale: "score" is a mean on the
 * 1–5 scale of the questionnaire; "onbekend" when every figure is withheld.
 */
export type Maat = 'aantal' | 'aandeel' | 'gemiddelde' | 'score' | 'onbekend';
export function maatVan(cellen: (PubliekeCel | undefined)[], vijfpuntsschaal = false): Maat {
  for (const cel of cellen) {
    if (cel?.soort === 'aandeel') return 'aandeel';
    if (cel?.soort === 'gemiddelde') return vijfpuntsschaal ? 'score' : 'gemiddelde';
    if (cel?.soort === 'aantal') return 'aantal';
  }
  return 'onbekend';
}

/** The unit of a chart's value axis. */
export const MAAT_EENHEID: Record<Maat, string> = {
  aantal: 'aantal',
  aandeel: 'percentage',
  gemiddelde: 'gemiddelde',
  score: 'gemiddelde op een schaal van 1 tot 5',
  onbekend: '',
};

/** The "Regio" row of a table (the last row when it is not named so). */
export function regioRij(tabel: PubliekeTabel): number {
  const index = tabel.rijen.findIndex((rij) => rij.toLowerCase() === 'regio');
  return index >= 0 ? index : tabel.rijen.length - 1;
}

/** The column a chart shows by default: "Totaal" when the table has it, else the first. */
export function standaardKolom(tabel: PubliekeTabel): string {
  return tabel.kolommen.find((kolom) => kolom.toLowerCase() === 'totaal') ?? tabel.kolommen[0] ?? '';
}

export function cel(tabel: PubliekeTabel, rij: number, kolom: string): PubliekeCel | undefined {
  const k = tabel.kolommen.indexOf(kolom);
  return k < 0 ? undefined : tabel.cellen[rij]?.[k];
}

/** A column name inside a sentence: without its closing full stop (the statements have one). */
export function kolomInZin(kolom: string): string {
  return kolom.replace(/\.$/, '');
}

/** Whether a column holds answers on the 1–5 scale of the questionnaire (one of its statements, or a table that says "1–5"). */
export function isVijfpuntsschaal(tabel: PubliekeTabel, kolom: string): boolean {
  return Object.values<string>(ERVARING_STELLING_TEKSTEN).includes(kolom) || /\b1[–-]5\b/.test(tabel.titel);
}

/** How many figures a release shows (counts, shares, means): the dashboard opens on the period that shows the most. */
export function aantalCijfers(tabellen: PubliekeTabel[]): number {
  return tabellen.reduce((som, t) => som + t.cellen.flat().filter((c) => c.soort === 'aantal' || c.soort === 'aandeel' || c.soort === 'gemiddelde').length, 0);
}
