import { describe, expect, it } from 'vitest';
import { metDataSource, migreer } from '../database/database.js';
import { rijen } from '../common/sql.js';
import { legeDatabase } from '../test-support/test-app.js';
import { maakEersteBeheerAccount } from './eerste-account.js';

describe('beheer:eerste-account', () => {
  it('makes the first beheer account with an invitation on an empty database, once', async () => {
    const url = (await legeDatabase()).eigenaar;
    await migreer(url);
    await metDataSource(url, async (db) => {
      const invoer = { gebruikersnaam: 'B.Eerste', naam: 'Bea Eerste', email: 'bea@roermond.nl', organisatie: 'Gemeente Roermond' };
      const link = await maakEersteBeheerAccount(db, invoer, 'https://eenplan.example.nl/');
      expect(link).toMatch(/^https:\/\/eenplan\.example\.nl\/uitnodiging\/[A-Za-z0-9_-]{43}$/);
      expect(await rijen(db, `SELECT g.gebruikersnaam, g.rol, o.naam AS organisatie FROM gebruiker g JOIN organisatie o ON o.id = g.organisatie_id`)).toEqual([
        { gebruikersnaam: 'b.eerste', rol: 'beheer', organisatie: 'Gemeente Roermond' },
      ]);
      expect(await rijen(db, `SELECT count(*)::int AS n FROM uitnodiging`)).toEqual([{ n: 1 }]);
      await expect(maakEersteBeheerAccount(db, { ...invoer, gebruikersnaam: 'tweede', email: 'x@y.nl' }, 'https://x')).rejects.toThrow('Er is al een account voor functioneel beheer.');
    });
  });
});
