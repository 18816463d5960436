import { randomUUID } from 'node:crypto';
import { vandaag, type HuishoudenDetail, type Pagina, type HuishoudenRegel, type Probleem } from '@eenplan/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enkeleRij } from '../common/sql.js';
import { body } from '../test-support/antwoord.js';
import { gebruikerId, gemeenteId, nieuwAccount, nieuwHuishouden } from '../test-support/huishouden-fixtures.js';
import { inloggenAls, startTestApp, type TestApp } from '../test-support/test-app.js';

/**
 * Issue 11, findings 2 and 9: one consent rule for everyone outside the casemanager's
 * organisation, BSN read and write as one field rule, and consent recorded by the casemanager only.
 */
let t: TestApp;
let db: DataSource;
beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
});
afterAll(() => t.close());


async function organisatie(naam: string): Promise<string> {
  return (await enkeleRij<{ id: string }>(db, `SELECT id FROM organisatie WHERE naam = $1`, [naam])).id;
}

/** A fresh signed-in account of `organisatieNaam` working for `gemeenten`. */
const account = (rol: 'consulent' | 'professional', organisatieNaam: string, gemeenten: string[]) => nieuwAccount(t, rol, gemeenten, organisatieNaam);

/** The BSN of the household's first member with one (the fixtures give each a fresh one). */
const bsnVan = (h: HuishoudenDetail): string => h.leden.find((l) => l.bsn)!.bsn!;

/** A Weert household of consulent.weert (CJG) with a member BSN, and a Wijkverpleging professional (with consent) as regisseur. */
async function huishoudenMetRegisseur() {
  const cm = await inloggenAls(t, 'consulent.weert');
  const h = body<HuishoudenDetail>(await cm.agent.post('/api/huishoudens').set('x-csrf-token', cm.csrf).send(nieuwHuishouden(await gemeenteId(t, 'Weert'))).expect(201));
  const regisseur = await account('professional', 'Wijkverpleging Weert', ['Weert']);
  await cm.agent.post(`/api/huishoudens/${h.id}/team`).set('x-csrf-token', cm.csrf).send({ soort: 'professional', gebruikerId: regisseur.id, rol: 'Wijkverpleging', van: vandaag() }).expect(201);
  await cm.agent.post(`/api/huishoudens/${h.id}/toestemmingen`).set('x-csrf-token', cm.csrf).send({ organisatieId: await organisatie('Wijkverpleging Weert'), gegevenOp: vandaag(), reikwijdte: 'Plan en team' }).expect(201);
  await cm.agent
    .post(`/api/huishoudens/${h.id}/regie`)
    .set('x-csrf-token', cm.csrf)
    .send({ houder: 'professional', regisseurId: regisseur.id, reden: 'Veel partijen', startdatum: vandaag(), evaluatiedatum: '2027-06-01', huishoudenAkkoord: true })
    .expect(201);
  return { cm, h, regisseur };
}

describe('one consent rule for consultants too (finding 2)', () => {
  it('gives consulent.leudal (other organisation and gemeente) in a Weert team without consent nothing: 404, not in the list', async () => {
    const cm = await inloggenAls(t, 'consulent.weert');
    const h = body<HuishoudenDetail>(await cm.agent.post('/api/huishoudens').set('x-csrf-token', cm.csrf).send(nieuwHuishouden(await gemeenteId(t, 'Weert'), `Zonder${randomUUID().slice(0, 6)}`)).expect(201));
    await cm.agent.post(`/api/huishoudens/${h.id}/team`).set('x-csrf-token', cm.csrf).send({ soort: 'professional', gebruikerId: await gebruikerId(t, 'consulent.leudal'), rol: 'Wmo', van: vandaag() }).expect(201);
    const leudal = await inloggenAls(t, 'consulent.leudal');
    const lezen = await leudal.agent.get(`/api/huishoudens/${h.id}`);
    expect(lezen.status).toBe(404);
    expect(JSON.stringify(lezen.body)).not.toContain(bsnVan(h));
    await leudal.agent.patch(`/api/huishoudens/${h.id}`).set('x-csrf-token', leudal.csrf).send({ versie: 1, straat: 'Elders' }).expect(404);
    const lijst = body<Pagina<HuishoudenRegel>>(await leudal.agent.get(`/api/huishoudens?zoek=${h.naam}`).expect(200));
    expect(lijst.items.map((i) => i.id)).not.toContain(h.id);
  });

  it('shares with a consultant of another organisation only with consent for it, and always with the casemanager’s own organisation', async () => {
    const { cm, h } = await huishoudenMetRegisseur();
    const wmo = await account('consulent', 'Wmo-team Leudal', ['Leudal', 'Weert']);
    const cjg = await account('consulent', 'CJG Midden-Limburg', ['Weert']);
    for (const a of [wmo, cjg]) await cm.agent.post(`/api/huishoudens/${h.id}/team`).set('x-csrf-token', cm.csrf).send({ soort: 'professional', gebruikerId: a.id, rol: 'Consulent', van: vandaag() }).expect(201);

    await wmo.agent.get(`/api/huishoudens/${h.id}`).expect(404);
    const collega = body<HuishoudenDetail>(await cjg.agent.get(`/api/huishoudens/${h.id}`).expect(200));
    expect(collega.leden[0]!.bsn).toBe(bsnVan(h));
    expect(collega.mijnRechten).toEqual({ bewerken: true, inzage: false, bsnZien: true, bsnWijzigen: true, bijdragen: true, toestemmingVastleggen: false });

    const na = body<HuishoudenDetail>(
      await cm.agent.post(`/api/huishoudens/${h.id}/toestemmingen`).set('x-csrf-token', cm.csrf).send({ organisatieId: await organisatie('Wmo-team Leudal'), gegevenOp: vandaag(), reikwijdte: 'Plan' }).expect(201),
    );
    expect(na.team.find((b) => b.gebruikerId === wmo.id)!.metToestemming).toBe(true);
    await wmo.agent.get(`/api/huishoudens/${h.id}`).expect(200);
    const toestemming = na.toestemmingen.find((x) => x.organisatie === 'Wmo-team Leudal')!;
    await cm.agent.post(`/api/toestemmingen/${toestemming.id}/intrekken`).set('x-csrf-token', cm.csrf).send({ versie: 1, ingetrokkenOp: vandaag() }).expect(200);
    await wmo.agent.get(`/api/huishoudens/${h.id}`).expect(404); // the next request already
  });

  it('lets a regisseur add a consultant to the team, who then sees nothing until the casemanager records consent', async () => {
    const { cm, h, regisseur } = await huishoudenMetRegisseur();
    const wmo = await account('consulent', 'Wmo-team Nederweert', ['Weert']);
    await regisseur.agent.post(`/api/huishoudens/${h.id}/team`).set('x-csrf-token', regisseur.csrf).send({ soort: 'professional', gebruikerId: wmo.id, rol: 'Wmo', van: vandaag() }).expect(201);
    const lezen = await wmo.agent.get(`/api/huishoudens/${h.id}`);
    expect(lezen.status).toBe(404);
    expect(JSON.stringify(lezen.body)).not.toContain(bsnVan(h));
    await cm.agent.post(`/api/huishoudens/${h.id}/toestemmingen`).set('x-csrf-token', cm.csrf).send({ organisatieId: await organisatie('Wmo-team Nederweert'), gegevenOp: vandaag(), reikwijdte: 'Plan' }).expect(201);
    await wmo.agent.get(`/api/huishoudens/${h.id}`).expect(200);
  });
});

describe('BSN and consent are not the regisseur’s (finding 9)', () => {
  it('refuses a member’s BSN from a regisseur (403 naming the field, nothing stored) and lets them edit the rest', async () => {
    const { h, regisseur } = await huishoudenMetRegisseur();
    const detail = body<HuishoudenDetail>(await regisseur.agent.get(`/api/huishoudens/${h.id}`).expect(200));
    expect(detail.mijnRechten).toEqual({ bewerken: true, inzage: false, bsnZien: false, bsnWijzigen: false, bijdragen: true, toestemmingVastleggen: false });
    const fatima = detail.leden.find((l) => l.voornaam === 'Fatima')!;
    expect(fatima.bsn).toBeUndefined();

    const overschrijven = await regisseur.agent.patch(`/api/huishoudens/${h.id}/leden/${fatima.id}`).set('x-csrf-token', regisseur.csrf).send({ versie: fatima.versie, bsn: '123456782' }).expect(403);
    expect(body<Probleem>(overschrijven).detail).toBe('U mag het BSN van een lid niet vastleggen of wijzigen (veld: bsn).');
    const nieuw = await regisseur.agent
      .post(`/api/huishoudens/${h.id}/leden`)
      .set('x-csrf-token', regisseur.csrf)
      .send({ voornaam: 'Lotte', achternaam: 'Jansen', geboortedatum: '2019-05-05', rol: 'kind', bsn: '123456782' })
      .expect(403);
    expect(body<Probleem>(nieuw).detail).toContain('(veld: bsn)');
    const opgeslagen = await db.query<{ bsn: string | null; versie: number }[]>(`SELECT bsn, versie FROM lid WHERE huishouden_id = $1 ORDER BY voornaam`, [h.id]);
    expect(opgeslagen).toEqual([{ bsn: bsnVan(h), versie: 1 }, { bsn: null, versie: 1 }]);

    // what the regisseur may change, they still may
    await regisseur.agent.patch(`/api/huishoudens/${h.id}/leden/${fatima.id}`).set('x-csrf-token', regisseur.csrf).send({ versie: fatima.versie, voornaam: 'Fatma' }).expect(200);
    await regisseur.agent.post(`/api/huishoudens/${h.id}/leden`).set('x-csrf-token', regisseur.csrf).send({ voornaam: 'Lotte', achternaam: 'Jansen', geboortedatum: '2019-05-05', rol: 'kind' }).expect(201);
  });

  it('lets only the casemanager record or withdraw consent', async () => {
    const { cm, h, regisseur } = await huishoudenMetRegisseur();
    const geven = await regisseur.agent
      .post(`/api/huishoudens/${h.id}/toestemmingen`)
      .set('x-csrf-token', regisseur.csrf)
      .send({ organisatieId: await organisatie('GGZ Midden-Limburg'), gegevenOp: vandaag(), reikwijdte: 'Plan' })
      .expect(403);
    expect(body<Probleem>(geven).detail).toBe('U heeft geen toegang tot deze gegevens of handeling.'); // refused by the route guard: no professional records consent
    const huidig = body<HuishoudenDetail>(await cm.agent.get(`/api/huishoudens/${h.id}`).expect(200));
    await regisseur.agent.post(`/api/toestemmingen/${huidig.toestemmingen[0]!.id}/intrekken`).set('x-csrf-token', regisseur.csrf).send({ versie: 1, ingetrokkenOp: vandaag() }).expect(403);

    // a consultant the plan is shared with may edit it, but consent stays the casemanager's
    const cjg = await account('consulent', 'CJG Midden-Limburg', ['Weert']);
    await cm.agent.post(`/api/huishoudens/${h.id}/team`).set('x-csrf-token', cm.csrf).send({ soort: 'professional', gebruikerId: cjg.id, rol: 'Consulent', van: vandaag() }).expect(201);
    const collega = await cjg.agent
      .post(`/api/huishoudens/${h.id}/toestemmingen`)
      .set('x-csrf-token', cjg.csrf)
      .send({ organisatieId: await organisatie('GGZ Midden-Limburg'), gegevenOp: vandaag(), reikwijdte: 'Plan' })
      .expect(403);
    expect(body<Probleem>(collega).detail).toBe('Alleen de casemanager van dit huishouden legt toestemming vast of trekt die in.');
    const { aantal } = await enkeleRij<{ aantal: number }>(db, `SELECT count(*)::int AS aantal FROM toestemming WHERE huishouden_id = $1`, [h.id]);
    expect(aantal).toBe(1);
    const { ingetrokken } = await enkeleRij<{ ingetrokken: string | null }>(db, `SELECT ingetrokken_op AS ingetrokken FROM toestemming WHERE huishouden_id = $1`, [h.id]);
    expect(ingetrokken).toBeNull();

    // the organisation must be named and exist
    const onbekend = await cm.agent
      .post(`/api/huishoudens/${h.id}/toestemmingen`)
      .set('x-csrf-token', cm.csrf)
      .send({ organisatieId: '00000000-0000-4000-8000-000000000000', gegevenOp: vandaag(), reikwijdte: 'Plan' })
      .expect(400);
    expect(body<Probleem>(onbekend).fouten).toEqual([{ veld: 'organisatieId', melding: 'Deze organisatie bestaat niet.' }]);
  });
});
