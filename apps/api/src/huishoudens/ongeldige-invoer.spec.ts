import type { HuishoudenDetail, Probleem } from '@eenplan/contracts';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body as leesBody } from '../test-support/antwoord.js';
import { gemeenteId, nieuwHuishouden } from '../test-support/huishouden-fixtures.js';
import { inloggenAls, startTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
let db: DataSource;
let agent: TestAgent;
let csrf: string;
let f: { huishoudenId: string; planId: string; doelId: string; actieId: string; lidId: string; weert: string };

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  ({ agent, csrf } = await inloggenAls(t, 'consulent.weert'));
  const weert = await gemeenteId(t, 'Weert');
  const h = leesBody<HuishoudenDetail>(await agent.post('/api/huishoudens').set('x-csrf-token', csrf).send(nieuwHuishouden(weert)).expect(201));
  const plan = leesBody<HuishoudenDetail>(await agent.post(`/api/plannen/${h.plan!.id}/doelen`).set('x-csrf-token', csrf).send({ leefgebied: 'wonen', omschrijving: 'Dak boven ons hoofd', prioriteit: 1 }).expect(201)).plan!;
  const metActie = leesBody<HuishoudenDetail>(
    await agent.post(`/api/doelen/${plan.doelen[0]!.id}/acties`).set('x-csrf-token', csrf).send({ omschrijving: 'Bellen', eigenaarSoort: 'huishouden', eigenaarNaam: 'Fatima', deadline: '2026-12-01' }).expect(201),
  ).plan!;
  f = { huishoudenId: h.id, planId: h.plan!.id, doelId: plan.doelen[0]!.id, actieId: metActie.doelen[0]!.acties[0]!.id, lidId: h.leden[0]!.id, weert };
});
afterAll(() => t.close());

const LANG = 'x'.repeat(100_000);
const geldigLid = { voornaam: 'Sem', achternaam: 'Jansen', geboortedatum: '2015-01-01', rol: 'kind' };

/** [description, method, path, body, the field the answer must name] */
type Geval = [string, 'post' | 'patch' | 'delete' | 'get', () => string, unknown, string];
const GEVALLEN: Geval[] = [
  ['huishouden: missing everything', 'post', () => '/api/huishoudens', {}, 'gemeenteId'],
  ['huishouden: bad BSN (elfproef)', 'post', () => '/api/huishoudens', () => ({ ...nieuwHuishouden(f.weert), leden: [{ ...geldigLid, bsn: '123456789' }] }), 'leden.0.bsn'],
  ['huishouden: BSN 000000000', 'post', () => '/api/huishoudens', () => ({ ...nieuwHuishouden(f.weert), leden: [{ ...geldigLid, bsn: '000000000' }] }), 'leden.0.bsn'],
  ['huishouden: bad postcode', 'post', () => '/api/huishoudens', () => ({ ...nieuwHuishouden(f.weert), postcode: '60011AB' }), 'postcode'],
  ['huishouden: date of birth in the future', 'post', () => '/api/huishoudens', () => ({ ...nieuwHuishouden(f.weert), leden: [{ ...geldigLid, geboortedatum: '2999-01-01' }] }), 'leden.0.geboortedatum'],
  ['huishouden: impossible date', 'post', () => '/api/huishoudens', () => ({ ...nieuwHuishouden(f.weert), leden: [{ ...geldigLid, geboortedatum: '2020-02-31' }] }), 'leden.0.geboortedatum'],
  ['huishouden: no members', 'post', () => '/api/huishoudens', () => ({ ...nieuwHuishouden(f.weert), leden: [] }), 'leden'],
  ['huishouden: unknown field', 'post', () => '/api/huishoudens', () => ({ ...nieuwHuishouden(f.weert), casemanagerId: f.weert }), 'casemanagerId'],
  ['huishouden: huge string', 'post', () => '/api/huishoudens', () => ({ ...nieuwHuishouden(f.weert), straat: LANG }), 'straat'],
  ['huishouden: wrong types', 'post', () => '/api/huishoudens', () => ({ ...nieuwHuishouden(f.weert), leden: 'iedereen' }), 'leden'],
  ['huishouden: gemeente not a uuid', 'post', () => '/api/huishoudens', () => ({ ...nieuwHuishouden(f.weert), gemeenteId: 'Weert' }), 'gemeenteId'],
  ['lijst: bad page', 'get', () => '/api/huishoudens?pagina=nul', undefined, 'pagina'],
  ['lijst: too many per page', 'get', () => '/api/huishoudens?perPagina=100000', undefined, 'perPagina'],
  ['lijst: unknown sort', 'get', () => '/api/huishoudens?sorteer=bsn', undefined, 'sorteer'],
  ['lijst: unknown parameter', 'get', () => '/api/huishoudens?gemeente=Weert', undefined, 'gemeente'],
  ['lijst: huge search', 'get', () => `/api/huishoudens?zoek=${'a'.repeat(500)}`, undefined, 'zoek'],
  ['detail: id not a uuid', 'get', () => '/api/huishoudens/abc', undefined, 'id'],
  ['wijzig huishouden: no version', 'patch', () => `/api/huishoudens/${f.huishoudenId}`, { straat: 'Elders' }, 'versie'],
  ['wijzig huishouden: version as text', 'patch', () => `/api/huishoudens/${f.huishoudenId}`, { versie: 'een', straat: 'Elders' }, 'versie'],
  ['lid toevoegen: bad BSN', 'post', () => `/api/huishoudens/${f.huishoudenId}/leden`, { ...geldigLid, bsn: '12345678' }, 'bsn'],
  ['lid toevoegen: unknown role', 'post', () => `/api/huishoudens/${f.huishoudenId}/leden`, { ...geldigLid, rol: 'buurman' }, 'rol'],
  ['lid wijzigen: bad lid id', 'patch', () => `/api/huishoudens/${f.huishoudenId}/leden/nee`, { versie: 1 }, 'lidId'],
  ['lid verwijderen: no version', 'delete', () => `/api/huishoudens/${f.huishoudenId}/leden/${f.lidId}`, undefined, 'versie'],
  ['doel: unknown leefgebied', 'post', () => `/api/plannen/${f.planId}/doelen`, { leefgebied: 'geluk', omschrijving: 'x', prioriteit: 1 }, 'leefgebied'],
  ['doel: priority 0', 'post', () => `/api/plannen/${f.planId}/doelen`, { leefgebied: 'wonen', omschrijving: 'x', prioriteit: 0 }, 'prioriteit'],
  ['doel: priority as text', 'post', () => `/api/plannen/${f.planId}/doelen`, { leefgebied: 'wonen', omschrijving: 'x', prioriteit: 'hoog' }, 'prioriteit'],
  ['doel: empty text', 'post', () => `/api/plannen/${f.planId}/doelen`, { leefgebied: 'wonen', omschrijving: '   ', prioriteit: 1 }, 'omschrijving'],
  ['doel wijzigen: unknown status', 'patch', () => `/api/doelen/${f.doelId}`, { versie: 1, status: 'klaar' }, 'status'],
  ['doel verwijderen: version not a number', 'delete', () => `/api/doelen/${f.doelId}?versie=abc`, undefined, 'versie'],
  ['actie: bad deadline', 'post', () => `/api/doelen/${f.doelId}/acties`, { omschrijving: 'x', eigenaarSoort: 'huishouden', eigenaarNaam: 'Fatima', deadline: '31-12-2026' }, 'deadline'],
  ['actie: professional without who', 'post', () => `/api/doelen/${f.doelId}/acties`, { omschrijving: 'x', eigenaarSoort: 'professional', deadline: '2026-12-31' }, 'eigenaarGebruikerId'],
  ['actie: household owner without name', 'post', () => `/api/doelen/${f.doelId}/acties`, { omschrijving: 'x', eigenaarSoort: 'netwerk', deadline: '2026-12-31' }, 'eigenaarNaam'],
  ['actie: professional outside the team', 'post', () => `/api/doelen/${f.doelId}/acties`, () => ({ omschrijving: 'x', eigenaarSoort: 'professional', eigenaarGebruikerId: f.weert, deadline: '2026-12-31' }), 'eigenaarGebruikerId'],
  ['actie wijzigen: unknown status', 'patch', () => `/api/acties/${f.actieId}`, { versie: 1, status: 'half' }, 'status'],
  ['vaststellen: agreement date in the future', 'post', () => `/api/plannen/${f.planId}/vaststellen`, { versie: 1, akkoordHuishoudenOp: '2999-01-01' }, 'akkoordHuishoudenOp'],
  ['vaststellen: agreed before the plan existed', 'post', () => `/api/plannen/${f.planId}/vaststellen`, { versie: 1, akkoordHuishoudenOp: '2020-01-01' }, 'akkoordHuishoudenOp'],
  ['vaststellen: no date', 'post', () => `/api/plannen/${f.planId}/vaststellen`, { versie: 1 }, 'akkoordHuishoudenOp'],
  ['afsluiten: unknown reason', 'post', () => `/api/plannen/${f.planId}/afsluiten`, { versie: 1, reden: 'zomaar', resultaten: [] }, 'reden'],
  ['afsluiten: a doel without result', 'post', () => `/api/plannen/${f.planId}/afsluiten`, { versie: 1, reden: 'verhuisd', resultaten: [] }, `resultaten.`],
  ['nieuw plan: unknown field', 'post', () => `/api/huishoudens/${f.huishoudenId}/plannen`, { status: 'vastgesteld' }, 'status'],
  ['werkvoorraad: bad page size', 'get', () => '/api/werkvoorraad?perPagina=-1', undefined, 'perPagina'],
];

async function alles(): Promise<string> {
  const [rij] = await db.query<Record<string, unknown>[]>(
    `SELECT (SELECT count(*) FROM huishouden) AS h, (SELECT count(*) FROM lid) AS l, (SELECT count(*) FROM plan) AS p,
            (SELECT count(*) FROM doel) AS d, (SELECT count(*) FROM actie) AS a, (SELECT count(*) FROM wijziging) AS w,
            (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, versie FROM doel UNION ALL SELECT id, versie FROM actie UNION ALL SELECT id, versie FROM plan UNION ALL SELECT id, versie FROM lid UNION ALL SELECT id, versie FROM huishouden) x) AS versies`,
  );
  return JSON.stringify(rij);
}

describe('ongeldige invoer', () => {
  for (const [omschrijving, methode, pad, body, veld] of GEVALLEN) {
    it(`${omschrijving} → 400 naming ${veld}, nothing stored`, async () => {
      const voor = await alles();
      let verzoek = agent[methode](pad()).set('x-csrf-token', csrf);
      if (body !== undefined) verzoek = verzoek.send((typeof body === 'function' ? (body as () => object)() : body) as object);
      const antwoord = await verzoek;
      expect(antwoord.status).toBe(400);
      expect(leesBody<Probleem>(antwoord).title).toBe('Ongeldige invoer');
      const velden: string[] = leesBody<Probleem>(antwoord).fouten!.map((fout: { veld: string }) => fout.veld);
      expect(velden.some((v) => v.startsWith(veld))).toBe(true);
      for (const fout of leesBody<Probleem>(antwoord).fouten!) expect(fout.melding).toMatch(/[a-z]{3}/);
      expect(await alles()).toBe(voor);
    });
  }

  it('answers a stale version with 409 and stores nothing', async () => {
    const voor = await alles();
    const antwoord = await agent.patch(`/api/acties/${f.actieId}`).set('x-csrf-token', csrf).send({ versie: 99, status: 'gedaan' }).expect(409);
    expect(leesBody<Probleem>(antwoord).title).toBe('Intussen gewijzigd');
    expect(await alles()).toBe(voor);
  });

  it('speaks Dutch in its messages', async () => {
    const antwoord = await agent.post('/api/huishoudens').set('x-csrf-token', csrf).send({ ...nieuwHuishouden(f.weert), leden: [{ ...geldigLid, bsn: '123456789' }] });
    expect(leesBody<Probleem>(antwoord).fouten).toEqual([{ veld: 'leden.0.bsn', melding: 'Dit BSN is ongeldig (het voldoet niet aan de elfproef).' }]);
  });
});
