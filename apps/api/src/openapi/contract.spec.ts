import { huishoudenDetailAntwoord, paginaAntwoord, tijdlijnRegelAntwoord, werkvoorraadRegelAntwoord, z } from '@eenplan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body } from '../test-support/antwoord.js';
import { gemeenteId, nieuwHuishouden } from '../test-support/huishouden-fixtures.js';
import { inloggenAls, startTestApp, type TestApp } from '../test-support/test-app.js';

interface OpenApi {
  paths: Record<string, Record<string, { responses: Record<string, { content?: { 'application/json': { schema: { $ref?: string } } } }> }>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
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
    const ref = (pad: string, methode: string, status: string) => doc.paths[pad]?.[methode]?.responses[status]?.content?.['application/json'].schema.$ref;
    expect(ref('/api/plannen/{id}/doelen', 'post', '201')).toBe('#/components/schemas/HuishoudenDetail');
    expect(ref('/api/doelen/{id}', 'patch', '200')).toBe('#/components/schemas/HuishoudenDetail');
    expect(ref('/api/toestemmingen/{id}/intrekken', 'post', '200')).toBe('#/components/schemas/HuishoudenDetail');
    expect(ref('/api/evaluaties/{id}/ervaringsmeting', 'post', '201')).toBe('#/components/schemas/HuishoudenDetail');
    expect(ref('/api/evaluaties/{id}/meetlink', 'post', '201')).toBe('#/components/schemas/Meetlink');
  });
});
