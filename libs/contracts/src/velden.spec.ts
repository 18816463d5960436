import { describe, expect, it } from 'vitest';
import { lidSchema, nieuwDoelSchema } from './huishoudens.js';
import { datum, tekst, toelichting } from './velden.js';

const fout = (uitkomst: { success: boolean; error?: { issues: { message: string }[] } }) => (uitkomst.success ? null : uitkomst.error!.issues[0]!.message);

describe('tekst', () => {
  const naam = tekst(100, 'Vul de naam in.');
  const omschrijving = tekst(2000, 'Beschrijf het doel.', { meerdereRegels: true });

  it.each([
    ['NUL', 'Jan\u0000sen'],
    ['a control character', 'Jan\u0007sen'],
    ['a newline in a one-line field', 'Jan\nsen'],
    ['a bidi override', 'Jan\u202Esen'],
    ['a lone surrogate', 'Jan\uD800sen'],
    ['the replacement character', 'Jan\uFFFDsen'],
  ])('refuses %s with a Dutch message', (_wat, waarde) => {
    expect(fout(naam.safeParse(waarde))).toMatch(/tekens die niet in een tekst horen|niet goed is overgekomen/);
  });

  it('refuses text made only of invisible characters as empty', () => {
    expect(fout(naam.safeParse('\u200B\u200D \uFEFF'))).toBe('Vul de naam in.');
  });

  it('normalises to NFC, trims, and keeps a well-formed emoji', () => {
    expect(naam.parse('  Jose\u0301 ')).toBe('José');
    expect(naam.parse('Anne 👩‍👧')).toBe('Anne 👩‍👧');
  });

  it('allows tab and newline in multi-line text, and turns CRLF into LF', () => {
    expect(omschrijving.parse('Eerst dit\r\nDan\tdat')).toBe('Eerst dit\nDan\tdat');
    expect(fout(omschrijving.safeParse('Eerst\u0000dit'))).toMatch(/tekens die niet in een tekst horen/);
  });

  it('counts the length after cleaning', () => {
    expect(fout(tekst(3).safeParse('abcd'))).toBe('Gebruik hoogstens 3 tekens.');
    expect(tekst(3).parse(' abc ')).toBe('abc');
  });

  it('lets an optional explanation be empty but not dirty', () => {
    expect(toelichting(10).parse(undefined)).toBeUndefined();
    expect(toelichting(10).parse('')).toBe('');
    expect(fout(toelichting(10).safeParse('a\u202Eb'))).toMatch(/tekens/);
    expect(fout(toelichting(10).safeParse('\u200B\u200B'))).toMatch(/alleen onzichtbare tekens/);
  });
});

describe('datum', () => {
  it.each(['0000-01-01', '0001-01-01', '1899-12-31', '9999-12-31'])('refuses %s', (d) => {
    expect(datum().safeParse(d).success).toBe(false);
  });
  it('accepts plausible dates', () => {
    expect(datum().parse('1900-01-01')).toBe('1900-01-01');
    expect(datum().parse('2026-12-02')).toBe('2026-12-02');
  });
});

describe('the schemas use them', () => {
  it('refuses a member born in year 1 and a goal of zero-width spaces', () => {
    expect(lidSchema.safeParse({ voornaam: 'A', achternaam: 'B', geboortedatum: '0001-01-01', rol: 'ouder' }).success).toBe(false);
    expect(fout(nieuwDoelSchema.safeParse({ leefgebied: 'wonen', omschrijving: '\u200B\u200B', prioriteit: 1 }))).toBe('Beschrijf het doel in de woorden van het huishouden.');
  });
});

describe('evaluatie vastleggen', () => {
  it('refuses the same doel twice, naming the second line', async () => {
    const { evaluatieVastleggenSchema } = await import('./team.js');
    const doelId = '00000000-0000-4000-8000-000000000001';
    const uitkomst = evaluatieVastleggenSchema.safeParse({ versie: 1, gehoudenOp: '2026-01-01', gehoordEnGezien: 'ja', regiePassend: true, doelen: [{ doelId, voortgang: 'op_weg' }, { doelId, voortgang: 'behaald' }] });
    expect(uitkomst.success).toBe(false);
    expect(uitkomst.error!.issues.map((i) => i.path.join('.'))).toEqual(['doelen.1.doelId']);
  });
});
