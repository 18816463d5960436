import type { Probleem, PubliekeCel, PubliekeTabel, Release, ReleaseOverzicht } from '@eenplan/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { metDataSource } from '../database/database.js';
import { body } from '../test-support/antwoord.js';
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
    expect(body<Release>(gepubliceerd)).toMatchObject({ periode, soort: 'kwartaal', regels: { minimum: 10, afronding: 5, dominantie: 0.9 } });
    expect(body<Release>(gepubliceerd).tabellen.map((x) => x.id)).toEqual([
      'actieve-plannen', 'organisaties-per-plan', 'professionals-per-plan', 'regie-bij', 'regie-bij-start', 'leefgebieden-per-plan', 'doelrealisatie', 'uitval',
      'regie-en-integraal', 'ervaring', 'doorlooptijd', 'positieve-gezondheid',
    ]);
    const opgehaald = await beleid.agent.get(`/api/rapportages/releases/${periode}`).expect(200);
    expect(opgehaald.text).toBe(JSON.stringify(body<Release>(gepubliceerd)));

    // Re-running the build of the same period on the same data gives the same bytes.
    const opnieuw = await t.app.get(ReleaseService).bouw(periode);
    expect(JSON.stringify(opnieuw)).toBe(JSON.stringify(body<Release>(gepubliceerd).tabellen));

    const nogmaals = await beleid.agent.post('/api/rapportages/releases').set('x-csrf-token', beleid.csrf).send({ periode }).expect(409);
    expect(body<Probleem>(nogmaals).detail).toBe(`De cijfers over ${periode} zijn al gepubliceerd en liggen vast. Correcties komen in de volgende publicatie.`);
    expect(JSON.stringify(body<Probleem>(nogmaals))).not.toMatch(/release/i);
    await expect(t.app.get(DataSource).query(`UPDATE rapportage_release SET hash = 'x' WHERE periode = $1`, [periode])).rejects.toThrow(/permission denied/);
    await metDataSource(inject('databaseEigenaarUrl'), (eigenaar) =>
      expect(eigenaar.query(`UPDATE rapportage_release SET hash = 'x' WHERE periode = $1`, [periode])).rejects.toThrow(/bevroren/),
    );
    const lijst = await beleid.agent.get('/api/rapportages/releases').expect(200);
    expect(body<ReleaseOverzicht[]>(lijst).map((r) => r.periode)).toContain(periode);
  });

  it('builds under the disclosure rules of the configuration, and records them in the release', async () => {
    const streng = await startTestApp({ RAPPORTAGE_MINIMUM: '25', RAPPORTAGE_AFRONDING: '10', RAPPORTAGE_DOMINANTIE: '0.8' });
    try {
      const beleid = await inloggenAls(streng, 'beleid.mlw');
      const release = body<Release>(await beleid.agent.post('/api/rapportages/releases').set('x-csrf-token', beleid.csrf).send({ periode: '2025-K2' }).expect(201));
      expect(release.regels).toEqual({ minimum: 25, afronding: 10, dominantie: 0.8 });
      const aantallen = release.tabellen.flatMap((tabel) => tabel.cellen.flat()).filter((c): c is Extract<PubliekeCel, { soort: 'aantal' }> => c.soort === 'aantal');
      expect(aantallen.length).toBeGreaterThan(0);
      for (const { waarde } of aantallen) {
        expect(waarde % 10).toBe(0);
        expect(waarde === 0 || waarde >= 20).toBe(true); // true count at least 25, rounded to tens
      }
    } finally {
      await streng.close();
    }
  });

  it('refuses a period that has not ended and a malformed one', async () => {
    const beleid = await inloggenAls(t, 'beleid.mlw');
    const toekomst = await beleid.agent.post('/api/rapportages/releases').set('x-csrf-token', beleid.csrf).send({ periode: '2999-K1' }).expect(400);
    expect(body<Probleem>(toekomst).fouten![0]).toEqual({ veld: 'periode', melding: 'De periode 2999-K1 is nog niet voorbij; publiceer na afloop.' });
    await beleid.agent.post('/api/rapportages/releases').set('x-csrf-token', beleid.csrf).send({ periode: 'Q3 2025' }).expect(400);
    await beleid.agent.get('/api/rapportages/releases/2024-K1').expect(404);
  });

  it('publishes a rolling year of four finished quarters, and refuses one whose last quarter still runs', async () => {
    const beleid = await inloggenAls(t, 'beleid.mlw');
    const release = body<Release>(await beleid.agent.post('/api/rapportages/releases').set('x-csrf-token', beleid.csrf).send({ periode: '2025-K2-12M' }).expect(201));
    expect(release).toMatchObject({ periode: '2025-K2-12M', soort: 'rollend' });
    const nu = new Date();
    const lopend = `${nu.getUTCFullYear()}-K${Math.floor(nu.getUTCMonth() / 3) + 1}`;
    const antwoord = await beleid.agent.post('/api/rapportages/releases').set('x-csrf-token', beleid.csrf).send({ periode: `${lopend}-12M` }).expect(400);
    expect(body<Probleem>(antwoord).fouten).toEqual([
      { veld: 'periode', melding: `De twaalf maanden tot en met ${lopend} zijn nog niet voorbij: ${lopend} loopt nog. Kies een eerder kwartaal als einde.` },
    ]);
    await beleid.agent.post('/api/rapportages/releases').set('x-csrf-token', beleid.csrf).send({ periode: '2025-12M' }).expect(400);
  });

  it('refuses periods before the first year (default 2020), so "0000", "0001-K1" and "1899" can never be frozen', async () => {
    const beleid = await inloggenAls(t, 'beleid.mlw');
    for (const periode of ['0000', '0001-K1', '0099', '1899', '2019-K4', '2019']) {
      const antwoord = await beleid.agent.post('/api/rapportages/releases').set('x-csrf-token', beleid.csrf).send({ periode }).expect(400);
      expect(body<Probleem>(antwoord).fouten).toEqual([{ veld: 'periode', melding: 'Kies een periode vanaf 2020; eerder zijn er geen gegevens.' }]);
    }
    const lijst = body<ReleaseOverzicht[]>(await beleid.agent.get('/api/rapportages/releases').expect(200));
    expect(lijst.filter((r) => r.periode < '2020')).toEqual([]);

    const later = await startTestApp({ RAPPORTAGE_EERSTE_JAAR: '2024' });
    try {
      const b = await inloggenAls(later, 'beleid.mlw');
      const antwoord = await b.agent.post('/api/rapportages/releases').set('x-csrf-token', b.csrf).send({ periode: '2023-K4' }).expect(400);
      expect(body<Probleem>(antwoord).fouten![0]!.melding).toBe('Kies een periode vanaf 2024; eerder zijn er geen gegevens.');
    } finally {
      await later.close();
    }
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
    const bytes = body<Buffer>(antwoord);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const regels = bytes.toString('utf8').slice(1).split('\r\n');
    expect(regels[0]).toBe('Gemeente;Het huishouden;Het netwerk;Een professional;Geen afspraak;Totaal');
    // One row per gemeente in alphabetical order (other tests may have added one, as beheer can), then the region.
    const rijen = regels.slice(1).filter(Boolean);
    const gemeenten = rijen.map((r) => r.split(';')[0]!);
    expect(gemeenten.at(-1)).toBe('Regio');
    expect(gemeenten.filter((g) => ['Leudal', 'Nederweert', 'Weert'].includes(g))).toEqual(['Leudal', 'Nederweert', 'Weert']);
    expect(gemeenten.slice(0, -1)).toEqual(gemeenten.slice(0, -1).sort((x, y) => x.localeCompare(y, 'nl')));
    for (const cel of rijen.flatMap((r) => r.split(';').slice(1))) expect(cel).toMatch(/^(\d+|<10|×)$/);
  });

  it('exports a table as JSON, the same cells as in the release', async () => {
    const beleid = await inloggenAls(t, 'beleid.mlw');
    await beleid.agent.post('/api/rapportages/releases').set('x-csrf-token', beleid.csrf).send({ periode: '2025' });
    const release = body<Release>(await beleid.agent.get('/api/rapportages/releases/2025').expect(200));
    const antwoord = await beleid.agent.get('/api/rapportages/releases/2025/tabellen/ervaring.json').expect(200);
    expect(antwoord.headers['content-type']).toMatch(/application\/json/);
    expect(antwoord.headers['content-disposition']).toBe('attachment; filename="eenplan-2025-ervaring.json"');
    const tabel = release.tabellen.find((x) => x.id === 'ervaring');
    expect(body<Pick<Release, 'periode' | 'regels'> & PubliekeTabel>(antwoord)).toEqual({ periode: '2025', regels: release.regels, ...tabel });
    const onbekend = await beleid.agent.get('/api/rapportages/releases/2025/tabellen/bestaat-niet.json').expect(404);
    expect(body<Probleem>(onbekend).detail).toBe('De publicatie over 2025 heeft geen tabel bestaat-niet.');
  });
});

describe('scheiding: beleid ziet alleen rapportages', () => {
  it('answers 403 or 404 to beleid on every case route of the OpenAPI document', async () => {
    const beleid = await inloggenAls(t, 'beleid.mlw');
    const doc = body<{ paths: Record<string, Record<string, unknown>> }>(await t.http().get('/api/openapi.json').expect(200));
    const eigen = /^\/api\/(rapportages|auth|health|openapi\.json|ervaring\/|uitnodigingen\/)/; // own routes, and public ones opened from a link
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
