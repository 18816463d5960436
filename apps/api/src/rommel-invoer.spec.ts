import type { HuishoudenDetail, Probleem } from '@eenplan/contracts';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enkeleRij } from './common/sql.js';
import { body } from './test-support/antwoord.js';
import { gemeenteId, nieuwHuishouden } from './test-support/huishouden-fixtures.js';
import { inloggenAls, startTestApp, uniekIp, type TestApp } from './test-support/test-app.js';

// Text that a person does not type, and dates that cannot be meant, on every field of every
// write route: each answer is a 400 naming the field, and nothing is stored.

const ROMMEL: [string, string][] = [
  ['NUL', 'Jan\u0000sen'],
  ['een stuurteken', 'Jan\u001Bsen'],
  ['een losse surrogaat', 'Jan\uD83Dsen'],
  ['een richtingsomkering', 'Jan\u202Esen'],
  ['U+FFFD', 'Jan\uFFFDsen'],
  ['alleen onzichtbare tekens', '\u200B\u200D\uFEFF'],
];
const ONMOGELIJKE_DATUMS = ['0000-01-01', '0001-01-01', '1899-12-31', '9999-12-31'];

const vandaag = () => new Date().toISOString().slice(0, 10);

let t: TestApp;
let db: DataSource;
let agent: TestAgent;
let csrf: string;
let f: { huishoudenId: string; planId: string; doelId: string; actieId: string; lidId: string; evaluatieId: string; betrokkeneId: string; toestemmingId: string; weert: string; organisatieId: string };

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  ({ agent, csrf } = await inloggenAls(t, 'consulent.weert'));
  const weert = await gemeenteId(t, 'Weert');
  const stuur = async (methode: 'post' | 'patch', pad: string, data: object) => body<HuishoudenDetail>(await agent[methode](pad).set('x-csrf-token', csrf).send(data).expect((r) => expect(r.status).toBeLessThan(300)));
  let h = body<HuishoudenDetail>(await agent.post('/api/huishoudens').set('x-csrf-token', csrf).send(nieuwHuishouden(weert)).expect(201));
  h = await stuur('post', `/api/plannen/${h.plan!.id}/doelen`, { leefgebied: 'wonen', omschrijving: 'Dak boven ons hoofd', prioriteit: 1 });
  h = await stuur('post', `/api/doelen/${h.plan!.doelen[0]!.id}/acties`, { omschrijving: 'Bellen', eigenaarSoort: 'huishouden', eigenaarNaam: 'Fatima', deadline: '2027-01-01' });
  h = await stuur('post', `/api/huishoudens/${h.id}/evaluaties`, { geplandOp: '2027-01-15' });
  h = await stuur('post', `/api/huishoudens/${h.id}/team`, { soort: 'netwerk', naam: 'Tante Els', relatie: 'tante', rol: 'Helpt', van: vandaag() });
  const { id: organisatieId } = await enkeleRij<{ id: string }>(db, `SELECT id FROM organisatie WHERE naam = 'AMW Midden-Limburg'`);
  h = await stuur('post', `/api/huishoudens/${h.id}/toestemmingen`, { organisatieId, gegevenOp: vandaag(), reikwijdte: 'Plan en evaluaties' });
  f = {
    huishoudenId: h.id,
    planId: h.plan!.id,
    doelId: h.plan!.doelen[0]!.id,
    actieId: h.plan!.doelen[0]!.acties[0]!.id,
    lidId: h.leden[0]!.id,
    evaluatieId: h.evaluaties[0]!.id,
    betrokkeneId: h.team[0]!.id,
    toestemmingId: h.toestemmingen[0]!.id,
    weert,
    organisatieId,
  };
});
afterAll(() => t.close());

interface Route {
  route: string;
  methode: 'post' | 'patch' | 'put';
  pad: () => string;
  /** A body the route accepts. */
  geldig: () => Record<string, unknown>;
  /** Paths (dotted) of the text and date fields in that body. */
  tekst?: string[];
  datum?: string[];
}

const ROUTES: Route[] = [
  { route: 'POST /api/huishoudens', methode: 'post', pad: () => '/api/huishoudens', geldig: () => ({ ...nieuwHuishouden(f.weert) }), tekst: ['straat', 'woonplaats', 'leden.0.voornaam', 'leden.0.achternaam'], datum: ['leden.0.geboortedatum'] },
  { route: 'PATCH /api/huishoudens/:id', methode: 'patch', pad: () => `/api/huishoudens/${f.huishoudenId}`, geldig: () => ({ versie: 1, straat: 'Markt', woonplaats: 'Weert' }), tekst: ['straat', 'woonplaats'] },
  { route: 'POST /api/huishoudens/:id/leden', methode: 'post', pad: () => `/api/huishoudens/${f.huishoudenId}/leden`, geldig: () => ({ voornaam: 'Sem', achternaam: 'Jansen', geboortedatum: '2015-01-01', rol: 'kind' }), tekst: ['voornaam', 'achternaam'], datum: ['geboortedatum'] },
  { route: 'PATCH /api/huishoudens/:id/leden/:lidId', methode: 'patch', pad: () => `/api/huishoudens/${f.huishoudenId}/leden/${f.lidId}`, geldig: () => ({ versie: 1, voornaam: 'Fatima', geboortedatum: '1985-03-14' }), tekst: ['voornaam'], datum: ['geboortedatum'] },
  { route: 'POST /api/plannen/:id/doelen', methode: 'post', pad: () => `/api/plannen/${f.planId}/doelen`, geldig: () => ({ leefgebied: 'wonen', omschrijving: 'Een rustige plek', prioriteit: 2 }), tekst: ['omschrijving'] },
  { route: 'PATCH /api/doelen/:id', methode: 'patch', pad: () => `/api/doelen/${f.doelId}`, geldig: () => ({ versie: 1, omschrijving: 'Een rustige plek' }), tekst: ['omschrijving'] },
  { route: 'POST /api/doelen/:id/acties', methode: 'post', pad: () => `/api/doelen/${f.doelId}/acties`, geldig: () => ({ omschrijving: 'Bellen', eigenaarSoort: 'netwerk', eigenaarNaam: 'Oma', deadline: '2027-02-01' }), tekst: ['omschrijving', 'eigenaarNaam'], datum: ['deadline'] },
  { route: 'PATCH /api/acties/:id', methode: 'patch', pad: () => `/api/acties/${f.actieId}`, geldig: () => ({ versie: 1, omschrijving: 'Bellen', deadline: '2027-02-01' }), tekst: ['omschrijving'], datum: ['deadline'] },
  { route: 'POST /api/plannen/:id/vaststellen', methode: 'post', pad: () => `/api/plannen/${f.planId}/vaststellen`, geldig: () => ({ versie: 1, akkoordHuishoudenOp: vandaag() }), datum: ['akkoordHuishoudenOp'] },
  { route: 'POST /api/plannen/:id/afsluiten', methode: 'post', pad: () => `/api/plannen/${f.planId}/afsluiten`, geldig: () => ({ versie: 1, reden: 'anders', toelichting: 'Verhuisd naar familie', resultaten: [{ doelId: f.doelId, resultaat: 'deels' }] }), tekst: ['toelichting'] },
  { route: 'POST /api/huishoudens/:id/team', methode: 'post', pad: () => `/api/huishoudens/${f.huishoudenId}/team`, geldig: () => ({ soort: 'netwerk', naam: 'Buurman Piet', relatie: 'buurman', rol: 'Rijdt naar de dokter', van: vandaag() }), tekst: ['naam', 'relatie', 'rol'], datum: ['van'] },
  { route: 'POST /api/team/:id/beeindigen', methode: 'post', pad: () => `/api/team/${f.betrokkeneId}/beeindigen`, geldig: () => ({ versie: 1, tot: vandaag() }), datum: ['tot'] },
  { route: 'POST /api/huishoudens/:id/toestemmingen', methode: 'post', pad: () => `/api/huishoudens/${f.huishoudenId}/toestemmingen`, geldig: () => ({ organisatieId: f.organisatieId, gegevenOp: vandaag(), reikwijdte: 'Plan' }), tekst: ['reikwijdte'], datum: ['gegevenOp'] },
  { route: 'POST /api/toestemmingen/:id/intrekken', methode: 'post', pad: () => `/api/toestemmingen/${f.toestemmingId}/intrekken`, geldig: () => ({ versie: 1, ingetrokkenOp: vandaag() }), datum: ['ingetrokkenOp'] },
  { route: 'POST /api/huishoudens/:id/veiligheidssignalen', methode: 'post', pad: () => `/api/huishoudens/${f.huishoudenId}/veiligheidssignalen`, geldig: () => ({ stap: 'signalen_in_kaart', datum: vandaag(), toelichting: 'Gesprek' }), tekst: ['toelichting'], datum: ['datum'] },
  { route: 'POST /api/huishoudens/:id/regie', methode: 'post', pad: () => `/api/huishoudens/${f.huishoudenId}/regie`, geldig: () => ({ houder: 'netwerk', netwerkNaam: 'Tante Els', reden: 'Zij kent het gezin', startdatum: vandaag(), evaluatiedatum: '2027-03-01', huishoudenAkkoord: true }), tekst: ['netwerkNaam', 'reden'], datum: ['startdatum', 'evaluatiedatum'] },
  { route: 'POST /api/huishoudens/:id/evaluaties', methode: 'post', pad: () => `/api/huishoudens/${f.huishoudenId}/evaluaties`, geldig: () => ({ geplandOp: '2027-01-15' }), datum: ['geplandOp'] },
  { route: 'POST /api/evaluaties/:id/vastleggen', methode: 'post', pad: () => `/api/evaluaties/${f.evaluatieId}/vastleggen`, geldig: () => ({ versie: 1, gehoudenOp: vandaag(), gehoordEnGezien: 'ja', regiePassend: true, toelichting: 'Goed gesprek', doelen: [{ doelId: f.doelId, voortgang: 'op_weg', toelichting: 'Loopt' }], volgendeMoment: '2027-06-01' }), tekst: ['toelichting', 'doelen.0.toelichting'], datum: ['gehoudenOp', 'volgendeMoment'] },
  { route: 'POST /api/huishoudens/:id/bijdragen', methode: 'post', pad: () => `/api/huishoudens/${f.huishoudenId}/bijdragen`, geldig: () => ({ tekst: 'Gesprek gehad.' }), tekst: ['tekst'] },
];

/** A copy of `geldig` with the field at `pad` set to `waarde`. */
function met(geldig: Record<string, unknown>, pad: string, waarde: string): Record<string, unknown> {
  const kopie = structuredClone(geldig);
  const delen = pad.split('.');
  let plek: Record<string, unknown> = kopie;
  for (const deel of delen.slice(0, -1)) plek = plek[deel] as Record<string, unknown>;
  plek[delen.at(-1)!] = waarde;
  return kopie;
}

const opgeslagen = async () => enkeleRij<{ wijzigingen: number; huishoudens: number }>(db, `SELECT (SELECT count(*)::int FROM wijziging) AS wijzigingen, (SELECT count(*)::int FROM huishouden) AS huishoudens`);

describe('rommel aan de rand', () => {
  const gevallen = ROUTES.flatMap((r) => [
    ...(r.tekst ?? []).flatMap((veld) => ROMMEL.map(([wat, waarde]) => ({ r, veld, wat, waarde }))),
    ...(r.datum ?? []).flatMap((veld) => ONMOGELIJKE_DATUMS.map((waarde) => ({ r, veld, wat: `datum ${waarde}`, waarde }))),
  ]);

  it(`answers ${gevallen.length} dirty inputs over ${ROUTES.length} write routes with a 400 that names the field, and stores nothing`, async () => {
    const voor = await opgeslagen();
    const misser: string[] = [];
    for (const { r, veld, wat, waarde } of gevallen) {
      const antwoord = await agent[r.methode](r.pad()).set('x-csrf-token', csrf).send(met(r.geldig(), veld, waarde));
      const fouten = body<Probleem>(antwoord).fouten ?? [];
      if (antwoord.status !== 400 || !fouten.some((fout) => fout.veld === veld)) misser.push(`${r.route} ${veld} (${wat}): ${antwoord.status} ${JSON.stringify(fouten)}`);
    }
    expect(misser).toEqual([]);
    expect(await opgeslagen()).toEqual(voor);
  });

  it('still accepts each clean body, so the refusals above are about the dirty field', async () => {
    for (const r of [ROUTES[4]!, ROUTES[10]!, ROUTES[18]!]) {
      const antwoord = await agent[r.methode](r.pad()).set('x-csrf-token', csrf).send(r.geldig());
      expect({ route: r.route, status: antwoord.status }).toEqual({ route: r.route, status: 201 });
    }
  });

  it('refuses NUL in the search term and in the login, with 400 instead of a database error', async () => {
    const zoek = await agent.get(`/api/huishoudens?zoek=${encodeURIComponent('Jan\u0000')}`);
    expect(zoek.status).toBe(400);
    expect(body<Probleem>(zoek).fouten?.map((fout) => fout.veld)).toEqual(['zoek']);
    const login = await t.http().post('/api/auth/inloggen').set('X-Forwarded-For', uniekIp()).send({ gebruikersnaam: 'consulent.weert\u0000', wachtwoord: 'x\u0000' });
    expect(login.status).toBe(400);
    expect(body<Probleem>(login).fouten?.map((fout) => fout.veld).sort()).toEqual(['gebruikersnaam', 'wachtwoord']);
  });

  it('reads numbers in a query from decimal digits only, and refuses a versie beyond the database integer', async () => {
    const misser: string[] = [];
    for (const [pad, veld] of [['/api/werkvoorraad?pagina=', 'pagina'], ['/api/huishoudens?perPagina=', 'perPagina']] as const) {
      for (const waarde of ['0x2', '1e1', ' 2', '2.0', '-1', '', '99999999999']) {
        const antwoord = await agent.get(`${pad}${encodeURIComponent(waarde)}`);
        if (antwoord.status !== 400 || !(body<Probleem>(antwoord).fouten ?? []).some((f) => f.veld === veld)) misser.push(`${pad}${waarde}: ${antwoord.status}`);
      }
    }
    expect(misser).toEqual([]);
    await agent.get('/api/werkvoorraad?pagina=2').expect(200);
    const verwijderen = await agent.delete(`/api/doelen/${f.doelId}?versie=1e0`).set('x-csrf-token', csrf);
    expect(verwijderen.status).toBe(400);
    expect(body<Probleem>(verwijderen).fouten?.map((fout) => fout.veld)).toEqual(['versie']);
    const groot = await agent.patch(`/api/doelen/${f.doelId}`).set('x-csrf-token', csrf).send({ versie: 3_000_000_000, omschrijving: 'Anders' });
    expect(groot.status).toBe(400);
    expect(body<Probleem>(groot).fouten?.map((fout) => fout.veld)).toEqual(['versie']);
  });
});
