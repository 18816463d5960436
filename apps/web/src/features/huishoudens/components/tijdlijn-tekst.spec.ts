import { describe, expect, it } from 'vitest';
import type { TijdlijnEntiteit, TijdlijnRegel, WijzigingSoort } from '@eenplan/contracts';
import { beschrijf, gebeurtenisTekst, waardeTekst } from './tijdlijn-tekst';

const regel = (anders: Partial<TijdlijnRegel>): TijdlijnRegel => ({
  id: 'r1',
  entiteit: 'huishouden',
  entiteitId: 'e1',
  versie: 1,
  soort: 'aangemaakt',
  tijdstip: '2026-12-02T09:00:00Z',
  veranderingen: {},
  door: { naam: 'Mark Janssen', organisatie: 'CJG Midden-Limburg' },
  ...anders,
});

// What the API writes to the timeline (tijdlijn/versies.ts, Entiteit) and which audit events
// can concern one household; written out by hand, as the web app may not import the API.
const ENTITEITEN: TijdlijnEntiteit[] = ['huishouden', 'lid', 'plan', 'doel', 'actie', 'betrokkene', 'toestemming', 'regie_afspraak', 'evaluatie', 'veiligheidssignaal', 'bijdrage', 'grondslag', 'positieve_gezondheid'];
const GEBEURTENISSEN = ['huishouden_aangemaakt', 'huishouden_ingezien', 'huishouden_gewijzigd', 'tijdlijn_ingezien', 'inzage_ingezien', 'verwijsindex_geraadpleegd', 'ervaringsmeting_ingevuld', 'toegang_geweigerd'];

describe('beschrijf (a timeline entry in Dutch)', () => {
  it.each(ENTITEITEN)('names "%s" in Dutch, never by its key', (entiteit) => {
    for (const soort of ['aangemaakt', 'gewijzigd', 'verwijderd'] satisfies WijzigingSoort[]) {
      const { kop } = beschrijf(regel({ entiteit, soort }));
      expect(kop).not.toContain('_');
      expect(kop).not.toMatch(new RegExp(`^${entiteit}\\b`));
    }
  });

  it('a measurement of positieve gezondheid: what and when, in words', () => {
    expect(beschrijf(regel({ entiteit: 'positieve_gezondheid', veranderingen: { moment: { oud: null, nieuw: 'start' } } }))).toEqual({
      kop: 'Meting positieve gezondheid vastgelegd',
      details: ['Moment: Bij de start'],
    });
    expect(beschrijf(regel({ entiteit: 'positieve_gezondheid', veranderingen: { moment: { oud: null, nieuw: 'evaluatie' } } })).details).toEqual(['Moment: Bij een evaluatie']);
  });

  it('a change shows old → new with the labels of the codes, in the order of the form', () => {
    const { kop, details } = beschrijf(
      regel({
        entiteit: 'doel',
        soort: 'gewijzigd',
        veranderingen: { status: { oud: 'open', nieuw: 'bezig' }, leefgebied: { oud: 'inkomen_schulden', nieuw: 'wonen' }, prioriteit: { oud: 2, nieuw: 1 } },
      }),
    );
    expect(kop).toBe('Doel gewijzigd');
    expect(details).toEqual(['Leefgebied: Inkomen & schulden → Wonen', 'Prioriteit: 2 → 1', 'Status: Nog niet begonnen → Mee bezig']);
  });

  it('the same code reads differently for a goal, an action and a plan', () => {
    const status = (entiteit: TijdlijnEntiteit, oud: string, nieuw: string) => beschrijf(regel({ entiteit, soort: 'gewijzigd', veranderingen: { status: { oud, nieuw } } })).details[0];
    expect(status('doel', 'bezig', 'behaald')).toBe('Status: Mee bezig → Behaald');
    expect(status('actie', 'open', 'gedaan')).toBe('Status: Open → Gedaan');
    expect(status('plan', 'concept', 'vastgesteld')).toBe('Status: Concept → Vastgesteld');
  });

  it('a held evaluation is "vastgelegd", with its day written out; ids and who-did-it are left out', () => {
    const { kop, details } = beschrijf(
      regel({
        entiteit: 'evaluatie',
        soort: 'gewijzigd',
        veranderingen: { gehoudenOp: { oud: null, nieuw: '2026-12-06' }, planId: { oud: null, nieuw: 'p1' }, vastgelegdDoor: { oud: null, nieuw: 'u1' }, regiePassend: { oud: null, nieuw: false } },
      }),
    );
    expect(kop).toBe('Evaluatie vastgelegd');
    expect(details).toEqual(['Gehouden op: 6 december 2026', 'Regie past nog: Nee']);
  });

  it('a value that was removed reads "was"', () => {
    expect(beschrijf(regel({ entiteit: 'betrokkene', soort: 'gewijzigd', veranderingen: { tot: { oud: '2027-01-31', nieuw: null } } })).details).toEqual(['Tot en met was: 31 januari 2027']);
  });

  it('the special steps have their own headings', () => {
    expect(beschrijf(regel({ entiteit: 'plan', soort: 'vastgesteld' })).kop).toBe('Plan van aanpak vastgesteld');
    expect(beschrijf(regel({ entiteit: 'betrokkene', soort: 'beeindigd' })).kop).toBe('Teamlid uit het team');
    expect(beschrijf(regel({ entiteit: 'toestemming', soort: 'ingetrokken' })).kop).toBe('Toestemming ingetrokken');
  });
});

describe('waardeTekst', () => {
  it('writes empty, yes/no, lists of laws and quotes the words of the household', () => {
    expect(waardeTekst('lid', 'bsn', null)).toBe('(leeg)');
    expect(waardeTekst('lid', 'bsn', '')).toBe('(leeg)');
    expect(waardeTekst('regie_afspraak', 'huishoudenAkkoord', true)).toBe('Ja');
    expect(waardeTekst('grondslag', 'wetten', ['wmo2015', 'jeugdwet'])).toBe('Wmo 2015, Jeugdwet');
    expect(waardeTekst('grondslag', 'wetten', [])).toBe('(geen)');
    expect(waardeTekst('doel', 'omschrijving', 'Weer rust in huis')).toBe('„Weer rust in huis”');
  });

  it('an unknown code stays as it is, and a stored object reads as JSON, not "[object Object]"', () => {
    expect(waardeTekst('doel', 'leefgebied', 'onbekend_gebied')).toBe('onbekend_gebied');
    expect(waardeTekst('huishouden', 'adres', { straat: 'Markt' })).toBe('{"straat":"Markt"}');
  });
});

describe('gebeurtenisTekst (who read or changed this file)', () => {
  it.each(GEBEURTENISSEN)('names "%s" in Dutch', (gebeurtenis) => {
    expect(gebeurtenisTekst(gebeurtenis)).not.toContain('_');
  });

  it('says what happened in the user’s words', () => {
    expect(gebeurtenisTekst('ervaringsmeting_ingevuld')).toBe('Ervaringsmeting ingevuld');
    expect(gebeurtenisTekst('huishouden_ingezien')).toBe('Dossier bekeken');
  });
});
