import { randomInt, randomUUID } from 'node:crypto';
import type { BeheerGemeente, BeheerOrganisatie, GebruikerOverzicht, NieuwAccountAntwoord, Probleem } from '@eenplan/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashWachtwoord } from '../auth/wachtwoord.js';
import { rijen } from '../common/sql.js';
import { body } from '../test-support/antwoord.js';
import { nieuwHuishouden } from '../test-support/huishouden-fixtures.js';
import { inloggenAls, startTestApp, uniekIp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
let beheer: Awaited<ReturnType<typeof inloggenAls>>;
beforeAll(async () => {
  t = await startTestApp();
  beheer = await inloggenAls(t, 'beheer');
});
afterAll(() => t.close());

// All spec files share one database: names and codes are unique per run.
const uniek = () => randomUUID().slice(0, 6);
const cbsCode = () => `GM${String(randomInt(2000, 9999))}`;
const post = (pad: string, data: object) => beheer.agent.post(pad).set('x-csrf-token', beheer.csrf).send(data);
const patch = (pad: string, data: object) => beheer.agent.patch(pad).set('x-csrf-token', beheer.csrf).send(data);

async function laatsteAudit(gebeurtenis: string) {
  const [rij] = await rijen<{ details: Record<string, unknown>; gebruiker_id: string }>(t.app.get(DataSource), `SELECT details, gebruiker_id FROM audit_log WHERE gebeurtenis = $1 ORDER BY id DESC LIMIT 1`, [gebeurtenis]);
  return rij;
}

async function nieuweGemeente(naam = `Roermond ${uniek()}`) {
  return body<BeheerGemeente>(await post('/api/beheer/gemeenten', { naam, cbsCode: cbsCode() }).expect(201));
}

async function nieuweOrganisatie(gemeenteIds: string[]) {
  return body<BeheerOrganisatie>(await post('/api/beheer/organisaties', { naam: `CJG Roermond ${uniek()}`, soort: 'cjg', gemeenteIds }).expect(201));
}

/** An account made by beheer, with a password set directly (the invitation is tested on its own). */
async function nieuwAccountViaBeheer(organisatieId: string, gemeenteIds: string[], rol = 'consulent') {
  const gebruikersnaam = `test.beheer.${uniek()}`;
  const { account } = body<NieuwAccountAntwoord>(await post('/api/beheer/gebruikers', { gebruikersnaam, naam: 'Sanne de Vries', email: `${gebruikersnaam}@roermond.nl`, rol, organisatieId, gemeenteIds }).expect(201));
  await t.app.get(DataSource).query(`UPDATE gebruiker SET wachtwoord_hash = $2 WHERE id = $1`, [account.id, await hashWachtwoord('Test-wachtwoord-2026')]);
  const agent = t.http();
  const me = body<{ csrfToken: string }>(await agent.post('/api/auth/inloggen').set('X-Forwarded-For', uniekIp()).send({ gebruikersnaam, wachtwoord: 'Test-wachtwoord-2026' }).expect(200));
  return { account, agent, csrf: me.csrfToken };
}

describe('beheer: gemeenten', () => {
  it('adds a gemeente with name and CBS code, audited', async () => {
    const naam = `Roermond ${uniek()}`;
    const code = cbsCode();
    const gemeente = body<BeheerGemeente>(await post('/api/beheer/gemeenten', { naam, cbsCode: code.toLowerCase() }).expect(201));
    expect(gemeente).toMatchObject({ naam, cbsCode: code, actief: true });
    expect(await laatsteAudit('inrichting_gewijzigd')).toMatchObject({ gebruiker_id: beheer.me.gebruiker.id, details: { soort: 'gemeente_toegevoegd', id: gemeente.id } });
    const lijst = body<BeheerGemeente[]>(await beheer.agent.get('/api/beheer/gemeenten').expect(200));
    expect(lijst.map((g) => g.naam)).toEqual(expect.arrayContaining(['Weert', naam]));
  });

  it('refuses a taken name or CBS code (409) and a malformed code (400), naming the field', async () => {
    const gemeente = await nieuweGemeente();
    const dubbelNaam = body<Probleem>(await post('/api/beheer/gemeenten', { naam: gemeente.naam, cbsCode: cbsCode() }).expect(409));
    expect(dubbelNaam.fouten).toEqual([{ veld: 'naam', melding: 'Deze naam is al in gebruik.' }]);
    const dubbelCode = body<Probleem>(await post('/api/beheer/gemeenten', { naam: `Ander ${uniek()}`, cbsCode: 'GM0988' }).expect(409));
    expect(dubbelCode.fouten).toEqual([{ veld: 'cbsCode', melding: 'Deze CBS-code is al in gebruik.' }]);
    const fout = body<Probleem>(await post('/api/beheer/gemeenten', { naam: 'Roermond', cbsCode: '0957' }).expect(400));
    expect(fout.fouten?.[0]?.veld).toBe('cbsCode');
  });

  it('renames and deactivates a gemeente; a deactivated one is not offered for new organisations', async () => {
    const gemeente = await nieuweGemeente();
    const nieuweNaam = `Roermond-Stad ${uniek()}`;
    expect(body<BeheerGemeente>(await patch(`/api/beheer/gemeenten/${gemeente.id}`, { naam: nieuweNaam }).expect(200)).naam).toBe(nieuweNaam);
    expect(body<BeheerGemeente>(await patch(`/api/beheer/gemeenten/${gemeente.id}`, { actief: false }).expect(200)).actief).toBe(false);
    const fout = body<Probleem>(await post('/api/beheer/organisaties', { naam: `Team ${uniek()}`, soort: 'wmo', gemeenteIds: [gemeente.id] }).expect(400));
    expect(fout.fouten).toEqual([{ veld: 'gemeenteIds', melding: 'Een van de gekozen gemeenten bestaat niet of is niet meer in gebruik.' }]);
    await patch(`/api/beheer/gemeenten/${randomUUID()}`, { naam: 'Nergens' }).expect(404);
  });
});

describe('beheer: organisaties', () => {
  it('adds an organisation with kind and gemeenten, and changes them', async () => {
    const roermond = await nieuweGemeente();
    const organisatie = await nieuweOrganisatie([roermond.id]);
    expect(organisatie).toMatchObject({ soort: 'cjg', gemeenten: [{ id: roermond.id, naam: roermond.naam }] });
    const gewijzigd = body<BeheerOrganisatie>(await patch(`/api/beheer/organisaties/${organisatie.id}`, { soort: 'gi' }).expect(200));
    expect(gewijzigd).toMatchObject({ soort: 'gi', gemeenten: [{ id: roermond.id }] });
    expect(await laatsteAudit('inrichting_gewijzigd')).toMatchObject({ details: { soort: 'organisatie_gewijzigd', id: organisatie.id, velden: 'soort' } });
  });

  it('refuses an organisation without gemeenten (400) or with a taken name (409)', async () => {
    const zonder = body<Probleem>(await post('/api/beheer/organisaties', { naam: `Team ${uniek()}`, soort: 'amw', gemeenteIds: [] }).expect(400));
    expect(zonder.fouten).toEqual([{ veld: 'gemeenteIds', melding: 'Kies minstens één gemeente waarin de organisatie werkt.' }]);
    const roermond = await nieuweGemeente();
    await post('/api/beheer/organisaties', { naam: 'CJG Midden-Limburg', soort: 'cjg', gemeenteIds: [roermond.id] }).expect(409);
    const soort = body<Probleem>(await post('/api/beheer/organisaties', { naam: `Team ${uniek()}`, soort: 'bakker', gemeenteIds: [roermond.id] }).expect(400));
    expect(soort.fouten?.[0]?.veld).toBe('soort');
  });
});

describe('beheer: accounts', () => {
  it('creates an account; a taken username or e-mail is a 409 naming the field', async () => {
    const roermond = await nieuweGemeente();
    const organisatie = await nieuweOrganisatie([roermond.id]);
    const gebruikersnaam = `test.nieuw.${uniek()}`;
    const invoer = { gebruikersnaam, naam: 'Sanne de Vries', email: `${gebruikersnaam}@Roermond.nl`, rol: 'consulent', organisatieId: organisatie.id, gemeenteIds: [roermond.id] };
    const { account, uitnodiging } = body<NieuwAccountAntwoord>(await post('/api/beheer/gebruikers', invoer).expect(201));
    expect(uitnodiging).toMatchObject({ perEmail: false, link: expect.stringMatching(/\/uitnodiging\/[A-Za-z0-9_-]{43}$/) as string });
    const lijst = body<GebruikerOverzicht[]>(await beheer.agent.get('/api/beheer/gebruikers').expect(200));
    expect(lijst.find((g) => g.id === account.id)).toMatchObject({ gebruikersnaam, email: `${gebruikersnaam}@roermond.nl`, rol: 'consulent', actief: true, organisatie: { id: organisatie.id }, gemeenten: [{ id: roermond.id }] });
    expect(await laatsteAudit('gebruiker_aangemaakt')).toMatchObject({ details: { doelGebruikerId: account.id, rol: 'consulent' } });
    const dubbelNaam = body<Probleem>(await post('/api/beheer/gebruikers', { ...invoer, email: `ander.${uniek()}@roermond.nl` }).expect(409));
    expect(dubbelNaam.fouten).toEqual([{ veld: 'gebruikersnaam', melding: 'Deze gebruikersnaam is al in gebruik.' }]);
    const dubbelMail = body<Probleem>(await post('/api/beheer/gebruikers', { ...invoer, gebruikersnaam: `test.ander.${uniek()}`, email: invoer.email.toUpperCase() }).expect(409));
    expect(dubbelMail.fouten).toEqual([{ veld: 'email', melding: 'Dit e-mailadres is al in gebruik.' }]);
    const fout = body<Probleem>(await post('/api/beheer/gebruikers', { ...invoer, gebruikersnaam: `test.x.${uniek()}`, email: 'geen-adres' }).expect(400));
    expect(fout.fouten?.[0]?.veld).toBe('email');
    // No password yet: nobody can sign in with it until the invitation is used.
    await t.http().post('/api/auth/inloggen').set('X-Forwarded-For', uniekIp()).send({ gebruikersnaam, wachtwoord: '!' }).expect(401);
  });

  it('a fourth gemeente works in case work and the werkvoorraad without code changes', async () => {
    const roermond = await nieuweGemeente();
    const organisatie = await nieuweOrganisatie([roermond.id]);
    const { agent, csrf } = await nieuwAccountViaBeheer(organisatie.id, [roermond.id]);
    const nieuw = body<{ id: string }>(await agent.post('/api/huishoudens').set('x-csrf-token', csrf).send({ ...nieuwHuishouden(roermond.id, 'Roermonds'), woonplaats: 'Roermond' }).expect(201));
    const dossier = body<{ gemeente: { naam: string } }>(await agent.get(`/api/huishoudens/${nieuw.id}`).expect(200));
    expect(dossier.gemeente.naam).toBe(roermond.naam);
    const werkvoorraad = body<{ items: { huishouden: { id: string } }[] }>(await agent.get('/api/werkvoorraad?perPagina=100').expect(200));
    expect(werkvoorraad.items.map((i) => i.huishouden.id)).toContain(nieuw.id);
  });

  it('a change of gemeenten or role counts from the next request of a running session', async () => {
    const roermond = await nieuweGemeente();
    const organisatie = await nieuweOrganisatie([roermond.id]);
    const { account, agent, csrf } = await nieuwAccountViaBeheer(organisatie.id, [roermond.id]);
    await patch(`/api/beheer/gebruikers/${account.id}`, { gemeenteIds: [] }).expect(200);
    const fout = body<Probleem>(await agent.post('/api/huishoudens').set('x-csrf-token', csrf).send(nieuwHuishouden(roermond.id)).expect(400));
    expect(fout.fouten).toEqual([{ veld: 'gemeenteId', melding: 'U kunt alleen huishoudens registreren in uw eigen gemeente.' }]);
    await patch(`/api/beheer/gebruikers/${account.id}`, { rol: 'beleid' }).expect(200);
    await agent.get('/api/werkvoorraad').expect(403);
    await agent.get('/api/rapportages/releases').expect(200);
    expect(await laatsteAudit('gebruiker_gewijzigd')).toMatchObject({ details: { doelGebruikerId: account.id, rol: 'beleid' } });
  });

  it('refuses a role change that leaves households without a casemanager, listing them', async () => {
    const roermond = await nieuweGemeente();
    const organisatie = await nieuweOrganisatie([roermond.id]);
    const { account, agent, csrf } = await nieuwAccountViaBeheer(organisatie.id, [roermond.id]);
    const nieuw = body<{ id: string }>(await agent.post('/api/huishoudens').set('x-csrf-token', csrf).send(nieuwHuishouden(roermond.id)).expect(201));
    const fout = body<Probleem>(await patch(`/api/beheer/gebruikers/${account.id}`, { rol: 'professional' }).expect(409));
    expect(fout.detail).toContain(nieuw.id);
    expect(fout.fouten?.[0]?.veld).toBe('rol');
    // Nothing changed.
    await agent.get(`/api/huishoudens/${nieuw.id}`).expect(200);
  });

  it('deactivating ends the sessions; reactivating lets the user sign in again', async () => {
    const roermond = await nieuweGemeente();
    const organisatie = await nieuweOrganisatie([roermond.id]);
    const { account, agent } = await nieuwAccountViaBeheer(organisatie.id, [roermond.id]);
    await agent.get('/api/auth/me').expect(200);
    expect(body<GebruikerOverzicht>(await patch(`/api/beheer/gebruikers/${account.id}`, { actief: false }).expect(200)).actief).toBe(false);
    await agent.get('/api/auth/me').expect(401);
    await patch(`/api/beheer/gebruikers/${account.id}`, { actief: true }).expect(200);
    await t.http().post('/api/auth/inloggen').set('X-Forwarded-For', uniekIp()).send({ gebruikersnaam: account.gebruikersnaam, wachtwoord: 'Test-wachtwoord-2026' }).expect(200);
  });

  it('refuses to switch off or demote the own account', async () => {
    await patch(`/api/beheer/gebruikers/${beheer.me.gebruiker.id}`, { actief: false }).expect(400);
    await patch(`/api/beheer/gebruikers/${beheer.me.gebruiker.id}`, { rol: 'consulent' }).expect(400);
  });
});
