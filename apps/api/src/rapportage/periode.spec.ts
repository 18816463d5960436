import { describe, expect, it } from 'vitest';
import { leesPeriode, publiceerbarePeriode } from './periode.js';

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
});
