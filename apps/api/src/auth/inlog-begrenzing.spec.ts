import type { Probleem } from '@eenplan/contracts';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Begrenzer } from '../begrenzing/begrenzer.service.js';
import { rijen } from '../common/sql.js';
import { body } from '../test-support/antwoord.js';
import { maakTestGebruiker, startTestApp, uniekIp, type TestApp } from '../test-support/test-app.js';

/**
 * Login throttling (issue 11, findings 1 and 10): reserved atomically before the password is
 * checked, per account + address and per address, with exponential back-off instead of a lock.
 * Defaults: 5 attempts per account + address and 20 per address before the first pause of 1 s.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

function poging(gebruikersnaam: string, wachtwoord: string, ip: string) {
  return t.http().post('/api/auth/inloggen').set('X-Forwarded-For', ip).send({ gebruikersnaam, wachtwoord });
}

/** How many answers had each status, e.g. { 401: 5, 429: 15 }. */
function telling(antwoorden: Response[]): Record<number, number> {
  const uit: Record<number, number> = {};
  for (const a of antwoorden) uit[a.status] = (uit[a.status] ?? 0) + 1;
  return uit;
}

const retryAfter = (a: Response) => Number(a.headers['retry-after']);

/** Moves the test clock just past a pause of `seconden` (the clock counts in minutes). */
function wacht(seconden: number) {
  t.klok.verzet((seconden * 1000 + 50) / 60_000);
}

describe('a burst cannot outrun the limit', () => {
  it('answers 20 wrong passwords sent at once with exactly 5×401 and 15×429', async () => {
    const gebruiker = await maakTestGebruiker(t);
    const ip = uniekIp();
    const antwoorden = await Promise.all(Array.from({ length: 20 }, () => poging(gebruiker.gebruikersnaam, 'fout', ip)));
    expect(telling(antwoorden)).toEqual({ 401: 5, 429: 15 });
    for (const a of antwoorden.filter((x) => x.status === 429)) {
      expect(retryAfter(a)).toBe(1);
      expect(body<Probleem>(a).detail).toBe('Te veel mislukte inlogpogingen. Probeer het over 1 seconde opnieuw.');
    }
  });

  it('lets 30 guesses at once on 30 accounts from one address check only 20 passwords', async () => {
    const ip = uniekIp();
    const antwoorden = await Promise.all(Array.from({ length: 30 }, (_, i) => poging(`gok.${i}.${ip}`, 'fout', ip)));
    expect(telling(antwoorden)).toEqual({ 401: 20, 429: 10 });
  });

  it('checks only 5 of 40 passwords sent at once; the right one among them gets in only if it was one of those 5', async () => {
    const gebruiker = await maakTestGebruiker(t);
    const ip = uniekIp();
    const juist = 17; // its place in the burst; the order of arrival is up to the network
    const antwoorden = await Promise.all(
      Array.from({ length: 40 }, (_, i) => poging(gebruiker.gebruikersnaam, i === juist ? gebruiker.wachtwoord : `fout-${i}`, ip)),
    );
    const tellingen = telling(antwoorden);
    // Exactly 5 passwords were checked (401 or 200), the other 35 refused unchecked.
    expect((tellingen[401] ?? 0) + (tellingen[200] ?? 0)).toBe(5);
    expect(tellingen[429]).toBe(35);
    const zijn = antwoorden[juist]!;
    expect([200, 429]).toContain(zijn.status);
    expect(tellingen[200] ?? 0).toBe(zijn.status === 200 ? 1 : 0);

    // Refused in the burst, the right password gets in once the pause is over.
    wacht(retryAfter(antwoorden.find((a) => a.status === 429)!));
    await poging(gebruiker.gebruikersnaam, gebruiker.wachtwoord, ip).expect(200);
  });
});

describe('back-off instead of a lock', () => {
  it('doubles the pause with every further attempt, up to LOGIN_BACKOFF_MAX_SECONDS', async () => {
    const gebruiker = await maakTestGebruiker(t);
    const ip = uniekIp();
    for (let i = 0; i < 5; i += 1) await poging(gebruiker.gebruikersnaam, 'fout', ip).expect(401);
    const pauzes: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const geweigerd = await poging(gebruiker.gebruikersnaam, 'fout', ip).expect(429);
      pauzes.push(retryAfter(geweigerd));
      // Still refused a moment before the pause ends.
      t.klok.verzet((pauzes.at(-1)! * 1000 - 500) / 60_000);
      await poging(gebruiker.gebruikersnaam, 'fout', ip).expect(429);
      t.klok.verzet(0.6 / 60);
      await poging(gebruiker.gebruikersnaam, 'fout', ip).expect(401);
    }
    expect(pauzes).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
    const laatste = await poging(gebruiker.gebruikersnaam, gebruiker.wachtwoord, ip).expect(429);
    expect(body<Probleem>(laatste).detail).toBe('Te veel mislukte inlogpogingen. Probeer het over 15 minuten opnieuw.');
    // Never locked for good: after the pause the owner is in.
    wacht(retryAfter(laatste));
    await poging(gebruiker.gebruikersnaam, gebruiker.wachtwoord, ip).expect(200);
  });

  it('does not stop the owner at address B while address A keeps guessing', async () => {
    const gebruiker = await maakTestGebruiker(t);
    const aanvaller = uniekIp();
    const eigenaar = uniekIp();
    const burst = await Promise.all(Array.from({ length: 20 }, () => poging(gebruiker.gebruikersnaam, 'fout', aanvaller)));
    expect(telling(burst)).toEqual({ 401: 5, 429: 15 });
    await poging(gebruiker.gebruikersnaam, 'fout', aanvaller).expect(429);
    // Five failures from five other addresses (the old test's lock-out) don't count against B either.
    for (let i = 0; i < 5; i += 1) await poging(gebruiker.gebruikersnaam, 'fout', uniekIp()).expect(401);
    await poging(gebruiker.gebruikersnaam, gebruiker.wachtwoord, eigenaar).expect(200);
    // The attacker is still paused, the owner is not.
    await poging(gebruiker.gebruikersnaam, 'fout', aanvaller).expect(429);
    await poging(gebruiker.gebruikersnaam, gebruiker.wachtwoord, eigenaar).expect(200);
  });

  it('lets a right password behind a busy address in after the pause, and other addresses at once', async () => {
    const gebruiker = await maakTestGebruiker(t);
    const kantoor = uniekIp();
    for (let i = 0; i < 20; i += 1) await poging(`gok.${i}.${kantoor}`, 'fout', kantoor).expect(401);
    const geweigerd = await poging(gebruiker.gebruikersnaam, gebruiker.wachtwoord, kantoor).expect(429);
    expect(retryAfter(geweigerd)).toBe(1);
    await poging(gebruiker.gebruikersnaam, gebruiker.wachtwoord, uniekIp()).expect(200);
    wacht(retryAfter(geweigerd));
    await poging(gebruiker.gebruikersnaam, gebruiker.wachtwoord, kantoor).expect(200);
  });

  it('starts the count for account and address over after a right password', async () => {
    const gebruiker = await maakTestGebruiker(t);
    const ip = uniekIp();
    for (let i = 0; i < 4; i += 1) await poging(gebruiker.gebruikersnaam, 'fout', ip).expect(401);
    await poging(gebruiker.gebruikersnaam, gebruiker.wachtwoord, ip).expect(200);
    // The fifth attempt set a pause of 1 s; a success does not cut a running pause short.
    await poging(gebruiker.gebruikersnaam, 'fout', ip).expect(429);
    wacht(1);
    for (let i = 0; i < 5; i += 1) await poging(gebruiker.gebruikersnaam, 'fout', ip).expect(401);
    await poging(gebruiker.gebruikersnaam, 'fout', ip).expect(429);
  });

  it('does not count right passwords against an address: colleagues behind one office address keep their allowance', async () => {
    const gebruiker = await maakTestGebruiker(t);
    const kantoor = uniekIp();
    for (let i = 0; i < 22; i += 1) await poging(gebruiker.gebruikersnaam, gebruiker.wachtwoord, kantoor).expect(200);
    for (let i = 0; i < 3; i += 1) await poging(`typo.${i}.${kantoor}`, 'fout', kantoor).expect(401);
  });

  it('audits a refused attempt without checking its password', async () => {
    const gebruiker = await maakTestGebruiker(t);
    const ip = uniekIp();
    for (let i = 0; i < 5; i += 1) await poging(gebruiker.gebruikersnaam, 'fout', ip).expect(401);
    await poging(gebruiker.gebruikersnaam, gebruiker.wachtwoord, ip).expect(429);
    const [laatste] = await rijen<{ gebeurtenis: string; gebruiker_id: string | null; details: Record<string, unknown> }>(
      t.app.get(DataSource),
      `SELECT gebeurtenis, gebruiker_id, details FROM audit_log ORDER BY id DESC LIMIT 1`,
    );
    expect(laatste).toEqual({ gebeurtenis: 'inloggen_mislukt', gebruiker_id: null, details: { reden: 'te_veel_pogingen' } });
  });
});

describe('opruimen', () => {
  it('removes keys a quiet window old at the next successful login, and keeps live ones', async () => {
    const db = t.app.get(DataSource);
    const begrenzer = t.app.get(Begrenzer);
    const oud = uniekIp();
    const levend = uniekIp();
    await poging('bestaat.niet', 'fout', oud).expect(401);
    t.klok.verzet(16); // LOGIN_WINDOW_MINUTES is 15
    await poging('bestaat.niet', 'fout', levend).expect(401);
    const gebruiker = await maakTestGebruiker(t);
    await poging(gebruiker.gebruikersnaam, gebruiker.wachtwoord, uniekIp()).expect(200);
    const over = await rijen<{ sleutel: string }>(db, `SELECT sleutel FROM begrenzing WHERE sleutel = ANY($1)`, [
      [begrenzer.sleutel('inloggen_adres', oud), begrenzer.sleutel('inloggen_adres', levend)],
    ]);
    expect(over).toEqual([{ sleutel: begrenzer.sleutel('inloggen_adres', levend) }]);
    const verlopen = await rijen<{ n: number }>(db, `SELECT count(*)::int AS n FROM begrenzing WHERE vervalt_op <= $1`, [t.klok.nu()]);
    expect(verlopen).toEqual([{ n: 0 }]);
  });
});
