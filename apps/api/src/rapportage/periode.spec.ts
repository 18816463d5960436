import type { ProbleemFout } from '../common/problemen.js';
import { describe, expect, it } from 'vitest';
import { kwartalenVan, leesPeriode, publiceerbarePeriode } from './periode.js';

/** The problem an HttpException carries, as text (the field and its Dutch message). */
function melding(f: () => unknown): string {
  try {
    f();
  } catch (fout) {
    return JSON.stringify((fout as ProbleemFout).fouten);
  }
  return 'geen fout';
}

describe('periods', () => {
  it('reads the years 0–99 as themselves, not as 1900–1999', () => {
    expect(leesPeriode('0099')).toMatchObject({ jaar: 99, start: '0099-01-01', einde: '0100-01-01' });
    expect(leesPeriode('0001-K1')).toMatchObject({ jaar: 1, start: '0001-01-01', einde: '0001-04-01' });
  });

  it('gives each quarter its months and a year its days, the end exclusive', () => {
    expect(leesPeriode('2026-K1')).toMatchObject({ soort: 'kwartaal', start: '2026-01-01', einde: '2026-04-01' });
    expect(leesPeriode('2026-K4')).toMatchObject({ soort: 'kwartaal', start: '2026-10-01', einde: '2027-01-01' });
    expect(leesPeriode('2026')).toMatchObject({ soort: 'jaar', start: '2026-01-01', einde: '2027-01-01' });
  });

  it('publishes only finished periods from the first year on', () => {
    expect(publiceerbarePeriode('2026-K3', '2026-10-01', 2020).code).toBe('2026-K3');
    expect(() => publiceerbarePeriode('2026-K3', '2026-09-30', 2020)).toThrow();
    expect(() => publiceerbarePeriode('2026', '2026-12-02', 2020)).toThrow();
    expect(publiceerbarePeriode('2020-K1', '2026-12-02', 2020).code).toBe('2020-K1');
    expect(() => publiceerbarePeriode('2019-K4', '2026-12-02', 2020)).toThrow();
  });

  it('reads a rolling year as the four quarters up to and including the one named', () => {
    expect(leesPeriode('2026-K3-12M')).toMatchObject({ soort: 'rollend', start: '2025-10-01', einde: '2026-10-01' });
    expect(leesPeriode('2026-K4-12M')).toMatchObject({ soort: 'rollend', start: '2026-01-01', einde: '2027-01-01' });
    expect(kwartalenVan(leesPeriode('2026-K3-12M'))).toEqual(['2025-K4', '2026-K1', '2026-K2', '2026-K3']);
    expect(kwartalenVan(leesPeriode('2026'))).toEqual(['2026-K1', '2026-K2', '2026-K3', '2026-K4']);
    expect(kwartalenVan(leesPeriode('2026-K2'))).toEqual(['2026-K2']);
    expect(() => leesPeriode('2026-12M')).toThrow();
  });

  it('publishes a rolling year only when all four quarters are over, and says which is still running', () => {
    expect(publiceerbarePeriode('2026-K3-12M', '2026-10-01', 2020).code).toBe('2026-K3-12M');
    expect(melding(() => publiceerbarePeriode('2026-K4-12M', '2026-12-02', 2020))).toMatch(/"veld":"periode".*2026-K4 loopt nog/);
    // Its first quarter must be in a year with data.
    expect(melding(() => publiceerbarePeriode('2020-K3-12M', '2026-12-02', 2020))).toMatch(/vanaf 2020/);
    expect(publiceerbarePeriode('2020-K4-12M', '2026-12-02', 2020).code).toBe('2020-K4-12M');
  });
});
