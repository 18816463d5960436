import { randomUUID } from 'node:crypto';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { huishoudenDetailAntwoord, type Meetlink, paginaAntwoord, type Probleem, tijdlijnRegelAntwoord, werkvoorraadRegelAntwoord, z } from '@eenplan/contracts';
import type { Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body } from '../test-support/antwoord.js';
import { gemeenteId, nieuweConsulent, nieuwHuishouden } from '../test-support/huishouden-fixtures.js';
import { inloggenAls, maakTestGebruiker, startTestApp, type TestApp, uniekIp } from '../test-support/test-app.js';
import { verzamelRoutes } from './routes.js';
import { openApiZonderApp } from './zonder-app.js';

interface OpenApi {
  paths: Record<
    string,
    Record<
      string,
      {
        description?: string;
        parameters?: { name: string; in: string; schema: { format?: string } }[];
        responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
      }
    >
  >;
  components: { schemas: Record<string, { properties?: Record<string, { format?: string }> }> };
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('one contract', () => {
  it('the API answers exactly what libs/contracts describes: the file after changes, lists, timeline', async () => {
    const { agent, csrf } = await inloggenAls(t, 'consulent.weert');
    const nieuw = await agent.post('/api/huishoudens').set('x-csrf-token', csrf).send(nieuwHuishouden(await gemeenteId(t, 'Weert'), 'Contract')).expect(201);
    const h = huishoudenDetailAntwoord.parse(nieuw.body);
    const metDoel = huishoudenDetailAntwoord.parse((await agent.post(`/api/plannen/${h.plan!.id}/doelen`).set('x-csrf-token', csrf).send({ leefgebied: 'wonen', omschrijving: 'Een huis', prioriteit: 1 }).expect(201)).body);
    expect(metDoel.plan!.doelen.map((d) => d.omschrijving)).toEqual(['Een huis']);
    const metTeam = huishoudenDetailAntwoord.parse(
      (await agent.post(`/api/huishoudens/${h.id}/team`).set('x-csrf-token', csrf).send({ soort: 'netwerk', naam: 'Oma', relatie: 'oma', rol: 'Oppas', van: '2026-01-01' }).expect(201)).body,
    );
    expect(metTeam.team.map((b) => b.naam)).toEqual(['Oma']);
    // The answer to a change is the same file a fresh read gives (less what only a read logs).
    expect(huishoudenDetailAntwoord.parse((await agent.get(`/api/huishoudens/${h.id}`).expect(200)).body)).toEqual(metTeam);
    z.array(tijdlijnRegelAntwoord).parse((await agent.get(`/api/huishoudens/${h.id}/tijdlijn`).expect(200)).body);
    paginaAntwoord(werkvoorraadRegelAntwoord).parse((await agent.get('/api/werkvoorraad').expect(200)).body);
  });

  it('documents every change to a file as answering with HuishoudenDetail, with the right status', async () => {
    const doc = body<OpenApi>(await t.http().get('/api/openapi.json').expect(200));
    expect(Object.keys(doc.components.schemas.HuishoudenDetail?.properties ?? {})).toContain('mijnRechten');
    const ref = (pad: string, methode: string, status: string) => doc.paths[pad]?.[methode]?.responses[status]?.content?.['application/json']?.schema.$ref;
    expect(ref('/api/plannen/{id}/doelen', 'post', '201')).toBe('#/components/schemas/HuishoudenDetail');
    expect(ref('/api/doelen/{id}', 'patch', '200')).toBe('#/components/schemas/HuishoudenDetail');
    expect(ref('/api/toestemmingen/{id}/intrekken', 'post', '200')).toBe('#/components/schemas/HuishoudenDetail');
    expect(ref('/api/evaluaties/{id}/ervaringsmeting', 'post', '201')).toBe('#/components/schemas/HuishoudenDetail');
    expect(ref('/api/evaluaties/{id}/meetlink', 'post', '201')).toBe('#/components/schemas/Meetlink');
  });
});

/** Every request a scenario made, with the status it really got, to hold against the document. */
const gezien: { methode: string; pad: string; status: number }[] = [];
function api(agent: TestAgent, csrf?: string) {
  return async (methode: 'get' | 'post' | 'patch' | 'put' | 'delete', pad: string, data?: object | string, kop: Record<string, string> = {}) => {
    const verzoek = agent[methode](`/api${pad}`).set({ ...(csrf ? { 'x-csrf-token': csrf } : {}), ...kop });
    const res = data === undefined ? await verzoek : await verzoek.send(data);
    gezien.push({ methode, pad: `/api${pad.split('?')[0]}`, status: res.status });
    return res;
  };
}

/** The document's operation a concrete path and method belong to. */
function operatieVan(doc: OpenApi, methode: string, pad: string) {
  const treffers = Object.entries(doc.paths).filter(
    ([sjabloon, operaties]) => operaties[methode] && new RegExp(`^${sjabloon.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`).test(pad),
  );
  expect(treffers.map(([sjabloon]) => sjabloon), `${methode} ${pad}`).toHaveLength(1);
  return { sjabloon: treffers[0]![0], operatie: treffers[0]![1][methode]! };
}

const tweeHonderd = (statussen: string[]) => statussen.filter((s) => s.startsWith('2'));

describe('the document says what the routes really answer', () => {
  it('documents every status a scenario really got, with the one success status each route gives', async () => {
    const cm = await nieuweConsulent(t, 'Weert');
    const doe = api(cm.agent, cm.csrf);
    const h = huishoudenDetailAntwoord.parse((await doe('post', '/huishoudens', nieuwHuishouden(await gemeenteId(t, 'Weert'), 'Statussen'))).body);
    await doe('get', `/huishoudens/${h.id}`);
    await doe('get', `/huishoudens/${randomUUID()}`); // 404
    await doe('get', '/huishoudens/geen-uuid'); // 400
    await doe('patch', `/huishoudens/${h.id}`, { versie: h.versie + 5, straat: 'Markt' }); // 409: stale version
    const metDoel = huishoudenDetailAntwoord.parse((await doe('post', `/plannen/${h.plan!.id}/doelen`, { leefgebied: 'wonen', omschrijving: 'Een huis', prioriteit: 1 })).body);
    const doel = metDoel.plan!.doelen[0]!;
    const metActie = huishoudenDetailAntwoord.parse((await doe('post', `/doelen/${doel.id}/acties`, { omschrijving: 'Bellen', eigenaarSoort: 'huishouden', eigenaarNaam: 'Fatima', deadline: '2026-12-31' })).body);
    const actie = metActie.plan!.doelen[0]!.acties[0]!;
    await doe('patch', `/acties/${actie.id}`, { versie: actie.versie, status: 'gedaan' });
    await doe('delete', `/acties/${actie.id}?versie=${actie.versie}`); // 409: the patch raised the version
    await doe('post', `/plannen/${h.plan!.id}/vaststellen`, { versie: metActie.plan!.versie, akkoordHuishoudenOp: '2026-01-05' });
    await doe('post', `/plannen/${h.plan!.id}/doelen`, { leefgebied: 'wonen' }); // 400 with fouten
    await doe('post', `/plannen/${h.plan!.id}/doelen`, 'geen json', { 'Content-Type': 'text/plain' }); // 415
    await doe('post', `/plannen/${h.plan!.id}/doelen`, { leefgebied: 'wonen', omschrijving: 'x'.repeat(300_000), prioriteit: 1 }); // 413
    const metEvaluatie = huishoudenDetailAntwoord.parse((await doe('post', `/huishoudens/${h.id}/evaluaties`, { geplandOp: '2026-12-01' })).body);
    const link = body<Meetlink>(await doe('post', `/evaluaties/${metEvaluatie.evaluaties[0]!.id}/meetlink`));
    const anoniem = api(t.http());
    const antwoorden = { perspectief: 4, regie: 5, integraal: null, effect: 3, gehoord: 5, tevredenheid: 4 };
    await anoniem('get', link.url);
    await anoniem('post', link.url, antwoorden); // 204
    await anoniem('post', link.url, antwoorden); // 410
    await anoniem('get', '/werkvoorraad'); // 401
    await api(cm.agent)('post', `/huishoudens/${h.id}/bijdragen`, { tekst: 'Zonder CSRF-token' }); // 403
    await doe('get', '/werkvoorraad');
    await doe('get', '/organisaties');
    const vergrendeld = await maakTestGebruiker(t);
    const ip = uniekIp();
    for (let i = 0; i < 6; i++) await anoniem('post', '/auth/inloggen', { gebruikersnaam: vergrendeld.gebruikersnaam, wachtwoord: 'fout-wachtwoord' }, { 'X-Forwarded-For': ip }); // 401, then 429
    await doe('post', '/auth/uitloggen'); // 200

    const doc = body<OpenApi>(await t.http().get('/api/openapi.json').expect(200));
    for (const { methode, pad, status } of gezien) {
      const { sjabloon, operatie } = operatieVan(doc, methode, pad);
      expect(Object.keys(operatie.responses), `${methode} ${sjabloon} answered ${status}`).toContain(String(status));
      if (status < 300) expect(tweeHonderd(Object.keys(operatie.responses)), `${methode} ${sjabloon}`).toEqual([String(status)]);
    }
    // The scenario really went through each kind of answer, so the loop above checked them.
    expect(new Set(gezien.map((g) => g.status))).toEqual(new Set([200, 201, 204, 400, 401, 403, 404, 409, 410, 413, 415, 429]));
  });

  it('documents for every route the success status Nest gives it (@HttpCode, else 201 for POST and 200 otherwise)', async () => {
    const doc = body<OpenApi>(await t.http().get('/api/openapi.json').expect(200));
    const routes = verzamelRoutes(t.app.get(DiscoveryService), t.app.get(MetadataScanner), t.app.get(Reflector));
    expect(routes.length).toBeGreaterThan(40);
    for (const route of routes) {
      const controller = t.app.get(DiscoveryService).getControllers().find((w) => w.metatype?.name === route.controller)!;
      const handler = (controller.metatype as { prototype: Record<string, object> }).prototype[route.handler]!;
      const nest = (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ?? (route.methode === 'POST' ? 201 : 200);
      const operatie = doc.paths[route.pad.replace(/:(\w+)/g, '{$1}')]![route.methode.toLowerCase()]!;
      expect(tweeHonderd(Object.keys(operatie.responses)), `${route.methode} ${route.pad}`).toEqual([String(nest)]);
      // Errors are problem details; a 204 has no body.
      for (const [status, antwoord] of Object.entries(operatie.responses)) {
        if (Number(status) >= 400) expect(Object.keys(antwoord.content ?? {}), `${route.methode} ${route.pad} ${status}`).toEqual(['application/problem+json']);
        if (status === '204') expect(antwoord.content).toBeUndefined();
      }
      expect(operatie.description, `${route.methode} ${route.pad}`).toBeTruthy();
    }
  });

  it('types ids as uuid and dates as date, in paths, bodies and answers', async () => {
    const doc = body<OpenApi>(await t.http().get('/api/openapi.json').expect(200));
    const padId = doc.paths['/api/huishoudens/{id}/leden/{lidId}']!.delete!.parameters!.filter((p) => p.in === 'path');
    expect(padId.map((p) => [p.name, p.schema.format])).toEqual([['id', 'uuid'], ['lidId', 'uuid']]);
    const detail = doc.components.schemas.HuishoudenDetail!.properties!;
    expect(detail.id?.format).toBe('uuid');
    const leden = JSON.stringify(detail.leden);
    expect(leden).toContain('"format":"date"');
    expect(JSON.stringify(doc.paths['/api/huishoudens']!.post)).toMatch(/"gemeenteId":\{[^}]*"format":"uuid"/);
  });

  it('serves the same document that npm test lints (written without a database)', async () => {
    expect(body(await t.http().get('/api/openapi.json').expect(200))).toEqual(JSON.parse(JSON.stringify(openApiZonderApp())));
  });
});

describe('headers and methods', () => {
  it('sends Cache-Control: no-store on every /api answer, errors and unknown paths included', async () => {
    const { agent } = await inloggenAls(t, 'consulent.weert');
    for (const res of [
      await agent.get('/api/werkvoorraad').expect(200),
      await agent.get('/api/auth/me').expect(200),
      await t.http().get('/api/health').expect(200),
      await t.http().get('/api/openapi.json').expect(200),
      await t.http().get('/api/werkvoorraad').expect(401),
      await agent.get(`/api/huishoudens/${randomUUID()}`).expect(404),
      await t.http().get('/api/bestaat-niet').expect(404),
      await t.http().post('/api/auth/inloggen').set('Content-Type', 'application/json').send('{kapot').expect(400),
      await t.http().post('/api/auth/inloggen').set('Content-Type', 'text/plain').send('x').expect(415),
      await t.http().delete('/api/werkvoorraad').expect(405),
    ]) {
      expect(res.headers['cache-control'], `${res.status}`).toBe('no-store');
    }
  });

  it('answers a known path with an unknown method 405 with Allow, as problem details in Dutch', async () => {
    const { agent } = await inloggenAls(t, 'consulent.weert');
    const gevallen: [() => PromiseLike<Response>, string][] = [
      [() => agent.delete('/api/werkvoorraad'), 'GET, HEAD'],
      [() => t.http().put(`/api/huishoudens/${randomUUID()}`).send({}), 'GET, HEAD, PATCH'],
      [() => t.http().post(`/api/doelen/${randomUUID()}`), 'DELETE, PATCH'],
      [() => t.http().get('/api/auth/inloggen'), 'POST'],
      [() => t.http().delete('/api/huishoudens/'), 'GET, HEAD, POST'],
    ];
    for (const [verzoek, allow] of gevallen) {
      const res = await verzoek();
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe(allow);
      expect(res.type).toBe('application/problem+json');
      const p = body<Probleem>(res);
      expect(p).toMatchObject({ type: 'urn:eenplan:probleem:methode-niet-toegestaan', title: 'Methode niet toegestaan', status: 405 });
      expect(p.detail).toContain(`Wel mogelijk: ${allow}.`);
    }
  });

  it('still answers 404 for a path that does not exist, whatever the method', async () => {
    for (const res of [
      await t.http().get('/api/bestaat-niet'),
      await t.http().delete('/api/bestaat-niet'),
      await t.http().get(`/api/huishoudens/${randomUUID()}/bestaat-niet`),
      await t.http().post('/api/werkvoorraad/extra'),
    ]) {
      expect(res.status).toBe(404);
      expect(res.headers.allow).toBeUndefined();
    }
  });
});
