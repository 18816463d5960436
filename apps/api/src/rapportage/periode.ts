import type { PeriodeSoort } from '@eenplan/contracts';
import { problemen } from '../common/problemen.js';

export interface Periode {
  code: string;
  soort: PeriodeSoort;
  jaar: number;
  /** First day, inclusive. */
  start: string;
  /** Day after the last day: the period is [start, einde). */
  einde: string;
}

// Written out, not through Date.UTC, which reads the years 0–99 as 1900–1999.
const dag = (jaar: number, maand: number) => `${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}-01`;

/**
 * "2026-K3" is July–September 2026; "2026" is the whole year; "2026-K3-12M" is the rolling
 * year that ends with 2026-K3 (2025-K4 up to and including 2026-K3), shown as
 * "2026-K3 (12 maanden)": four quarters carry enough households where one quarter does not.
 */
export function leesPeriode(code: string): Periode {
  const rollend = /^(\d{4})-K([1-4])-12M$/.exec(code);
  if (rollend) {
    const kwartaal = leesPeriode(`${rollend[1]}-K${rollend[2]}`);
    return { code, soort: 'rollend', jaar: kwartaal.jaar, start: `${String(Number(kwartaal.einde.slice(0, 4)) - 1).padStart(4, '0')}${kwartaal.einde.slice(4)}`, einde: kwartaal.einde };
  }
  const kwartaal = /^(\d{4})-K([1-4])$/.exec(code);
  if (kwartaal) {
    const jaar = Number(kwartaal[1]);
    const k = Number(kwartaal[2]);
    return { code, soort: 'kwartaal', jaar, start: dag(jaar, 3 * k - 2), einde: k === 4 ? dag(jaar + 1, 1) : dag(jaar, 3 * k + 1) };
  }
  const jaar = /^(\d{4})$/.exec(code);
  if (jaar) return { code, soort: 'jaar', jaar: Number(jaar[1]), start: dag(Number(jaar[1]), 1), einde: dag(Number(jaar[1]) + 1, 1) };
  throw problemen.ongeldigeInvoer([{ veld: 'periode', melding: 'Geef een kwartaal als 2026-K3, een jaar als 2026 of twaalf maanden als 2026-K3-12M.' }]);
}

/** The quarters a period consists of, in order: one for a quarter, four for a year or a rolling year. */
export function kwartalenVan(p: Periode): string[] {
  const uit: string[] = [];
  for (let d = p.start; d < p.einde; ) {
    const jaar = Number(d.slice(0, 4));
    const maand = Number(d.slice(5, 7));
    const k = (maand + 2) / 3;
    uit.push(`${String(jaar).padStart(4, '0')}-K${k}`);
    d = k === 4 ? dag(jaar + 1, 1) : dag(jaar, maand + 3);
  }
  return uit;
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
  if (Number(periode.start.slice(0, 4)) < eersteJaar) {
    throw problemen.ongeldigeInvoer([{ veld: 'periode', melding: `Kies een periode vanaf ${eersteJaar}; eerder zijn er geen gegevens.` }]);
  }
  if (periode.soort === 'rollend' && periode.einde > vandaag) {
    const open = kwartalenVan(periode).filter((k) => leesPeriode(k).einde > vandaag);
    throw problemen.ongeldigeInvoer([
      { veld: 'periode', melding: `De twaalf maanden tot en met ${periode.code.slice(0, 7)} zijn nog niet voorbij: ${open.join(', ')} ${open.length === 1 ? 'loopt' : 'lopen'} nog. Kies een eerder kwartaal als einde.` },
    ]);
  }
  if (periode.einde > vandaag) {
    throw problemen.ongeldigeInvoer([{ veld: 'periode', melding: `De periode ${periode.code} is nog niet voorbij; publiceer na afloop.` }]);
  }
  return periode;
}
