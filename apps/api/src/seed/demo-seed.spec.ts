import { isGeldigBsn } from '@eenplan/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inloggenAls, startTestApp, type TestApp } from '../test-support/test-app.js';
import { demoBsn, maakRandom } from './demo-huishoudens.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('demo data', () => {
  it('makes only BSNs that pass the elfproef', () => {
    const r = maakRandom(1);
    for (let i = 0; i < 500; i += 1) expect(isGeldigBsn(demoBsn(r))).toBe(true);
  });

  // Seeded households are at least 5 days old; households made by other test files are newer.
  it('seeds about thirty households in all three gemeenten with plans in every status', async () => {
    const db = t.app.get(DataSource);
    const perGemeente = await db.query(`SELECT g.naam, count(*)::int AS aantal FROM huishouden h JOIN gemeente g ON g.id = h.gemeente_id JOIN gebruiker u ON u.id = h.casemanager_id WHERE u.gebruikersnaam LIKE 'consulent.%' AND h.aangemaakt_op < now() - interval '4 days' GROUP BY g.naam ORDER BY g.naam`);
    expect(perGemeente).toEqual([
      { naam: 'Leudal', aantal: 10 },
      { naam: 'Nederweert', aantal: 8 },
      { naam: 'Weert', aantal: 12 },
    ]);
    const statussen = await db.query(`SELECT DISTINCT p.status FROM plan p JOIN huishouden h ON h.id = p.huishouden_id JOIN gebruiker u ON u.id = h.casemanager_id WHERE u.gebruikersnaam LIKE 'consulent.%' ORDER BY 1`);
    expect(statussen.map((s: { status: string }) => s.status)).toEqual(['afgesloten', 'concept', 'vastgesteld']);
    const [ongeldig] = await db.query(`SELECT count(*)::int AS aantal FROM lid WHERE bsn IS NOT NULL AND bsn !~ '^[0-9]{9}$'`);
    expect(ongeldig.aantal).toBe(0);
  });
});

describe('demo team data', () => {
  it('has regie of all three kinds, consents, evaluations and complex cases without regie', async () => {
    const db = t.app.get(DataSource);
    const houders = await db.query(`SELECT DISTINCT houder FROM regie_afspraak r JOIN huishouden h ON h.id = r.huishouden_id WHERE h.aangemaakt_op < now() - interval '4 days' ORDER BY 1`);
    expect(houders.map((h: { houder: string }) => h.houder)).toEqual(['huishouden', 'netwerk', 'professional']);
    const [{ zonder }] = await db.query(
      `SELECT count(*)::int AS zonder FROM huishouden h JOIN plan p ON p.huishouden_id = h.id AND p.status <> 'afgesloten'
       WHERE h.aangemaakt_op < now() - interval '4 days' AND NOT EXISTS (SELECT 1 FROM regie_afspraak r WHERE r.huishouden_id = h.id AND r.beeindigd_op IS NULL)
         AND (SELECT count(DISTINCT leefgebied) FROM doel d WHERE d.plan_id = p.id) >= 2`,
    );
    expect(zonder).toBeGreaterThan(0);
    const [{ ingetrokken }] = await db.query(`SELECT count(*)::int AS ingetrokken FROM toestemming WHERE ingetrokken_op IS NOT NULL`);
    expect(ingetrokken).toBeGreaterThan(0);
    const [{ gehouden }] = await db.query(`SELECT count(*)::int AS gehouden FROM evaluatie WHERE gehouden_op IS NOT NULL`);
    expect(gehouden).toBeGreaterThan(5);
  });

  it('shares some demo households with professional.amw', async () => {
    const prof = await inloggenAls(t, 'professional.amw');
    const werkvoorraad = (await prof.agent.get('/api/werkvoorraad').expect(200)).body;
    expect(werkvoorraad.totaal).toBeGreaterThan(2);
  });
});

describe('demo releases', () => {
  it('publishes the last four quarters with real figures and some withheld cells', async () => {
    const beleid = await inloggenAls(t, 'beleid.mlw');
    const lijst = (await beleid.agent.get('/api/rapportages/releases').expect(200)).body as { periode: string }[];
    const kwartalen = lijst.map((r) => r.periode).filter((p) => /-K\d$/.test(p));
    expect(kwartalen.length).toBeGreaterThanOrEqual(4);
    const release = (await beleid.agent.get(`/api/rapportages/releases/${kwartalen[0]}`).expect(200)).body;
    const cellen = release.tabellen.flatMap((tabel: { cellen: { soort: string }[][] }) => tabel.cellen.flat());
    expect(cellen.filter((c: { soort: string }) => c.soort === 'aantal').length).toBeGreaterThan(20);
    expect(cellen.some((c: { soort: string }) => c.soort === 'klein' || c.soort === 'onderdrukt')).toBe(true);
    expect(cellen.some((c: { soort: string }) => c.soort === 'gemiddelde')).toBe(true);
    expect(cellen.some((c: { soort: string }) => c.soort === 'aandeel')).toBe(true);
  });
});
