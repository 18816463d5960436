import { isGeldigBsn, type PubliekeCel, type Release, type ReleaseOverzicht } from '@eenplan/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enkeleRij, rijen } from '../common/sql.js';
import { body } from '../test-support/antwoord.js';
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
    const perGemeente = await rijen<{ naam: string; aantal: number }>(db, `SELECT g.naam, count(*)::int AS aantal FROM huishouden h JOIN gemeente g ON g.id = h.gemeente_id JOIN gebruiker u ON u.id = h.casemanager_id WHERE u.gebruikersnaam LIKE 'consulent.%' AND h.aangemaakt_op < now() - interval '4 days' GROUP BY g.naam ORDER BY g.naam`);
    expect(perGemeente).toEqual([
      { naam: 'Leudal', aantal: 10 },
      { naam: 'Nederweert', aantal: 8 },
      { naam: 'Weert', aantal: 12 },
    ]);
    const statussen = await rijen<{ status: string }>(db, `SELECT DISTINCT p.status FROM plan p JOIN huishouden h ON h.id = p.huishouden_id JOIN gebruiker u ON u.id = h.casemanager_id WHERE u.gebruikersnaam LIKE 'consulent.%' ORDER BY 1`);
    expect(statussen.map((s) => s.status)).toEqual(['afgesloten', 'concept', 'vastgesteld']);
    const ongeldig = await enkeleRij<{ aantal: number }>(db, `SELECT count(*)::int AS aantal FROM lid WHERE bsn IS NOT NULL AND bsn !~ '^[0-9]{9}$'`);
    expect(ongeldig.aantal).toBe(0);
    // A BSN belongs to one active household: the demo data keeps to that too.
    const dubbel = await enkeleRij<{ aantal: number }>(
      db,
      `SELECT count(*)::int AS aantal FROM (SELECT l.bsn FROM lid l JOIN huishouden h ON h.id = l.huishouden_id JOIN gebruiker u ON u.id = h.casemanager_id
         WHERE l.bsn IS NOT NULL AND h.status = 'actief' AND u.gebruikersnaam LIKE 'consulent.%' AND h.aangemaakt_op < now() - interval '4 days' GROUP BY l.bsn HAVING count(*) > 1) d`,
    );
    expect(dubbel.aantal).toBe(0);
  });
});

describe('demo team data', () => {
  it('has regie of all three kinds, consents, evaluations and complex cases without regie', async () => {
    const db = t.app.get(DataSource);
    const houders = await rijen<{ houder: string }>(db, `SELECT DISTINCT houder FROM regie_afspraak r JOIN huishouden h ON h.id = r.huishouden_id WHERE h.aangemaakt_op < now() - interval '4 days' ORDER BY 1`);
    expect(houders.map((h) => h.houder)).toEqual(['huishouden', 'netwerk', 'professional']);
    const { zonder } = await enkeleRij<{ zonder: number }>(
      db,
      `SELECT count(*)::int AS zonder FROM huishouden h JOIN plan p ON p.huishouden_id = h.id AND p.status <> 'afgesloten'
       WHERE h.aangemaakt_op < now() - interval '4 days' AND NOT EXISTS (SELECT 1 FROM regie_afspraak r WHERE r.huishouden_id = h.id AND r.beeindigd_op IS NULL)
         AND (SELECT count(DISTINCT leefgebied) FROM doel d WHERE d.plan_id = p.id) >= 2`,
    );
    expect(zonder).toBeGreaterThan(0);
    const { ingetrokken } = await enkeleRij<{ ingetrokken: number }>(db, `SELECT count(*)::int AS ingetrokken FROM toestemming WHERE ingetrokken_op IS NOT NULL`);
    expect(ingetrokken).toBeGreaterThan(0);
    const { gehouden } = await enkeleRij<{ gehouden: number }>(db, `SELECT count(*)::int AS gehouden FROM evaluatie WHERE gehouden_op IS NOT NULL`);
    expect(gehouden).toBeGreaterThan(5);
  });

  it('shares some demo households with professional.amw', async () => {
    const prof = await inloggenAls(t, 'professional.amw');
    // Only what this test reads of the werkvoorraad page (contracts has no type for it yet).
    const werkvoorraad = body<{ totaal: number }>(await prof.agent.get('/api/werkvoorraad').expect(200));
    expect(werkvoorraad.totaal).toBeGreaterThan(2);
  });
});

describe('demo releases', () => {
  it('publishes the last four quarters with real figures and some withheld cells', async () => {
    const beleid = await inloggenAls(t, 'beleid.mlw');
    const lijst = body<ReleaseOverzicht[]>(await beleid.agent.get('/api/rapportages/releases').expect(200));
    const kwartalen = lijst.map((r) => r.periode).filter((p) => /-K\d$/.test(p));
    expect(kwartalen.length).toBeGreaterThanOrEqual(4);
    const release = body<Release>(await beleid.agent.get(`/api/rapportages/releases/${kwartalen[0]}`).expect(200));
    const cellen: PubliekeCel[] = release.tabellen.flatMap((tabel) => tabel.cellen.flat());
    expect(cellen.filter((c) => c.soort === 'aantal').length).toBeGreaterThan(20);
    expect(cellen.some((c) => c.soort === 'klein' || c.soort === 'onderdrukt')).toBe(true);
    expect(cellen.some((c) => c.soort === 'gemiddelde')).toBe(true);
    expect(cellen.some((c) => c.soort === 'aandeel')).toBe(true);
  });
});
