import type { Herstelcodes, HuidigeGebruiker, Probleem, TweedeFactorInschrijving } from '@eenplan/contracts';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { body } from '../test-support/antwoord.js';
import { inloggenAls, maakTestGebruiker, startTestApp, uniekIp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const codeOp = (app: TestApp, geheim: string) => generate({ secret: geheim, epoch: Math.floor(app.klok.nu().getTime() / 1000) });

async function wachtwoordStap(app: TestApp, gebruiker: { gebruikersnaam: string; wachtwoord: string }, ip = uniekIp()) {
  const agent = app.http();
  const antwoord = await agent.post('/api/auth/inloggen').set('X-Forwarded-For', ip).send({ gebruikersnaam: gebruiker.gebruikersnaam, wachtwoord: gebruiker.wachtwoord }).expect(200);
  return { agent, antwoord, ip };
}

/** A fresh account with TOTP set up; returns its secret and recovery codes. */
async function ingeschreven(app: TestApp) {
  const gebruiker = await maakTestGebruiker(app);
  const { agent, antwoord } = await wachtwoordStap(app, gebruiker);
  const csrf = body<HuidigeGebruiker>(antwoord).csrfToken;
  const inschrijving = body<TweedeFactorInschrijving>(await agent.post('/api/auth/tweede-factor').set('x-csrf-token', csrf).expect(200));
  const { herstelcodes } = body<Herstelcodes>(await agent.post('/api/auth/tweede-factor/bevestigen').set('x-csrf-token', csrf).send({ code: await codeOp(app, inschrijving.geheim) }).expect(200));
  return { gebruiker, geheim: inschrijving.geheim, herstelcodes };
}

describe('tweestapsverificatie (TOTP)', () => {
  it('enrols with a QR code, refuses a wrong first code naming the field, and gives ten recovery codes of which only hashes are stored', async () => {
    const gebruiker = await maakTestGebruiker(t);
    const { agent, antwoord } = await wachtwoordStap(t, gebruiker);
    const csrf = body<HuidigeGebruiker>(antwoord).csrfToken;
    const inschrijving = body<TweedeFactorInschrijving>(await agent.post('/api/auth/tweede-factor').set('x-csrf-token', csrf).expect(200));
    expect(inschrijving.qrCode).toMatch(/^data:image\/png;base64,/);
    expect(inschrijving.uri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    const fout = await agent.post('/api/auth/tweede-factor/bevestigen').set('x-csrf-token', csrf).send({ code: '000000' }).expect(401);
    expect(body<Probleem>(fout).fouten).toEqual([{ veld: 'code', melding: 'De code klopt niet of is al gebruikt.' }]);
    const leeg = await agent.post('/api/auth/tweede-factor/bevestigen').set('x-csrf-token', csrf).send({ code: '' }).expect(400);
    expect(body<Probleem>(leeg).fouten?.[0]?.veld).toBe('code');
    const { herstelcodes } = body<Herstelcodes>(await agent.post('/api/auth/tweede-factor/bevestigen').set('x-csrf-token', csrf).send({ code: await codeOp(t, inschrijving.geheim) }).expect(200));
    expect(herstelcodes).toHaveLength(10);
    expect(new Set(herstelcodes).size).toBe(10);
    const opgeslagen = await t.app.get(DataSource).query<{ code_hash: string }[]>(`SELECT code_hash FROM herstelcode WHERE gebruiker_id = $1`, [gebruiker.id]);
    expect(opgeslagen).toHaveLength(10);
    for (const code of herstelcodes) expect(opgeslagen.map((r) => r.code_hash)).not.toContain(code);
    // Once active, it is not replaced without beheer's reset.
    await agent.post('/api/auth/tweede-factor').set('x-csrf-token', csrf).expect(409);
  });

  it('asks for the code after the password, refuses a code used again in its window, and takes a recovery code once', async () => {
    const { gebruiker, geheim, herstelcodes } = await ingeschreven(t);
    t.klok.verzet(1);
    const eerst = await wachtwoordStap(t, gebruiker);
    expect(body(eerst.antwoord)).toEqual({ tweedeStapNodig: true });
    expect(String(eerst.antwoord.headers['set-cookie'])).not.toMatch(/eenplan_sessie=/);
    await eerst.agent.get('/api/auth/me').expect(401);
    const code = await codeOp(t, geheim);
    const binnen = await eerst.agent.post('/api/auth/tweede-stap').set('X-Forwarded-For', eerst.ip).send({ code }).expect(200);
    expect(body<HuidigeGebruiker>(binnen).gebruiker.id).toBe(gebruiker.id);
    await eerst.agent.get('/api/auth/me').expect(200);

    const opnieuw = await wachtwoordStap(t, gebruiker);
    await opnieuw.agent.post('/api/auth/tweede-stap').set('X-Forwarded-For', opnieuw.ip).send({ code }).expect(401);
    await opnieuw.agent.post('/api/auth/tweede-stap').set('X-Forwarded-For', opnieuw.ip).send({ code: herstelcodes[0] }).expect(200);

    const derde = await wachtwoordStap(t, gebruiker);
    await derde.agent.post('/api/auth/tweede-stap').set('X-Forwarded-For', derde.ip).send({ code: herstelcodes[0] }).expect(401);
    // Without the password step first there is nothing to complete.
    const zonder = await t.http().post('/api/auth/tweede-stap').send({ code: herstelcodes[1] }).expect(401);
    expect(body<Probleem>(zonder).type).toBe('urn:eenplan:probleem:tweede-stap-verlopen');
  });

  it('throttles wrong codes like passwords (429 with Retry-After), audited', async () => {
    const { gebruiker } = await ingeschreven(t);
    const stap = await wachtwoordStap(t, gebruiker);
    const statussen: number[] = [];
    for (let i = 0; i < 7; i++) statussen.push((await stap.agent.post('/api/auth/tweede-stap').set('X-Forwarded-For', stap.ip).send({ code: '123456' })).status);
    expect(statussen.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statussen.at(-1)).toBe(429);
    const rijen = await t.app.get(DataSource).query<{ reden: string }[]>(`SELECT details->>'reden' AS reden FROM audit_log WHERE gebeurtenis = 'inloggen_mislukt' AND gebruiker_id = $1`, [gebruiker.id]);
    expect(rijen.map((r) => r.reden)).toContain('onjuiste_code');
    expect(rijen.map((r) => r.reden)).toContain('te_veel_pogingen');
  });

  it('where required, lets a consultant without a second factor do nothing but set one up', async () => {
    const verplicht = await startTestApp({ TWEEDE_FACTOR_VERPLICHT: 'true' });
    try {
      const gebruiker = await maakTestGebruiker(verplicht);
      const { agent, antwoord } = await wachtwoordStap(verplicht, gebruiker);
      const me = body<HuidigeGebruiker>(antwoord);
      expect(me.inschrijvenNodig).toBe(true);
      const geweigerd = await agent.get('/api/werkvoorraad').expect(403);
      expect(body<Probleem>(geweigerd).type).toBe('urn:eenplan:probleem:tweede-factor-nodig');
      const inschrijving = body<TweedeFactorInschrijving>(await agent.post('/api/auth/tweede-factor').set('x-csrf-token', me.csrfToken).expect(200));
      await agent.post('/api/auth/tweede-factor/bevestigen').set('x-csrf-token', me.csrfToken).send({ code: await codeOp(verplicht, inschrijving.geheim) }).expect(200);
      await agent.get('/api/werkvoorraad').expect(200);
      // Beleid sees no case content: no second factor required there.
      const beleid = await maakTestGebruiker(verplicht, 'beleid');
      expect(body<HuidigeGebruiker>((await wachtwoordStap(verplicht, beleid)).antwoord).inschrijvenNodig).toBeUndefined();
    } finally {
      await verplicht.close();
    }
  });

  it('lets beheer reset a second factor (audited); others cannot, and an unknown id is 404', async () => {
    const { gebruiker } = await ingeschreven(t);
    const beheer = await inloggenAls(t, 'beheer');
    const consulent = await inloggenAls(t, 'consulent.weert');
    await consulent.agent.delete(`/api/beheer/gebruikers/${gebruiker.id}/tweede-factor`).set('x-csrf-token', consulent.csrf).expect(403);
    await beheer.agent.delete('/api/beheer/gebruikers/00000000-0000-4000-8000-000000000000/tweede-factor').set('x-csrf-token', beheer.csrf).expect(404);
    const ongeldig = await beheer.agent.delete('/api/beheer/gebruikers/geen-id/tweede-factor').set('x-csrf-token', beheer.csrf).expect(400);
    expect(body<Probleem>(ongeldig).fouten?.[0]?.veld).toBe('id');
    await beheer.agent.delete(`/api/beheer/gebruikers/${gebruiker.id}/tweede-factor`).set('x-csrf-token', beheer.csrf).expect(204);
    const na = await wachtwoordStap(t, gebruiker);
    expect(body<HuidigeGebruiker>(na.antwoord).gebruiker.id).toBe(gebruiker.id);
    const audit = await t.app.get(DataSource).query<unknown[]>(`SELECT 1 FROM audit_log WHERE gebeurtenis = 'gebruiker_gewijzigd' AND details->>'wijziging' = 'tweede_factor_gewist' AND details->>'account' = $1`, [gebruiker.id]);
    expect(audit).toHaveLength(1);
  });
});
