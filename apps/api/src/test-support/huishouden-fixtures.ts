import type { NieuwHuishoudenInvoer } from '@eenplan/contracts';
import { DataSource } from 'typeorm';
import type { TestApp } from './test-app.js';

export async function gemeenteId(t: TestApp, naam: string): Promise<string> {
  const [rij] = await t.app.get(DataSource).query(`SELECT id FROM gemeente WHERE naam = $1`, [naam]);
  return rij.id;
}

export async function gebruikerId(t: TestApp, gebruikersnaam: string): Promise<string> {
  const [rij] = await t.app.get(DataSource).query(`SELECT id FROM gebruiker WHERE gebruikersnaam = $1`, [gebruikersnaam]);
  return rij.id;
}

export function nieuwHuishouden(gemeente: string, achternaam = 'Jansen'): NieuwHuishoudenInvoer {
  return {
    gemeenteId: gemeente,
    straat: 'Markt',
    huisnummer: '12a',
    postcode: '6001 ab',
    woonplaats: 'Weert',
    leden: [
      { voornaam: 'Fatima', achternaam, geboortedatum: '1985-03-14', rol: 'ouder', bsn: '111222333' },
      { voornaam: 'Noah', achternaam, geboortedatum: '2014-09-01', rol: 'kind' },
    ],
  };
}

/** Adds a user to a household's team directly (the team routes come with the team issue). */
export async function zetInTeam(t: TestApp, huishoudenId: string, gebruiker: string, tot: string | null = null): Promise<void> {
  await t.app.get(DataSource).query(`INSERT INTO betrokkene (huishouden_id, gebruiker_id, rol, van, tot) VALUES ($1, $2, 'consulent', '2020-01-01', $3)`, [
    huishoudenId,
    await gebruikerId(t, gebruiker),
    tot,
  ]);
}
