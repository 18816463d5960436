import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gemeenteId, nieuweConsulent, nieuwHuishouden } from '../test-support/huishouden-fixtures.js';
import { inloggenAls, startTestApp, type TestApp } from '../test-support/test-app.js';
import { ReleaseService } from './release.service.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('releases', () => {
  it('publishes a past quarter once, frozen, and a re-run of the same release is byte-identical', async () => {
    const beleid = await inloggenAls(t, 'beleid.mlw');
    const periode = '2025-K3';
    const gepubliceerd = await beleid.agent.post('/api/rapportages/releases').set('x-csrf-token', beleid.csrf).send({ periode }).expect(201);
    expect(gepubliceerd.body).toMatchObject({ periode, soort: 'kwartaal' });
    expect(gepubliceerd.body.tabellen.map((x: { id: string }) => x.id)).toEqual([
      'actieve-plannen', 'organisaties-per-plan', 'regie-bij', 'regie-bij-start', 'leefgebieden-per-plan', 'doelrealisatie', 'uitval',
      'regie-en-integraal', 'ervaring', 'doorlooptijd', 'positieve-gezondheid',
    ]);
    const opgehaald = await beleid.agent.get(`/api/rapportages/releases/${periode}`).expect(200);
    expect(opgehaald.text).toBe(JSON.stringify(gepubliceerd.body));

    // Re-running the build of the same period on the same data gives the same bytes.
    const opnieuw = await t.app.get(ReleaseService).bouw(periode);
    expect(JSON.stringify(opnieuw)).toBe(JSON.stringify(gepubliceerd.body.tabellen));

    const nogmaals = await beleid.agent.post('/api/rapportages/releases').set('x-csrf-token', beleid.csrf).send({ periode }).expect(409);
    expect(nogmaals.body.detail).toMatch(/ligt vast/);
    await expect(t.app.get(DataSource).query(`UPDATE rapportage_release SET hash = 'x' WHERE periode = $1`, [periode])).rejects.toThrow(/bevroren/);
    const lijst = await beleid.agent.get('/api/rapportages/releases').expect(200);
    expect(lijst.body.map((r: { periode: string }) => r.periode)).toContain(periode);
  });

  it('refuses a period that has not ended and a malformed one', async () => {
    const beleid = await inloggenAls(t, 'beleid.mlw');
    const toekomst = await beleid.agent.post('/api/rapportages/releases').set('x-csrf-token', beleid.csrf).send({ periode: '2999-K1' }).expect(400);
    expect(toekomst.body.fouten[0]).toEqual({ veld: 'periode', melding: 'De periode 2999-K1 is nog niet voorbij; publiceer na afloop.' });
    await beleid.agent.post('/api/rapportages/releases').set('x-csrf-token', beleid.csrf).send({ periode: 'Q3 2025' }).expect(400);
    await beleid.agent.get('/api/rapportages/releases/2024-K1').expect(404);
  });

  it('exports a table as CSV for Dutch Excel', async () => {
    const beleid = await inloggenAls(t, 'beleid.mlw');
    await beleid.agent.post('/api/rapportages/releases').set('x-csrf-token', beleid.csrf).send({ periode: '2025' });
    const antwoord = await beleid.agent.get('/api/rapportages/releases/2025/tabellen/regie-bij.csv').buffer(true).parse((res, klaar) => {
      const delen: Buffer[] = [];
      res.on('data', (d: Buffer) => delen.push(d));
      res.on('end', () => klaar(null, Buffer.concat(delen)));
    }).expect(200);
    expect(antwoord.headers['content-type']).toMatch(/text\/csv; charset=utf-8/);
    const bytes = antwoord.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const regels = bytes.toString('utf8').slice(1).split('\r\n');
    expect(regels[0]).toBe('Gemeente;Het huishouden;Het netwerk;Een professional;Geen afspraak;Totaal');
    expect(regels.slice(1, 5).map((r) => r.split(';')[0])).toEqual(['Leudal', 'Nederweert', 'Weert', 'Regio']);
    for (const cel of regels.slice(1, 5).flatMap((r) => r.split(';').slice(1))) expect(cel).toMatch(/^(\d+|<10|×)$/);
  });
});

describe('scheiding: beleid ziet alleen rapportages', () => {
  it('answers 403 or 404 to beleid on every case route of the OpenAPI document', async () => {
    const beleid = await inloggenAls(t, 'beleid.mlw');
    const doc = (await t.http().get('/api/openapi.json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const eigen = /^\/api\/(rapportages|auth|health|openapi\.json|ervaring\/)/;
    let gecontroleerd = 0;
    for (const [pad, methoden] of Object.entries(doc.paths)) {
      if (eigen.test(pad)) continue;
      const url = pad.replace(/\{[^}]+\}/g, '6a1b3f5e-0000-4000-8000-000000000000');
      for (const methode of Object.keys(methoden) as ('get' | 'post' | 'put' | 'patch' | 'delete')[]) {
        const antwoord = await beleid.agent[methode](url).set('x-csrf-token', beleid.csrf).send(methode === 'get' ? undefined : {});
        expect([403, 404], `${methode.toUpperCase()} ${pad} gaf ${antwoord.status}`).toContain(antwoord.status);
        gecontroleerd += 1;
      }
    }
    expect(gecontroleerd).toBeGreaterThan(35);
  });

  it('keeps the reports from consultants and professionals', async () => {
    for (const naam of ['consulent.weert', 'professional.amw', 'beheer']) {
      const { agent, csrf } = await inloggenAls(t, naam);
      await agent.get('/api/rapportages/releases').expect(403);
      await agent.post('/api/rapportages/releases').set('x-csrf-token', csrf).send({ periode: '2025-K1' }).expect(403);
    }
  });
});

describe('ervaringsmeting via een eenmalige link', () => {
  it('lets the household answer once, without an account, and stores no answer twice', async () => {
    const cm = await nieuweConsulent(t, 'Weert');
    const h = (await cm.agent.post('/api/huishoudens').set('x-csrf-token', cm.csrf).send(nieuwHuishouden(await gemeenteId(t, 'Weert'))).expect(201)).body;
    const metEvaluatie = (await cm.agent.post(`/api/huishoudens/${h.id}/evaluaties`).set('x-csrf-token', cm.csrf).send({ geplandOp: '2026-12-01' }).expect(201)).body;
    const link = (await cm.agent.post(`/api/evaluaties/${metEvaluatie.evaluaties[0].id}/meetlink`).set('x-csrf-token', cm.csrf).send({}).expect(201)).body;
    expect(link.url).toMatch(/^\/ervaring\/[\w-]{43}$/);

    const anoniem = t.http();
    const vragen = await anoniem.get(`/api${link.url}`).expect(200);
    expect(vragen.body.stellingen).toHaveLength(6);
    expect(JSON.stringify(vragen.body)).not.toMatch(/Jansen|Fatima|Markt/);
    const antwoorden = { perspectief: 4, regie: 5, integraal: null, effect: 3, gehoord: 5, tevredenheid: 4 };
    await anoniem.post(`/api${link.url}`).send(antwoorden).expect(204);
    const tweede = await anoniem.post(`/api${link.url}`).send(antwoorden).expect(410);
    expect(tweede.body.detail).toMatch(/al ingevuld/);
    await anoniem.get(`/api${link.url}`).expect(410);
    const rijen = await t.app.get(DataSource).query(`SELECT wijze, perspectief, integraal FROM ervaringsmeting WHERE huishouden_id = $1`, [h.id]);
    expect(rijen).toEqual([{ wijze: 'via_link', perspectief: 4, integraal: null }]);
  });

  it('refuses an expired link, an unknown one and answers out of range', async () => {
    const cm = await nieuweConsulent(t, 'Weert');
    const h = (await cm.agent.post('/api/huishoudens').set('x-csrf-token', cm.csrf).send(nieuwHuishouden(await gemeenteId(t, 'Weert'))).expect(201)).body;
    const metEvaluatie = (await cm.agent.post(`/api/huishoudens/${h.id}/evaluaties`).set('x-csrf-token', cm.csrf).send({ geplandOp: '2026-12-01' }).expect(201)).body;
    const link = (await cm.agent.post(`/api/evaluaties/${metEvaluatie.evaluaties[0].id}/meetlink`).set('x-csrf-token', cm.csrf).send({}).expect(201)).body;
    const fout = await t.http().post(`/api${link.url}`).send({ perspectief: 7, regie: 5, integraal: 1, effect: 3, gehoord: 5, tevredenheid: 4 }).expect(400);
    expect(fout.body.fouten[0].veld).toBe('perspectief');
    await t.http().get(`/api/ervaring/${'a'.repeat(43)}`).expect(404);
    await t.http().get('/api/ervaring/kort').expect(400);
    t.klok.verzet(15 * 24 * 60);
    const verlopen = await t.http().get(`/api${link.url}`).expect(410);
    expect(verlopen.body.detail).toMatch(/verlopen/);
  });

  it('records the experience with the household at an evaluation', async () => {
    const cm = await nieuweConsulent(t, 'Weert');
    const h = (await cm.agent.post('/api/huishoudens').set('x-csrf-token', cm.csrf).send(nieuwHuishouden(await gemeenteId(t, 'Weert'))).expect(201)).body;
    const metEvaluatie = (await cm.agent.post(`/api/huishoudens/${h.id}/evaluaties`).set('x-csrf-token', cm.csrf).send({ geplandOp: '2026-12-01' }).expect(201)).body;
    await cm.agent.post(`/api/evaluaties/${metEvaluatie.evaluaties[0].id}/ervaringsmeting`).set('x-csrf-token', cm.csrf).send({ perspectief: 3, regie: 3, integraal: 4, effect: null, gehoord: 4, tevredenheid: 3 }).expect(201);
    await cm.agent.post(`/api/huishoudens/${h.id}/positieve-gezondheid`).set('x-csrf-token', cm.csrf).send({ lidId: h.leden[0].id, moment: 'start', lichaamsfuncties: 6, mentaalWelbevinden: 4, zingeving: 5, kwaliteitVanLeven: 5, meedoen: 3, dagelijksFunctioneren: 6 }).expect(201);
    const fout = await cm.agent.post(`/api/huishoudens/${h.id}/positieve-gezondheid`).set('x-csrf-token', cm.csrf).send({ lidId: h.leden[0].id, moment: 'start', lichaamsfuncties: 11, mentaalWelbevinden: 4, zingeving: 5, kwaliteitVanLeven: 5, meedoen: 3, dagelijksFunctioneren: 6 }).expect(400);
    expect(fout.body.fouten[0].veld).toBe('lichaamsfuncties');
  });
});
