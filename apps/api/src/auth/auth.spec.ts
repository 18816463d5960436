import type { HuidigeGebruiker, Probleem } from '@eenplan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { enkeleRij } from '../common/sql.js';
import { DEMO_WACHTWOORD } from '../seed/demo-seed.js';
import { body } from '../test-support/antwoord.js';
import { inloggenAls, maakTestGebruiker, startTestApp, uniekIp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

function sessieCookie(setCookie: string[] | string | undefined): string {
  const regels = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const regel = regels.find((r) => r.startsWith('eenplan_sessie='));
  if (!regel) throw new Error('geen sessiecookie gezet');
  return regel;
}

describe('inloggen', () => {
  it('signs in a demo user and describes them, with the CASL rules for the web app', async () => {
    const antwoord = await t
      .http()
      .post('/api/auth/inloggen')
      .set('X-Forwarded-For', uniekIp())
      .send({ gebruikersnaam: 'consulent.weert', wachtwoord: DEMO_WACHTWOORD })
      .expect(200);
    const me = body<HuidigeGebruiker>(antwoord);
    expect(me.gebruiker).toMatchObject({ gebruikersnaam: 'consulent.weert', naam: 'Sanne Vermeulen', rol: 'consulent' });
    expect(me.organisatie).toMatchObject({ naam: 'CJG Midden-Limburg', soort: 'cjg' });
    expect(me.gemeenten.map((g) => g.naam)).toEqual(['Weert']);
    expect(me.regels).toContainEqual({ action: 'read', subject: 'Werkvoorraad' });
    expect(me.csrfToken).toMatch(/^[\w-]{43}$/);
    const cookie = sessieCookie(antwoord.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // APP_ENV=test; see the production test below
  });

  it('marks the cookie Secure in production', async () => {
    const prod = await startTestApp({ APP_ENV: 'production', DATABASE_URL: 'postgres://ongebruikt/x', DATABASE_RAPPORTAGE_URL: 'postgres://ongebruikt/x', DATABASE_MIGRATIE_URL: 'postgres://ongebruikt/x' });
    try {
      const antwoord = await prod
        .http()
        .post('/api/auth/inloggen')
        .set('X-Forwarded-For', uniekIp())
        .send({ gebruikersnaam: 'consulent.leudal', wachtwoord: DEMO_WACHTWOORD })
        .expect(200);
      expect(sessieCookie(antwoord.headers['set-cookie'])).toMatch(/Secure/);
    } finally {
      await prod.close();
    }
  });

  it('is case-insensitive in the username', async () => {
    await t.http().post('/api/auth/inloggen').set('X-Forwarded-For', uniekIp()).send({ gebruikersnaam: 'Beheer', wachtwoord: DEMO_WACHTWOORD }).expect(200);
  });

  it('answers a wrong password and an unknown user with the same 401 message', async () => {
    const fout = await t.http().post('/api/auth/inloggen').set('X-Forwarded-For', uniekIp()).send({ gebruikersnaam: 'beleid.mlw', wachtwoord: 'fout' }).expect(401);
    const onbekend = await t.http().post('/api/auth/inloggen').set('X-Forwarded-For', uniekIp()).send({ gebruikersnaam: 'bestaat.niet', wachtwoord: 'fout' }).expect(401);
    expect(fout.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(body<Probleem>(fout)).toEqual({
      type: 'urn:eenplan:probleem:inloggen-mislukt',
      title: 'Inloggen mislukt',
      status: 401,
      detail: 'Gebruikersnaam of wachtwoord onjuist.',
    });
    expect(body<Probleem>(onbekend)).toEqual(body<Probleem>(fout));
    expect(fout.headers['set-cookie']).toBeUndefined();
  });

  it('names the field that is wrong, and refuses unknown fields', async () => {
    const leeg = await t.http().post('/api/auth/inloggen').send({ gebruikersnaam: '', wachtwoord: 'x' }).expect(400);
    expect(body<Probleem>(leeg).fouten).toEqual([{ veld: 'gebruikersnaam', melding: 'Vul uw gebruikersnaam in.' }]);
    const typen = await t.http().post('/api/auth/inloggen').send({ gebruikersnaam: 12, wachtwoord: ['x'] }).expect(400);
    expect(body<Probleem>(typen).fouten!.map((f) => f.veld).sort()).toEqual(['gebruikersnaam', 'wachtwoord']);
    const extra = await t.http().post('/api/auth/inloggen').send({ gebruikersnaam: 'a', wachtwoord: 'b', rol: 'beheer' }).expect(400);
    expect(body<Probleem>(extra).fouten![0]!.veld).toBe('rol');
    const lang = await t.http().post('/api/auth/inloggen').send({ gebruikersnaam: 'a'.repeat(5000), wachtwoord: 'b' }).expect(400);
    expect(body<Probleem>(lang).fouten![0]!.veld).toBe('gebruikersnaam');
  });

  it('refuses bodies that are not JSON (415) and broken JSON (400), in Dutch', async () => {
    const formulier = await t.http().post('/api/auth/inloggen').type('form').send('gebruikersnaam=beheer&wachtwoord=x').expect(415);
    expect(body<Probleem>(formulier).detail).toMatch(/JSON/);
    const kapot = await t.http().post('/api/auth/inloggen').set('Content-Type', 'application/json').send('{"gebruikersnaam":').expect(400);
    expect(body<Probleem>(kapot).detail).toBe('De meegestuurde gegevens zijn geen geldige JSON.');
    const groot = await t.http().post('/api/auth/inloggen').send({ gebruikersnaam: 'a', wachtwoord: 'b'.repeat(300_000) }).expect(413);
    expect(body<Probleem>(groot).title).toBe('Verzoek te groot');
  });

  it('stores passwords as argon2id with at least t=2, m=19 MiB, p=1', async () => {
    const rij = await enkeleRij<{ wachtwoord_hash: string }>(t.app.get(DataSource), `SELECT wachtwoord_hash FROM gebruiker WHERE gebruikersnaam = 'consulent.weert'`);
    const [, soort, versie, parameters] = String(rij.wachtwoord_hash).split('$');
    expect(soort).toBe('argon2id');
    expect(versie).toBe('v=19');
    const waarden = Object.fromEntries(parameters!.split(',').map((paar) => paar.split('=') as [string, string]));
    expect(Number(waarden.m)).toBeGreaterThanOrEqual(19 * 1024);
    expect(Number(waarden.t)).toBeGreaterThanOrEqual(2);
    expect(Number(waarden.p)).toBe(1);
  });
});

describe('sessies', () => {
  it('gives a new session id at login and ends the one the browser had', async () => {
    const agent = t.http();
    const ip = uniekIp();
    const eerste = await agent.post('/api/auth/inloggen').set('X-Forwarded-For', ip).send({ gebruikersnaam: 'professional.amw', wachtwoord: DEMO_WACHTWOORD }).expect(200);
    const tweede = await agent.post('/api/auth/inloggen').set('X-Forwarded-For', ip).send({ gebruikersnaam: 'professional.amw', wachtwoord: DEMO_WACHTWOORD }).expect(200);
    const oud = sessieCookie(eerste.headers['set-cookie']).split(';')[0]!;
    const nieuw = sessieCookie(tweede.headers['set-cookie']).split(';')[0]!;
    expect(nieuw).not.toBe(oud);
    expect(body<HuidigeGebruiker>(tweede).csrfToken).not.toBe(body<HuidigeGebruiker>(eerste).csrfToken);
    await t.http().get('/api/auth/me').set('Cookie', oud).expect(401);
    await t.http().get('/api/auth/me').set('Cookie', nieuw).expect(200);
  });

  it('ends a session after 30 minutes without activity', async () => {
    const { agent } = await inloggenAls(t, 'consulent.leudal');
    t.klok.verzet(29);
    await agent.get('/api/auth/me').expect(200);
    t.klok.verzet(29); // 29 minutes after the last request: still alive
    await agent.get('/api/auth/me').expect(200);
    t.klok.verzet(31);
    const verlopen = await agent.get('/api/auth/me').expect(401);
    expect(body<Probleem>(verlopen).detail).toBe('Uw sessie is verlopen. Log opnieuw in.');
    expect(body<Probleem>(verlopen).type).toBe('urn:eenplan:probleem:sessie-verlopen');
    await agent.get('/api/auth/me').expect(401);
  });

  it('ends a session 12 hours after login however active it is', async () => {
    const { agent } = await inloggenAls(t, 'consulent.leudal');
    for (let stap = 0; stap < 35; stap += 1) {
      t.klok.verzet(20); // active every 20 minutes, so never idle
      await agent.get('/api/auth/me').expect(200);
    }
    t.klok.verzet(19); // 11h59: still fine
    await agent.get('/api/auth/me').expect(200);
    t.klok.verzet(2); // 12h01
    const antwoord = await agent.get('/api/auth/me').expect(401);
    expect(body<Probleem>(antwoord).detail).toMatch(/verlopen/);
  });

  it('logs out server-side: the old cookie is worthless afterwards', async () => {
    const { agent, csrf } = await inloggenAls(t, 'beleid.mlw');
    const me = await agent.get('/api/auth/me').expect(200);
    expect(body<HuidigeGebruiker>(me).gebruiker.rol).toBe('beleid');
    const uit = await agent.post('/api/auth/uitloggen').set('x-csrf-token', csrf).expect(200);
    expect(String(uit.headers['set-cookie'])).toMatch(/eenplan_sessie=;/);
    const nietIngelogd = await agent.get('/api/auth/me').expect(401);
    expect(body<Probleem>(nietIngelogd).detail).toBe('U bent niet ingelogd.');
    expect(body<Probleem>(nietIngelogd).type).toBe('urn:eenplan:probleem:niet-ingelogd');
  });

  it('refuses a state-changing request without the CSRF token, and with a wrong one', async () => {
    const { agent, csrf } = await inloggenAls(t, 'beleid.mlw');
    const zonder = await agent.post('/api/auth/uitloggen').expect(403);
    expect(body<Probleem>(zonder).detail).toMatch(/CSRF-token/);
    await agent.post('/api/auth/uitloggen').set('x-csrf-token', csrf.slice(1) + 'x').expect(403);
    await agent.get('/api/auth/me').expect(200); // refused requests did nothing
    await agent.post('/api/auth/uitloggen').set('x-csrf-token', csrf).expect(200);
  });

  it('ends all sessions of an account that beheer disables, and refuses its login', async () => {
    const gebruiker = await maakTestGebruiker(t);
    const zijn = t.http();
    await zijn.post('/api/auth/inloggen').set('X-Forwarded-For', uniekIp()).send({ gebruikersnaam: gebruiker.gebruikersnaam, wachtwoord: gebruiker.wachtwoord }).expect(200);
    await zijn.get('/api/auth/me').expect(200);

    const beheer = await inloggenAls(t, 'beheer');
    const antwoord = await beheer.agent.patch(`/api/beheer/gebruikers/${gebruiker.id}`).set('x-csrf-token', beheer.csrf).send({ actief: false }).expect(200);
    // Only what this test reads of the account (contracts has no type for it yet).
    expect(body<{ id: string; actief: boolean }>(antwoord)).toMatchObject({ id: gebruiker.id, actief: false });

    const weg = await zijn.get('/api/auth/me').expect(401);
    expect(body<Probleem>(weg).detail).toBe('U bent niet ingelogd.');
    const opnieuw = await t.http().post('/api/auth/inloggen').set('X-Forwarded-For', uniekIp()).send({ gebruikersnaam: gebruiker.gebruikersnaam, wachtwoord: gebruiker.wachtwoord }).expect(403);
    expect(body<Probleem>(opnieuw).detail).toMatch(/uitgeschakeld/);
  });
});

// Login throttling (back-off per account + address and per address) is tested in inlog-begrenzing.spec.ts.
