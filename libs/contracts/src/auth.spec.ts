import { describe, expect, it } from 'vitest';
import { inloggenSchema } from './index.js';

describe('inloggenSchema', () => {
  it('accepts a username and password and trims the username', () => {
    expect(inloggenSchema.parse({ gebruikersnaam: ' beheer ', wachtwoord: 'x' })).toEqual({
      gebruikersnaam: 'beheer',
      wachtwoord: 'x',
    });
  });

  it('names the missing field in Dutch', () => {
    const resultaat = inloggenSchema.safeParse({ gebruikersnaam: '', wachtwoord: 'x' });
    expect(resultaat.success).toBe(false);
    expect(resultaat.error?.issues[0]?.path).toEqual(['gebruikersnaam']);
    expect(resultaat.error?.issues[0]?.message).toBe('Vul uw gebruikersnaam in.');
  });

  it('refuses unknown fields with a Dutch message', () => {
    const resultaat = inloggenSchema.safeParse({ gebruikersnaam: 'a', wachtwoord: 'b', rol: 'beheer' });
    expect(resultaat.success).toBe(false);
    expect(resultaat.error?.issues[0]?.message).toMatch(/onbekende|Onbekende|niet herkend|herkend/i);
  });
});
