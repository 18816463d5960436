import { problemen } from '../common/problemen.js';

export interface Periode {
  code: string;
  soort: 'kwartaal' | 'jaar';
  jaar: number;
  /** First day, inclusive. */
  start: string;
  /** Day after the last day: the period is [start, einde). */
  einde: string;
}

// Written out, not through Date.UTC, which reads the years 0–99 as 1900–1999.
const dag = (jaar: number, maand: number) => `${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}-01`;

/** "2026-K3" is July–September 2026; "2026" is the whole year. */
export function leesPeriode(code: string): Periode {
  const kwartaal = /^(\d{4})-K([1-4])$/.exec(code);
  if (kwartaal) {
    const jaar = Number(kwartaal[1]);
    const k = Number(kwartaal[2]);
    return { code, soort: 'kwartaal', jaar, start: dag(jaar, 3 * k - 2), einde: k === 4 ? dag(jaar + 1, 1) : dag(jaar, 3 * k + 1) };
  }
  const jaar = /^(\d{4})$/.exec(code);
  if (jaar) return { code, soort: 'jaar', jaar: Number(jaar[1]), start: dag(Number(jaar[1]), 1), einde: dag(Number(jaar[1]) + 1, 1) };
  throw problemen.ongeldigeInvoer([{ veld: 'periode', melding: 'Geef een kwartaal als 2026-K3 of een jaar als 2026.' }]);
}

/** The quarter before the one that contains `datum`, e.g. for publishing "the last full quarter". */
export function vorigKwartaal(datum: Date): string {
  const k = Math.floor(datum.getUTCMonth() / 3) + 1;
  return k === 1 ? `${datum.getUTCFullYear() - 1}-K4` : `${datum.getUTCFullYear()}-K${k - 1}`;
}

/**
 * A period beleid may publish: finished (its last day is before `vandaag`) and not before
 * `eersteJaar`, the first year the product held data. Anything else would freeze a release
 * that can never be removed.
 */
export function publiceerbarePeriode(code: string, vandaag: string, eersteJaar: number): Periode {
  const periode = leesPeriode(code);
  if (periode.jaar < eersteJaar) {
    throw problemen.ongeldigeInvoer([{ veld: 'periode', melding: `Kies een periode vanaf ${eersteJaar}; eerder zijn er geen gegevens.` }]);
  }
  if (periode.einde > vandaag) {
    throw problemen.ongeldigeInvoer([{ veld: 'periode', melding: `De periode ${periode.code} is nog niet voorbij; publiceer na afloop.` }]);
  }
  return periode;
}
