import type { HuidigeGebruiker, NieuwHuishoudenInvoer, Rol } from '@eenplan/contracts';
import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { enkeleRij } from '../common/sql.js';
import { body } from './antwoord.js';
import { maakTestGebruiker, uniekIp, type TestApp } from './test-app.js';

export async function gemeenteId(t: TestApp, naam: string): Promise<string> {
  return (await enkeleRij<{ id: string }>(t.app.get(DataSource), `SELECT id FROM gemeente WHERE naam = $1`, [naam])).id;
}

export async function gebruikerId(t: TestApp, gebruikersnaam: string): Promise<string> {
  return (await enkeleRij<{ id: string }>(t.app.get(DataSource), `SELECT id FROM gebruiker WHERE gebruikersnaam = $1`, [gebruikersnaam])).id;
}

const uitgegeven = new Set<string>();
/**
 * A fresh BSN that passes the elfproef. A BSN may be in one active household only, and all test
 * files share one database, so every registration gets its own: random over the ~90 million
 * valid numbers (a clash between files is about one in 10^5 per run), never twice in one file.
 */
export function uniekBsn(): string {
  for (;;) {
    const cijfers = Array.from({ length: 8 }, () => randomInt(10));
    const laatste = cijfers.reduce((som, c, i) => som + c * (9 - i), 0) % 11;
    const bsn = cijfers.join('') + String(laatste);
    if (laatste <= 9 && bsn !== '000000000' && !uitgegeven.has(bsn)) {
      uitgegeven.add(bsn);
      return bsn;
    }
  }
}

export function nieuwHuishouden(gemeente: string, achternaam = 'Jansen'): NieuwHuishoudenInvoer {
  return {
    gemeenteId: gemeente,
    straat: 'Markt',
    huisnummer: '12a',
    postcode: '6001 ab',
    woonplaats: 'Weert',
    leden: [
      { voornaam: 'Fatima', achternaam, geboortedatum: '1985-03-14', rol: 'ouder', bsn: uniekBsn() },
      { voornaam: 'Noah', achternaam, geboortedatum: '2014-09-01', rol: 'kind' },
    ],
  };
}

/** Adds a user to a household's team directly (the team routes come with the team issue). */
export async function zetInTeam(t: TestApp, huishoudenId: string, gebruiker: string, tot: string | null = null): Promise<void> {
  await t.app.get(DataSource).query(
    `INSERT INTO betrokkene (huishouden_id, gebruiker_id, organisatie_id, rol, van, tot) SELECT $1, id, organisatie_id, 'consulent', '2020-01-01', $3 FROM gebruiker WHERE id = $2`,
    [huishoudenId, await gebruikerId(t, gebruiker), tot],
  );
}

/** A fresh account working for `gemeenten` (of `organisatieNaam`, or the default of its role), signed in. */
export async function nieuwAccount(t: TestApp, rol: Rol, gemeenten: string[], organisatieNaam?: string) {
  const gebruiker = await maakTestGebruiker(t, rol, organisatieNaam);
  for (const gemeente of gemeenten) {
    await t.app.get(DataSource).query(`INSERT INTO gebruiker_gemeente (gebruiker_id, gemeente_id) VALUES ($1, $2)`, [gebruiker.id, await gemeenteId(t, gemeente)]);
  }
  const agent = t.http();
  const inloggen = async () =>
    body<HuidigeGebruiker>(await agent.post('/api/auth/inloggen').set('X-Forwarded-For', uniekIp()).send({ gebruikersnaam: gebruiker.gebruikersnaam, wachtwoord: gebruiker.wachtwoord }).expect(200));
  const login = await inloggen();
  /** After moving the clock past the idle timeout: a new session, returns its CSRF token. */
  const opnieuwInloggen = async () => (await inloggen()).csrfToken;
  return { id: gebruiker.id, agent, csrf: login.csrfToken, me: login, opnieuwInloggen };
}

/** A fresh consultant of `gemeente`, signed in: their lists hold only what the test gives them. */
export const nieuweConsulent = (t: TestApp, gemeente: string) => nieuwAccount(t, 'consulent', [gemeente]);
