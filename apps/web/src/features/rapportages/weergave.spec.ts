import { ERVARING_STELLING_TEKSTEN, type PubliekeCel, type PubliekeTabel } from '@eenplan/contracts';
import { describe, expect, it } from 'vitest';
import {
  cel,
  celVoorlezen,
  celWeergave,
  isVijfpuntsschaal,
  maatVan,
  markeringen,
  markeringenIn,
  nieuwsteEerst,
  periodeKort,
  periodeLabel,
  regioRij,
  standaardKolom,
} from './weergave';

const tabel = (anders: Partial<PubliekeTabel> = {}): PubliekeTabel => ({
  id: 'actieve-plannen',
  titel: 'Actieve plannen',
  toelichting: 'Huishoudens met een actief plan.',
  rijen: ['Leudal', 'Nederweert', 'Weert', 'Regio'],
  kolommen: ['Concept', 'Vastgesteld', 'Totaal'],
  cellen: [],
  ...anders,
});

describe('periods', () => {
  it('read as Dutch words', () => {
    expect(periodeLabel('2026-K3')).toBe('3e kwartaal 2026');
    expect(periodeLabel('2026')).toBe('heel 2026');
    expect(periodeKort('2026-K3')).toBe('K3 2026');
    expect(periodeLabel('iets anders')).toBe('iets anders');
    expect(periodeLabel('2026-K3-12M')).toBe('2026-K3 (12 maanden)');
    expect(periodeKort('2026-K3-12M')).toBe('K3 2026 (12 mnd)');
  });

  it('newest first, a year right after its fourth quarter', () => {
    const volgorde = nieuwsteEerst([{ periode: '2025-K4' }, { periode: '2026-K1' }, { periode: '2025' }, { periode: '2025-K3' }]).map((r) => r.periode);
    expect(volgorde).toEqual(['2026-K1', '2025', '2025-K4', '2025-K3']);
  });
});

describe('a cell on screen', () => {
  it('figures in Dutch notation: a count, a share with at most one decimal, a mean with exactly one', () => {
    expect(celWeergave({ soort: 'aantal', waarde: 1235 })).toEqual({ soort: 'cijfer', tekst: '1.235', waarde: 1235 });
    expect(celWeergave({ soort: 'aandeel', procent: 12.5 })).toEqual({ soort: 'cijfer', tekst: '12,5%', waarde: 12.5 });
    expect(celWeergave({ soort: 'aandeel', procent: 40 })).toMatchObject({ tekst: '40%' });
    expect(celWeergave({ soort: 'gemiddelde', waarde: 3, n: 'ten minste 10' })).toMatchObject({ tekst: '3,0' });
  });

  it('a withheld figure never shows a number, only its marker', () => {
    for (const soort of ['klein', 'onderdrukt', 'dominant', 'te_weinig'] as const) {
      expect(celWeergave({ soort })).toEqual({ soort: 'markering', markering: soort });
    }
  });

  it('read out: the figure, or what the marker means', () => {
    const tekens = markeringen();
    expect(celVoorlezen({ soort: 'aantal', waarde: 25 }, tekens)).toBe('25');
    expect(celVoorlezen({ soort: 'klein' }, tekens)).toBe('minder dan 10');
    expect(celVoorlezen({ soort: 'dominant' }, tekens)).toBe('niet getoond, bijna iedereen in één groep');
    expect(celVoorlezen(undefined, tekens)).toBe('geen cijfer');
  });
});

describe('markers follow the rules of the release', () => {
  it('by default fewer than 10', () => {
    const tekens = markeringen();
    expect(tekens.klein.teken).toBe('<10');
    expect(tekens.klein.uitleg).toContain('1 tot en met 9 huishoudens');
    expect(tekens.te_weinig.uitleg).toContain('minder dan 10');
  });

  it('with a minimum of 5: <5 and 1 to 4', () => {
    const tekens = markeringen({ minimum: 5, afronding: 5, dominantie: 0.9 });
    expect(tekens.klein.teken).toBe('<5');
    expect(tekens.klein.voorlezen).toBe('minder dan 5');
    expect(tekens.klein.uitleg).toContain('1 tot en met 4 huishoudens');
  });

  it('the legend lists the markers a table has, always in the same order', () => {
    const cellen: PubliekeCel[][] = [
      [{ soort: 'te_weinig' }, { soort: 'aantal', waarde: 15 }, { soort: 'klein' }],
      [{ soort: 'klein' }, { soort: 'onderdrukt' }, { soort: 'aantal', waarde: 20 }],
    ];
    expect(markeringenIn(tabel({ cellen }))).toEqual(['klein', 'onderdrukt', 'te_weinig']);
    expect(markeringenIn(tabel({ cellen: [[{ soort: 'aantal', waarde: 15 }]] }))).toEqual([]);
  });
});

describe('what a chart shows', () => {
  it('the scale follows the first figure that is shown; a mean of a statement is a 1–5 score', () => {
    expect(maatVan([{ soort: 'klein' }, { soort: 'aandeel', procent: 30 }])).toBe('aandeel');
    expect(maatVan([{ soort: 'gemiddelde', waarde: 3.5, n: 'ten minste 10' }])).toBe('gemiddelde');
    expect(maatVan([{ soort: 'gemiddelde', waarde: 3.5, n: 'ten minste 10' }], true)).toBe('score');
    expect(maatVan([{ soort: 'klein' }, undefined, { soort: 'onderdrukt' }])).toBe('onbekend');
  });

  it('the region row and the total column, else the last row and the first column', () => {
    expect(regioRij(tabel())).toBe(3);
    expect(regioRij(tabel({ rijen: ['Leudal', 'Weert'] }))).toBe(1);
    expect(standaardKolom(tabel())).toBe('Totaal');
    expect(standaardKolom(tabel({ kolommen: ['Ja', 'Nee'] }))).toBe('Ja');
  });

  it('finds a cell by row and column name', () => {
    const t = tabel({ cellen: [[{ soort: 'aantal', waarde: 1 }, { soort: 'aantal', waarde: 2 }, { soort: 'aantal', waarde: 3 }]] });
    expect(cel(t, 0, 'Vastgesteld')).toEqual({ soort: 'aantal', waarde: 2 });
    expect(cel(t, 0, 'Bestaat niet')).toBeUndefined();
    expect(cel(t, 5, 'Totaal')).toBeUndefined();
  });

  it('a statement of the questionnaire, or a table that says 1–5, is on the five-point scale', () => {
    const stelling = Object.values(ERVARING_STELLING_TEKSTEN)[0]!;
    expect(isVijfpuntsschaal(tabel(), stelling)).toBe(true);
    expect(isVijfpuntsschaal(tabel({ titel: 'Gemiddelde ervaring (1–5)' }), 'Totaal')).toBe(true);
    expect(isVijfpuntsschaal(tabel({ titel: 'Doorlooptijd in dagen' }), 'Totaal')).toBe(false);
  });
});
