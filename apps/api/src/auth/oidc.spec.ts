import { randomUUID } from 'node:crypto';
import type { HuidigeGebruiker, Probleem, UitloggenAntwoord } from '@eenplan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { laadConfig } from '../config/config.js';
import { body } from '../test-support/antwoord.js';
import { maakTestGebruiker, startTestApp, uniekIp, type TestApp } from '../test-support/test-app.js';
import { startOntwikkelProvider, type OntwikkelProvider } from './ontwikkel-provider.js';

const REDIRECT = 'http://127.0.0.1:3000/api/auth/oidc/terug';
const NA_UITLOGGEN = 'http://127.0.0.1:3000/';
const id = randomUUID().slice(0, 8);
const SUBJECT = { gekoppeld: `idp-gekoppeld-${id}`, onbekend: `idp-onbekend-${id}`, tweede: `idp-tweede-${id}` };

let provider: OntwikkelProvider;
let t: TestApp;
beforeAll(async () => {
  const clientSecret = randomUUID();
  provider = await startOntwikkelProvider({ clientId: 'eenplan-test', clientSecret, redirectUris: [REDIRECT], postLogoutRedirectUris: [NA_UITLOGGEN], subjects: Object.values(SUBJECT) });
  t = await startTestApp({ OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: 'eenplan-test', OIDC_CLIENT_SECRET: clientSecret, OIDC_REDIRECT_URL: REDIRECT, OIDC_POST_LOGOUT_URL: NA_UITLOGGEN });
});
afterAll(async () => {
  await t?.close();
  await provider?.stop();
});

/**
 * A browser at the provider, over real HTTP: follows its redirects with its cookies, fills in its
 * login form and its consent form, and stops where it sends the browser back to the app.
 */
async function bijProvider(start: string, login: string): Promise<URL> {
  const koekjes = new Map<string, string>();
  let url = new URL(start);
  let methode = 'GET';
  let formulier: URLSearchParams | undefined;
  for (let stap = 0; stap < 20; stap++) {
    const antwoord = await fetch(url, {
      method: methode,
      redirect: 'manual',
      headers: { cookie: [...koekjes].map(([k, v]) => `${k}=${v}`).join('; '), ...(formulier ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: formulier,
    });
    for (const regel of antwoord.headers.getSetCookie()) {
      const [paar] = regel.split(';');
      const [naam, ...waarde] = paar!.split('=');
      koekjes.set(naam!, waarde.join('='));
    }
    const locatie = antwoord.headers.get('location');
    if (locatie) {
      const volgende = new URL(locatie, url);
      if (volgende.href.startsWith(REDIRECT)) return volgende;
      url = volgende;
      methode = 'GET';
      formulier = undefined;
      continue;
    }
    const html = await antwoord.text();
    const actie = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!actie) throw new Error(`geen formulier bij de inlogdienst (status ${antwoord.status})`);
    formulier = new URLSearchParams();
    for (const [, naam, waarde] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) formulier.set(naam!, waarde!);
    if (html.includes('name="login"')) {
      formulier.set('login', login);
      formulier.set('password', 'elk-wachtwoord');
    }
    url = new URL(actie, url);
    methode = 'POST';
  }
  throw new Error('te veel stappen bij de inlogdienst');
}

/** The app's callback path, as the browser would ask it of the app. */
const pad = (terug: URL) => `${terug.pathname}${terug.search}`;

async function ingelogdeTestGebruiker() {
  const gebruiker = await maakTestGebruiker(t);
  const agent = t.http();
  const antwoord = await agent.post('/api/auth/inloggen').set('X-Forwarded-For', uniekIp()).send({ gebruikersnaam: gebruiker.gebruikersnaam, wachtwoord: gebruiker.wachtwoord }).expect(200);
  return { gebruiker, agent, csrf: body<HuidigeGebruiker>(antwoord).csrfToken };
}

describe('inloggen via de eigen organisatie (OpenID Connect)', () => {
  it('lets a signed-in user link their provider account, then signs them in with it, with acr/amr on the session and RP-initiated logout', async () => {
    const { gebruiker, agent, csrf } = await ingelogdeTestGebruiker();
    const { url } = body<{ url: string }>(await agent.post('/api/auth/oidc/koppelen').set('x-csrf-token', csrf).expect(200));
    const start = new URL(url);
    expect(start.origin).toBe(provider.issuer);
    expect(start.searchParams.get('code_challenge_method')).toBe('S256');
    expect(start.searchParams.get('state')).toBeTruthy();
    expect(start.searchParams.get('nonce')).toBeTruthy();
    const gekoppeld = await agent.get(pad(await bijProvider(url, SUBJECT.gekoppeld))).expect(303);
    expect(gekoppeld.headers['location']).toBe('/');

    const browser = t.http();
    const naarProvider = await browser.get('/api/auth/oidc/start').expect(303);
    const terug = await browser.get(pad(await bijProvider(naarProvider.headers['location']!, SUBJECT.gekoppeld))).expect(303);
    expect(terug.headers['location']).toBe('/');
    expect(String(terug.headers['set-cookie'])).toMatch(/eenplan_sessie=.*HttpOnly/);
    const me = body<HuidigeGebruiker>(await browser.get('/api/auth/me').expect(200));
    expect(me.gebruiker.id).toBe(gebruiker.id);

    const db = t.app.get(DataSource);
    const [sessie] = await db.query<{ acr: string | null; amr: string[] | null; met_token: boolean }[]>(`SELECT acr, amr, id_token IS NOT NULL AS met_token FROM sessie WHERE gebruiker_id = $1 AND id_token IS NOT NULL`, [gebruiker.id]);
    expect(sessie).toBeDefined();
    const [audit] = await db.query<{ details: Record<string, unknown> }[]>(`SELECT details FROM audit_log WHERE gebeurtenis = 'inloggen' AND gebruiker_id = $1 AND details->>'methode' = 'oidc'`, [gebruiker.id]);
    expect(audit?.details).toMatchObject({ methode: 'oidc', acr: sessie!.acr });

    const uit = body<UitloggenAntwoord>(await browser.post('/api/auth/uitloggen').set('x-csrf-token', me.csrfToken).expect(200));
    const eind = new URL(uit.uitlogUrl!);
    expect(eind.origin).toBe(provider.issuer);
    expect(eind.searchParams.get('id_token_hint')).toBeTruthy();
    expect(eind.searchParams.get('post_logout_redirect_uri')).toBe(NA_UITLOGGEN);
    await browser.get('/api/auth/me').expect(401);
  });

  it('refuses a provider account linked to no one (401) and audits it', async () => {
    const browser = t.http();
    const naarProvider = await browser.get('/api/auth/oidc/start').expect(303);
    const terug = await browser.get(pad(await bijProvider(naarProvider.headers['location']!, SUBJECT.onbekend))).expect(401);
    expect(body<Probleem>(terug).type).toBe('urn:eenplan:probleem:oidc-mislukt');
    expect(terug.headers['set-cookie']).toBeUndefined();
    const db = t.app.get(DataSource);
    const rijen = await db.query<unknown[]>(`SELECT 1 FROM audit_log WHERE gebeurtenis = 'inloggen_mislukt' AND details->>'reden' = 'onbekend_subject' AND tijdstip > now() - interval '1 minute'`);
    expect(rijen.length).toBeGreaterThan(0);
    // Nothing of the subject itself is in the audit log.
    const metSubject = await db.query<unknown[]>(`SELECT 1 FROM audit_log WHERE details::text LIKE $1`, [`%${SUBJECT.onbekend}%`]);
    expect(metSubject).toEqual([]);
  });

  it('uses a state and its code once, and refuses a tampered code or a missing state (401, audited)', async () => {
    const { agent, csrf } = await ingelogdeTestGebruiker();
    const { url } = body<{ url: string }>(await agent.post('/api/auth/oidc/koppelen').set('x-csrf-token', csrf).expect(200));
    const terug = await bijProvider(url, SUBJECT.tweede);
    const vervalst = new URL(terug);
    vervalst.searchParams.set('code', `${terug.searchParams.get('code')}x`);
    // The tampered code spends the state: the real answer afterwards is refused too.
    await agent.get(pad(vervalst)).expect(401);
    await agent.get(pad(terug)).expect(401);
    const zonder = await agent.get('/api/auth/oidc/terug?code=abc').expect(401);
    expect(body<Probleem>(zonder).detail).toMatch(/state/);
    const db = t.app.get(DataSource);
    const rijen = await db.query<unknown[]>(`SELECT 1 FROM audit_log WHERE gebeurtenis = 'inloggen_mislukt' AND details->>'reden' = 'ongeldig_id_token' AND tijdstip > now() - interval '1 minute'`);
    expect(rijen.length).toBeGreaterThanOrEqual(3);
  });

  it('says which sign-in methods exist, and refuses passwords where they are switched off', async () => {
    expect(body(await t.http().get('/api/auth/methoden').expect(200))).toEqual({ wachtwoord: true, organisatie: true });
    const zonder = await startTestApp({ OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: 'eenplan-test', OIDC_CLIENT_SECRET: 'x', OIDC_REDIRECT_URL: REDIRECT, LOKAAL_WACHTWOORD: 'false' });
    try {
      expect(body(await zonder.http().get('/api/auth/methoden').expect(200))).toEqual({ wachtwoord: false, organisatie: true });
      const geweigerd = await zonder.http().post('/api/auth/inloggen').set('X-Forwarded-For', uniekIp()).send({ gebruikersnaam: 'beheer', wachtwoord: 'x' }).expect(403);
      expect(body<Probleem>(geweigerd).type).toBe('urn:eenplan:probleem:wachtwoord-uit');
    } finally {
      await zonder.close();
    }
  });

  it('answers 404 where no provider is configured, and names a missing OIDC variable at start', async () => {
    const zonder = await startTestApp();
    try {
      await zonder.http().get('/api/auth/oidc/start').expect(404);
    } finally {
      await zonder.close();
    }
    expect(() => laadConfig({ OIDC_ISSUER: 'https://login.example.nl' })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => laadConfig({ LOKAAL_WACHTWOORD: 'false' })).toThrow(/LOKAAL_WACHTWOORD/);
    expect(() => laadConfig({ APP_ENV: 'production', OIDC_DEV: 'true' })).toThrow(/OIDC_DEV/);
  });
});
