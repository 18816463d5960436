import type { PubliekeCel } from '@eenplan/contracts';
import { celWeergave, type Maat, type Markeringen } from './weergave';

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

export interface Schaal {
  min: number;
  max: number;
  /** Where bars start: 0, or 1 on a 1–5 scale. */
  basis: number;
  streepjes: number[];
  label: (waarde: number) => string;
}

/**
 * The value axis: shares 0–100 %, means of the questionnaire on its own 1–5 scale, anything
 * else (counts, days, changes that may be negative) from a round number below to a round
 * number above, always including 0.
 */
export function schaalVoor(maat: Maat, waarden: number[]): Schaal {
  const label = (w: number) => (maat === 'aandeel' ? `${getal.format(w)}%` : getal.format(w));
  // Nothing to measure: only the base line, no numbers that would suggest a scale.
  if (maat === 'onbekend') return { min: 0, max: 1, basis: 0, streepjes: [0], label: () => '' };
  if (maat === 'aandeel') return { min: 0, max: 100, basis: 0, streepjes: [0, 25, 50, 75, 100], label };
  if (maat === 'score' && waarden.every((w) => w >= 1 && w <= 5)) return { min: 1, max: 5, basis: 1, streepjes: [1, 2, 3, 4, 5], label };
  const laag = Math.min(0, ...waarden);
  const hoog = Math.max(maat === 'aantal' ? 10 : 1, ...waarden);
  const ruweStap = (hoog - laag) / 4;
  const macht = 10 ** Math.floor(Math.log10(ruweStap));
  const stap = ([1, 2, 2.5, 5, 10].find((f) => f * macht >= ruweStap) ?? 10) * macht;
  const min = Math.floor(laag / stap) * stap;
  const max = Math.ceil(hoog / stap) * stap;
  const streepjes = Array.from({ length: Math.round((max - min) / stap) + 1 }, (_, i) => Math.round((min + i * stap) * 100) / 100);
  return { min, max, basis: 0, streepjes, label };
}

/** One point or bar of a chart: a figure, a withheld figure (with its marker), or nothing at all. */
export type Punt = { soort: 'waarde'; waarde: number; tekst: string } | { soort: 'verborgen'; teken: string } | { soort: 'geen' };

export function puntVan(cel: PubliekeCel | undefined, tekens: Markeringen): Punt {
  if (!cel) return { soort: 'geen' };
  const weergave = celWeergave(cel);
  return weergave.soort === 'cijfer'
    ? { soort: 'waarde', waarde: weergave.waarde, tekst: weergave.tekst }
    : { soort: 'verborgen', teken: tekens[weergave.markering].teken };
}
