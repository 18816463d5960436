import { describe, expect, it } from 'vitest';
import { nieuwHuishoudenSchema } from './huishoudens.js';
import { veldfouten } from './problemen.js';
import { markeringTeken } from './rapportage.js';
import { z } from './zod-nl.js';

describe('veldfouten', () => {
  it('names each field by its dotted path, unknown fields by their keys, and the whole request otherwise', () => {
    const uitkomst = nieuwHuishoudenSchema.safeParse({ gemeenteId: 'x', straat: 'Markt', huisnummer: '1', postcode: '6001AB', woonplaats: 'Weert', leden: [{ voornaam: 'A', achternaam: 'B', geboortedatum: '1990-01-01', rol: 'ouder', bsn: '123456789' }], extra: 1 });
    expect(uitkomst.success).toBe(false);
    const fouten = veldfouten(uitkomst.error!);
    expect(fouten).toContainEqual({ veld: 'gemeenteId', melding: 'Dit is geen geldig id.' });
    expect(fouten).toContainEqual({ veld: 'leden.0.bsn', melding: 'Dit BSN is ongeldig (het voldoet niet aan de elfproef).' });
    expect(fouten.map((f) => f.veld)).toContain('extra');
    const geheel = veldfouten(z.string().safeParse(1).error!);
    expect(geheel).toHaveLength(1);
    expect(geheel[0]!.veld).toBe('(verzoek)');
  });
});

describe('markeringTeken', () => {
  it('gives the same signs as the dashboard and CSV explain, following the release’s minimum', () => {
    expect(markeringTeken('klein')).toBe('<10');
    expect(markeringTeken('klein', { minimum: 25 })).toBe('<25');
    expect(markeringTeken('onderdrukt')).toBe('×');
    expect(markeringTeken('dominant')).toBe('×');
    expect(markeringTeken('te_weinig')).toBe('te weinig');
  });
});
