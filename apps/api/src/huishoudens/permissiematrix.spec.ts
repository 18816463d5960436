import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verzamelRoutes } from '../openapi/routes.js';
import { gemeenteId, nieuwHuishouden, zetInTeam } from '../test-support/huishouden-fixtures.js';
import { inloggenAls, maakTestGebruiker, startTestApp, uniekIp, type TestApp } from '../test-support/test-app.js';

/**
 * Who may do what to a household, by relation. Expected statuses are written out by hand —
 * not derived from the CASL rules — so a rule change shows up here as a failing row.
 *
 *  casemanager  consulent.weert, registered the household
 *  teamlid      consulent.leudal, current team member (another gemeente: the team decides, not the gemeente)
 *  oudTeamlid   consulent.nederweert, team membership ended yesterday
 *  collega      a consultant of Weert who has nothing to do with this household
 *  professional professional.amw, not (yet) in the team
 *  beleid, beheer, anoniem
 *
 * For lists, "ja"/"nee" says whether the household appears in the 200 answer.
 */
type Actor = 'casemanager' | 'teamlid' | 'oudTeamlid' | 'collega' | 'professional' | 'beleid' | 'beheer' | 'anoniem';
type Verwacht = number | 'ja' | 'nee';
const ACTOREN: Actor[] = ['casemanager', 'teamlid', 'oudTeamlid', 'collega', 'professional', 'beleid', 'beheer', 'anoniem'];

interface Fixture {
  huishoudenId: string;
  planId: string;
  doelId: string;
  actieId: string;
  lidId: string;
  gemeenteWeert: string;
}

interface Route {
  route: string;
  verzoek: (agent: TestAgent, csrf: string, f: Fixture, pagina: number) => ReturnType<TestAgent['get']>;
  /** For list routes: the items in the answer, to see whether the household is among them. */
  ids?: (body: unknown) => string[];
  verwacht: Record<Actor, Verwacht>;
}

const GEEN_TOEGANG = { professional: 403, beleid: 403, beheer: 403, anoniem: 401 } as const;

const MATRIX: Route[] = [
  {
    route: 'GET /api/huishoudens',
    // searching by the members' family name covers search as well as the list
    verzoek: (a, _c, _f, pagina) => a.get(`/api/huishoudens?zoek=jansen&perPagina=100&pagina=${pagina}`),
    ids: (b) => (b as { items: { id: string }[] }).items.map((i) => i.id),
    verwacht: { casemanager: 'ja', teamlid: 'ja', oudTeamlid: 'nee', collega: 'nee', ...GEEN_TOEGANG },
  },
  {
    route: 'POST /api/huishoudens',
    verzoek: (a, c, f) => a.post('/api/huishoudens').set('x-csrf-token', c).send(nieuwHuishouden(f.gemeenteWeert, 'Nieuw')),
    // only consultants of Weert may register in Weert
    verwacht: { casemanager: 201, teamlid: 400, oudTeamlid: 400, collega: 201, ...GEEN_TOEGANG },
  },
  {
    route: 'GET /api/huishoudens/:id',
    verzoek: (a, _c, f) => a.get(`/api/huishoudens/${f.huishoudenId}`),
    verwacht: { casemanager: 200, teamlid: 200, oudTeamlid: 404, collega: 404, ...GEEN_TOEGANG },
  },
  {
    route: 'PATCH /api/huishoudens/:id',
    verzoek: (a, c, f) => a.patch(`/api/huishoudens/${f.huishoudenId}`).set('x-csrf-token', c).send({ versie: 1, straat: 'Nieuwe Markt' }),
    verwacht: { casemanager: 200, teamlid: 200, oudTeamlid: 404, collega: 404, ...GEEN_TOEGANG },
  },
  {
    route: 'POST /api/huishoudens/:id/leden',
    verzoek: (a, c, f) =>
      a.post(`/api/huishoudens/${f.huishoudenId}/leden`).set('x-csrf-token', c).send({ voornaam: 'Lotte', achternaam: 'Jansen', geboortedatum: '2019-05-05', rol: 'kind' }),
    verwacht: { casemanager: 201, teamlid: 201, oudTeamlid: 404, collega: 404, ...GEEN_TOEGANG },
  },
  {
    route: 'PATCH /api/huishoudens/:id/leden/:lidId',
    verzoek: (a, c, f) => a.patch(`/api/huishoudens/${f.huishoudenId}/leden/${f.lidId}`).set('x-csrf-token', c).send({ versie: 1, voornaam: 'Fatma' }),
    verwacht: { casemanager: 200, teamlid: 200, oudTeamlid: 404, collega: 404, ...GEEN_TOEGANG },
  },
  {
    route: 'DELETE /api/huishoudens/:id/leden/:lidId',
    verzoek: (a, c, f) => a.delete(`/api/huishoudens/${f.huishoudenId}/leden/${f.lidId}?versie=1`).set('x-csrf-token', c),
    verwacht: { casemanager: 200, teamlid: 200, oudTeamlid: 404, collega: 404, ...GEEN_TOEGANG },
  },
  {
    route: 'GET /api/huishoudens/:id/tijdlijn',
    verzoek: (a, _c, f) => a.get(`/api/huishoudens/${f.huishoudenId}/tijdlijn`),
    verwacht: { casemanager: 200, teamlid: 200, oudTeamlid: 404, collega: 404, ...GEEN_TOEGANG },
  },
  {
    route: 'GET /api/huishoudens/:id/inzage',
    verzoek: (a, _c, f) => a.get(`/api/huishoudens/${f.huishoudenId}/inzage`),
    // the access overview is the casemanager's
    verwacht: { casemanager: 200, teamlid: 404, oudTeamlid: 404, collega: 404, ...GEEN_TOEGANG },
  },
  {
    route: 'POST /api/huishoudens/:id/plannen',
    verzoek: (a, c, f) => a.post(`/api/huishoudens/${f.huishoudenId}/plannen`).set('x-csrf-token', c).send({}),
    // allowed, but the household already has an active plan
    verwacht: { casemanager: 409, teamlid: 409, oudTeamlid: 404, collega: 404, ...GEEN_TOEGANG },
  },
  {
    route: 'POST /api/plannen/:id/doelen',
    verzoek: (a, c, f) => a.post(`/api/plannen/${f.planId}/doelen`).set('x-csrf-token', c).send({ leefgebied: 'wonen', omschrijving: 'Een rustige plek', prioriteit: 2 }),
    verwacht: { casemanager: 201, teamlid: 201, oudTeamlid: 404, collega: 404, ...GEEN_TOEGANG },
  },
  {
    route: 'POST /api/plannen/:id/vaststellen',
    verzoek: (a, c, f) => a.post(`/api/plannen/${f.planId}/vaststellen`).set('x-csrf-token', c).send({ versie: 1, akkoordHuishoudenOp: '2026-11-01' }),
    verwacht: { casemanager: 200, teamlid: 200, oudTeamlid: 404, collega: 404, ...GEEN_TOEGANG },
  },
  {
    route: 'POST /api/plannen/:id/afsluiten',
    verzoek: (a, c, f) =>
      a.post(`/api/plannen/${f.planId}/afsluiten`).set('x-csrf-token', c).send({ versie: 1, reden: 'doelen_bereikt', resultaten: [{ doelId: f.doelId, resultaat: 'ja' }] }),
    verwacht: { casemanager: 200, teamlid: 200, oudTeamlid: 404, collega: 404, ...GEEN_TOEGANG },
  },
  {
    route: 'PATCH /api/doelen/:id',
    verzoek: (a, c, f) => a.patch(`/api/doelen/${f.doelId}`).set('x-csrf-token', c).send({ versie: 1, prioriteit: 3 }),
    verwacht: { casemanager: 200, teamlid: 200, oudTeamlid: 404, collega: 404, ...GEEN_TOEGANG },
  },
  {
    route: 'DELETE /api/doelen/:id',
    verzoek: (a, c, f) => a.delete(`/api/doelen/${f.doelId}?versie=1`).set('x-csrf-token', c),
    verwacht: { casemanager: 200, teamlid: 200, oudTeamlid: 404, collega: 404, ...GEEN_TOEGANG },
  },
  {
    route: 'POST /api/doelen/:id/acties',
    verzoek: (a, c, f) =>
      a.post(`/api/doelen/${f.doelId}/acties`).set('x-csrf-token', c).send({ omschrijving: 'Bellen met de woningcorporatie', eigenaarSoort: 'netwerk', eigenaarNaam: 'Oma', deadline: '2026-12-24' }),
    verwacht: { casemanager: 201, teamlid: 201, oudTeamlid: 404, collega: 404, ...GEEN_TOEGANG },
  },
  {
    route: 'PATCH /api/acties/:id',
    verzoek: (a, c, f) => a.patch(`/api/acties/${f.actieId}`).set('x-csrf-token', c).send({ versie: 1, status: 'gedaan' }),
    verwacht: { casemanager: 200, teamlid: 200, oudTeamlid: 404, collega: 404, ...GEEN_TOEGANG },
  },
  {
    route: 'DELETE /api/acties/:id',
    verzoek: (a, c, f) => a.delete(`/api/acties/${f.actieId}?versie=1`).set('x-csrf-token', c),
    verwacht: { casemanager: 200, teamlid: 200, oudTeamlid: 404, collega: 404, ...GEEN_TOEGANG },
  },
  {
    route: 'GET /api/werkvoorraad',
    verzoek: (a, _c, _f, pagina) => a.get(`/api/werkvoorraad?perPagina=100&pagina=${pagina}`),
    ids: (b) => (b as { items: { huishouden: { id: string } }[] }).items.map((i) => i.huishouden.id),
    // professionals have a werkvoorraad; this household is not in it
    verwacht: { casemanager: 'ja', teamlid: 'ja', oudTeamlid: 'nee', collega: 'nee', professional: 'nee', beleid: 403, beheer: 403, anoniem: 401 },
  },
];

let t: TestApp;
let db: DataSource;
let weert: string;
const sessies = new Map<Actor, { agent: TestAgent; csrf: string }>();

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  weert = await gemeenteId(t, 'Weert');
  const collega = await maakTestGebruiker(t, 'consulent');
  await db.query(`INSERT INTO gebruiker_gemeente (gebruiker_id, gemeente_id) VALUES ($1, $2)`, [collega.id, weert]);
  const namen: Partial<Record<Actor, string>> = {
    casemanager: 'consulent.weert',
    teamlid: 'consulent.leudal',
    oudTeamlid: 'consulent.nederweert',
    professional: 'professional.amw',
    beleid: 'beleid.mlw',
    beheer: 'beheer',
  };
  for (const [actor, naam] of Object.entries(namen) as [Actor, string][]) {
    const { agent, csrf } = await inloggenAls(t, naam);
    sessies.set(actor, { agent, csrf });
  }
  const agent = t.http();
  const login = await agent.post('/api/auth/inloggen').set('X-Forwarded-For', uniekIp()).send({ gebruikersnaam: collega.gebruikersnaam, wachtwoord: collega.wachtwoord }).expect(200);
  sessies.set('collega', { agent, csrf: login.body.csrfToken });
  sessies.set('anoniem', { agent: t.http(), csrf: '' });
});
afterAll(() => t.close());

/** A fresh household of consulent.weert with a plan, one doel, one actie and its team. */
async function maakFixture(): Promise<Fixture> {
  const { agent, csrf } = sessies.get('casemanager')!;
  const h = (await agent.post('/api/huishoudens').set('x-csrf-token', csrf).send(nieuwHuishouden(weert)).expect(201)).body;
  const plan = (await agent.post(`/api/plannen/${h.plan.id}/doelen`).set('x-csrf-token', csrf).send({ leefgebied: 'inkomen_schulden', omschrijving: 'Schulden op een rij', prioriteit: 1 }).expect(201)).body;
  const doel = plan.doelen[0];
  const metActie = (
    await agent.post(`/api/doelen/${doel.id}/acties`).set('x-csrf-token', csrf).send({ omschrijving: 'Post sorteren', eigenaarSoort: 'huishouden', eigenaarNaam: 'Fatima', deadline: '2026-12-01' }).expect(201)
  ).body;
  await zetInTeam(t, h.id, 'consulent.leudal');
  const gisteren = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await zetInTeam(t, h.id, 'consulent.nederweert', gisteren);
  return { huishoudenId: h.id, planId: h.plan.id, doelId: doel.id, actieId: metActie.doelen[0].acties[0].id, lidId: h.leden[1].id, gemeenteWeert: weert };
}

/** Everything stored about the household, and the number of households: must not move on a refusal. */
async function momentopname(f: Fixture): Promise<string> {
  const [rij] = await db.query(
    `SELECT (SELECT count(*) FROM huishouden) AS huishoudens,
            (SELECT json_agg(h ORDER BY h.id) FROM huishouden h WHERE h.id = $1) AS huishouden,
            (SELECT json_agg(l ORDER BY l.id) FROM lid l WHERE l.huishouden_id = $1) AS leden,
            (SELECT json_agg(p ORDER BY p.id) FROM plan p WHERE p.huishouden_id = $1) AS plannen,
            (SELECT json_agg(d ORDER BY d.id) FROM doel d JOIN plan p ON p.id = d.plan_id WHERE p.huishouden_id = $1) AS doelen,
            (SELECT json_agg(a ORDER BY a.id) FROM actie a JOIN doel d ON d.id = a.doel_id JOIN plan p ON p.id = d.plan_id WHERE p.huishouden_id = $1) AS acties,
            (SELECT count(*) FROM wijziging WHERE huishouden_id = $1) AS wijzigingen`,
    [f.huishoudenId],
  );
  return JSON.stringify(rij);
}

describe('permissiematrix huishoudens en plannen', () => {
  it('covers every case-work route', () => {
    const routes = verzamelRoutes(t.app.get(DiscoveryService), t.app.get(MetadataScanner), t.app.get(Reflector))
      .filter((r) => /^\/api\/(huishoudens|plannen|doelen|acties|werkvoorraad)/.test(r.pad))
      .map((r) => `${r.methode} ${r.pad}`)
      .sort();
    expect(routes).toEqual(MATRIX.map((m) => m.route).sort());
  });

  it('answers an id one may not see exactly like an id that does not exist', async () => {
    const f = await maakFixture();
    const { agent, csrf } = sessies.get('collega')!;
    const bestaatNiet = '00000000-0000-4000-8000-000000000000';
    for (const [verboden, onbekend] of [
      [agent.get(`/api/huishoudens/${f.huishoudenId}`), agent.get(`/api/huishoudens/${bestaatNiet}`)],
      [agent.patch(`/api/doelen/${f.doelId}`).set('x-csrf-token', csrf).send({ versie: 1 }), agent.patch(`/api/doelen/${bestaatNiet}`).set('x-csrf-token', csrf).send({ versie: 1 })],
      [agent.delete(`/api/acties/${f.actieId}?versie=1`).set('x-csrf-token', csrf), agent.delete(`/api/acties/${bestaatNiet}?versie=1`).set('x-csrf-token', csrf)],
    ]) {
      const [a, b] = [await verboden!, await onbekend!];
      expect(a.status).toBe(404);
      expect(a.body).toEqual(b.body);
    }
  });

  for (const rij of MATRIX) {
    for (const actor of ACTOREN) {
      const verwacht = rij.verwacht[actor];
      it(`${rij.route} as ${actor} → ${verwacht}`, async () => {
        const f = await maakFixture();
        const voor = await momentopname(f);
        const { agent, csrf } = sessies.get(actor)!;
        const antwoord = await rij.verzoek(agent, csrf, f, 1);
        if (verwacht === 'ja' || verwacht === 'nee') {
          // Look through every page the user gets.
          let gevonden = false;
          for (let pagina = 1, laatste = antwoord; ; pagina += 1) {
            expect(laatste.status).toBe(200);
            gevonden ||= rij.ids!(laatste.body).includes(f.huishoudenId);
            if (gevonden || pagina * 100 >= laatste.body.totaal) break;
            laatste = await rij.verzoek(agent, csrf, f, pagina + 1);
          }
          expect(gevonden).toBe(verwacht === 'ja');
        } else {
          expect(antwoord.status).toBe(verwacht);
        }
        if (typeof verwacht === 'number' && verwacht >= 400) {
          expect(antwoord.headers['content-type']).toMatch(/application\/problem\+json/);
          expect(await momentopname(f)).toBe(voor);
        }
      });
    }
  }
});
