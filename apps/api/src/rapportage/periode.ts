import { problemen } from '../common/problemen.js';

export interface Periode {
  code: string;
  soort: 'kwartaal' | 'jaar';
  /** First day, inclusive. */
  start: string;
  /** Day after the last day: the period is [start, einde). */
  einde: string;
}

const dag = (jaar: number, maand: number) => new Date(Date.UTC(jaar, maand - 1, 1)).toISOString().slice(0, 10);

/** "2026-K3" is July–September 2026; "2026" is the whole year. */
export function leesPeriode(code: string): Periode {
  const kwartaal = /^(\d{4})-K([1-4])$/.exec(code);
  if (kwartaal) {
    const jaar = Number(kwartaal[1]);
    const k = Number(kwartaal[2]);
    return { code, soort: 'kwartaal', start: dag(jaar, 3 * k - 2), einde: k === 4 ? dag(jaar + 1, 1) : dag(jaar, 3 * k + 1) };
  }
  const jaar = /^(\d{4})$/.exec(code);
  if (jaar) return { code, soort: 'jaar', start: dag(Number(jaar[1]), 1), einde: dag(Number(jaar[1]) + 1, 1) };
  throw problemen.ongeldigeInvoer([{ veld: 'periode', melding: 'Geef een kwartaal als 2026-K3 of een jaar als 2026.' }]);
}

/** The quarter before the one that contains `datum`, e.g. for publishing "the last full quarter". */
export function vorigKwartaal(datum: Date): string {
  const k = Math.floor(datum.getUTCMonth() / 3) + 1;
  return k === 1 ? `${datum.getUTCFullYear() - 1}-K4` : `${datum.getUTCFullYear()}-K${k - 1}`;
}
