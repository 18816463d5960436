import type { AuditGebeurtenis, Probleem } from '@eenplan/contracts';
import { Controller, Get, Module } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enkeleRij } from './common/sql.js';
import { verzamelRoutes } from './openapi/routes.js';
import { body } from './test-support/antwoord.js';
import { inloggenAls, startTestApp, type TestApp } from './test-support/test-app.js';

/** A route that forgot to say who may call it. */
@Controller('vergeten')
class VergetenController {
  @Get()
  geheim() {
    return { geheim: true };
  }
}
@Module({ controllers: [VergetenController] })
class VergetenModule {}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({}, [VergetenModule]);
});
afterAll(() => t.close());

/**
 * Who may reach which route, written out by hand. A change here changes who can reach an
 * endpoint and must be reviewed as such; a new route fails this test until it is added.
 */
const TOEGANG_PER_ROUTE: Record<string, string> = {
  'POST /api/auth/inloggen': 'publiek',
  'GET /api/auth/me': 'read Profiel',
  'POST /api/auth/uitloggen': 'delete Sessie',
  'GET /api/auth/methoden': 'publiek',
  'GET /api/auth/oidc/start': 'publiek',
  'GET /api/auth/oidc/terug': 'publiek',
  'POST /api/auth/oidc/koppelen': 'update Profiel',
  'POST /api/auth/tweede-stap': 'publiek',
  'POST /api/auth/tweede-factor': 'update Profiel',
  'POST /api/auth/tweede-factor/bevestigen': 'update Profiel',
  'DELETE /api/beheer/gebruikers/:id/tweede-factor': 'update Gebruiker',
  'GET /api/beheer/gebruikers': 'read Gebruiker',
  'POST /api/beheer/gebruikers': 'create Gebruiker',
  'PATCH /api/beheer/gebruikers/:id': 'update Gebruiker',
  'POST /api/beheer/gebruikers/:id/uitnodiging': 'update Gebruiker',
  'POST /api/uitnodigingen/:token': 'publiek',
  'GET /api/beheer/gemeenten': 'read Inrichting',
  'POST /api/beheer/gemeenten': 'create Inrichting',
  'PATCH /api/beheer/gemeenten/:id': 'update Inrichting',
  'GET /api/beheer/organisaties': 'read Inrichting',
  'POST /api/beheer/organisaties': 'create Inrichting',
  'PATCH /api/beheer/organisaties/:id': 'update Inrichting',
  'GET /api/beheer/signalen/verwijsindex': 'read Gebruiker',
  'GET /api/health': 'publiek',
  'GET /api/huishoudens': 'read Huishouden',
  'POST /api/huishoudens': 'create Huishouden',
  'GET /api/huishoudens/:id': 'read Huishouden',
  'PATCH /api/huishoudens/:id': 'update Huishouden',
  'POST /api/huishoudens/:id/leden': 'update Huishouden',
  'PATCH /api/huishoudens/:id/leden/:lidId': 'update Huishouden',
  'DELETE /api/huishoudens/:id/leden/:lidId': 'update Huishouden',
  'GET /api/huishoudens/:id/tijdlijn': 'read Huishouden',
  'GET /api/huishoudens/:id/inzage': 'inzage Huishouden',
  'POST /api/huishoudens/:id/plannen': 'update Huishouden',
  'POST /api/plannen/:id/doelen': 'update Huishouden',
  'POST /api/plannen/:id/vaststellen': 'update Huishouden',
  'POST /api/plannen/:id/afsluiten': 'update Huishouden',
  'PATCH /api/doelen/:id': 'update Huishouden',
  'DELETE /api/doelen/:id': 'update Huishouden',
  'POST /api/doelen/:id/acties': 'update Huishouden',
  'PATCH /api/acties/:id': 'update Actie',
  'DELETE /api/acties/:id': 'update Huishouden',
  'GET /api/werkvoorraad': 'read Werkvoorraad',
  'POST /api/huishoudens/:id/team': 'update Huishouden',
  'POST /api/team/:id/beeindigen': 'update Huishouden',
  'POST /api/huishoudens/:id/toestemmingen': 'toestemming Huishouden',
  'POST /api/toestemmingen/:id/intrekken': 'toestemming Huishouden',
  'PUT /api/huishoudens/:id/grondslagen': 'update Huishouden',
  'POST /api/huishoudens/:id/veiligheidssignalen': 'bijdragen Huishouden',
  'POST /api/huishoudens/:id/regie': 'update Huishouden',
  'DELETE /api/regie-afspraken/:id': 'update Huishouden',
  'POST /api/huishoudens/:id/evaluaties': 'update Huishouden',
  'POST /api/evaluaties/:id/vastleggen': 'update Huishouden',
  'POST /api/huishoudens/:id/bijdragen': 'bijdragen Huishouden',
  'POST /api/verwijsindex': 'read Verwijsindex',
  'GET /api/organisaties': 'read Organisatie',
  'POST /api/evaluaties/:id/ervaringsmeting': 'update Huishouden',
  'POST /api/evaluaties/:id/meetlink': 'update Huishouden',
  'POST /api/huishoudens/:id/positieve-gezondheid': 'update Huishouden',
  'GET /api/ervaring/:token': 'publiek',
  'POST /api/ervaring/:token': 'publiek',
  'GET /api/rapportages/releases': 'read Rapportage',
  'POST /api/rapportages/releases': 'create Rapportage',
  'GET /api/rapportages/releases/:periode': 'read Rapportage',
  'GET /api/rapportages/releases/:periode/tabellen/:tabel.csv': 'read Rapportage',
  'GET /api/rapportages/releases/:periode/tabellen/:tabel.json': 'read Rapportage',
  'GET /api/openapi.json': 'publiek',
  'GET /api/vergeten': 'GEEN VERKLARING', // the test route above
};

/** An audit_log row as these tests read it. */
interface AuditRij {
  gebeurtenis: AuditGebeurtenis;
  details: Record<string, unknown>;
}

/** What these tests read of GET /api/openapi.json (built by openapi/openapi.ts). */
interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { requestBody: { content: Record<'application/json', { schema: { required: string[] } }> }; 'x-toegang': string }>>;
}

function routes() {
  return verzamelRoutes(t.app.get(DiscoveryService), t.app.get(MetadataScanner), t.app.get(Reflector));
}

describe('toegang per route', () => {
  it('matches the hand-written declaration of every route', () => {
    const gevonden = Object.fromEntries(
      routes().map((r) => [
        `${r.methode} ${r.pad}`,
        r.verklaring === undefined ? 'GEEN VERKLARING' : r.verklaring.soort === 'publiek' ? 'publiek' : `${r.verklaring.actie} ${r.verklaring.subject}`,
      ]),
    );
    expect(gevonden).toEqual(TOEGANG_PER_ROUTE);
  });

  it('refuses a route without a declaration, even to a signed-in user, and audits it', async () => {
    await t.http().get('/api/vergeten').expect(403);
    const { agent } = await inloggenAls(t, 'beheer');
    const antwoord = await agent.get('/api/vergeten').expect(403);
    expect(antwoord.body).toMatchObject({ status: 403, title: 'Geen toegang' });
    expect(body<Record<string, unknown>>(antwoord).geheim).toBeUndefined();
    const [laatste] = await t.app.get(DataSource).query<AuditRij[]>(`SELECT gebeurtenis, details FROM audit_log ORDER BY id DESC LIMIT 1`);
    expect(laatste).toEqual({ gebeurtenis: 'toegang_geweigerd', details: { route: 'GET /api/vergeten', reden: 'geen_toegangsverklaring' } });
  });

  // role → expected status, written out by hand
  const BEHEER_ROUTES: [string, Record<string, number>][] = [
    ['GET /api/beheer/gebruikers', { 'consulent.weert': 403, 'professional.amw': 403, 'beleid.mlw': 403, beheer: 200 }],
    ['GET /api/beheer/gemeenten', { 'consulent.weert': 403, 'professional.amw': 403, 'beleid.mlw': 403, beheer: 200 }],
    ['GET /api/beheer/organisaties', { 'consulent.weert': 403, 'professional.amw': 403, 'beleid.mlw': 403, beheer: 200 }],
    ['GET /api/auth/me', { 'consulent.weert': 200, 'professional.amw': 200, 'beleid.mlw': 200, beheer: 200 }],
  ];
  for (const [route, verwacht] of BEHEER_ROUTES) {
    for (const [gebruiker, status] of Object.entries(verwacht)) {
      it(`${route} as ${gebruiker} → ${status}`, async () => {
        const { agent } = await inloggenAls(t, gebruiker);
        const [methode, pad] = route.split(' ') as ['GET', string];
        await agent[methode.toLowerCase() as 'get'](pad).expect(status);
      });
    }
  }

  it('refuses a consultant changing an account and changes nothing', async () => {
    const db = t.app.get(DataSource);
    const doel = await enkeleRij<{ id: string; actief: boolean }>(db, `SELECT id, actief FROM gebruiker WHERE gebruikersnaam = 'professional.ggz'`);
    const { agent, csrf } = await inloggenAls(t, 'consulent.weert');
    await agent.patch(`/api/beheer/gebruikers/${doel.id}`).set('x-csrf-token', csrf).send({ actief: false }).expect(403);
    const na = await enkeleRij<{ actief: boolean }>(db, `SELECT actief FROM gebruiker WHERE id = $1`, [doel.id]);
    expect(na.actief).toBe(true);
    const audit = await enkeleRij<AuditRij>(db, `SELECT gebeurtenis, details FROM audit_log ORDER BY id DESC LIMIT 1`);
    expect(audit.details).toMatchObject({ route: 'PATCH /api/beheer/gebruikers/:id', reden: 'geen_recht' });
  });

  it('validates beheer input at the edge with field-level messages', async () => {
    const { agent, csrf } = await inloggenAls(t, 'beheer');
    const geenUuid = await agent.patch('/api/beheer/gebruikers/123').set('x-csrf-token', csrf).send({ actief: false }).expect(400);
    expect(body<Probleem>(geenUuid).fouten).toEqual([{ veld: 'id', melding: 'Dit is geen geldig id.' }]);
    const geenBool = await agent.patch('/api/beheer/gebruikers/6a1b3f5e-0000-4000-8000-000000000000').set('x-csrf-token', csrf).send({ actief: 'ja' }).expect(400);
    expect(body<Probleem>(geenBool).fouten![0]!.veld).toBe('actief');
    await agent.patch('/api/beheer/gebruikers/6a1b3f5e-0000-4000-8000-000000000000').set('x-csrf-token', csrf).send({ actief: false }).expect(404);
  });
});

describe('platform', () => {
  it('reports health with the database reachable', async () => {
    const antwoord = await t.http().get('/api/health').expect(200);
    expect(antwoord.body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('documents every registered route in the OpenAPI document', async () => {
    const doc = body<OpenApiDocument>(await t.http().get('/api/openapi.json').expect(200));
    expect(doc.openapi).toBe('3.1.0');
    const server = t.app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } };
    const geregistreerd = server.router.stack
      .filter((laag) => laag.route)
      .flatMap((laag) => Object.keys(laag.route!.methods).map((m) => `${m.toUpperCase()} ${laag.route!.path.replace(/:(\w+)/g, '{$1}')}`))
      .sort();
    const gedocumenteerd = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([pad, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${pad}`))
      .sort();
    expect(geregistreerd.length).toBeGreaterThanOrEqual(7);
    expect(gedocumenteerd).toEqual(geregistreerd);
    expect(doc.paths['/api/auth/inloggen']!.post!.requestBody.content['application/json'].schema.required).toEqual(['gebruikersnaam', 'wachtwoord']);
    expect(doc.paths['/api/beheer/gebruikers/{id}']!.patch!['x-toegang']).toBe('update Gebruiker');
  });

  it('answers unknown API routes with a problem document, not HTML or a stack trace', async () => {
    const antwoord = await t.http().get('/api/bestaat-niet').expect(404);
    expect(antwoord.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(antwoord.body).toMatchObject({ status: 404, title: 'Niet gevonden' });
    expect(JSON.stringify(antwoord.body)).not.toMatch(/\s+at \S+ \(|Error:|node_modules|\.ts:\d+/);
  });

  it('sends security headers', async () => {
    const antwoord = await t.http().get('/api/health');
    expect(antwoord.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(antwoord.headers['x-content-type-options']).toBe('nosniff');
    expect(antwoord.headers['x-powered-by']).toBeUndefined();
  });
});
