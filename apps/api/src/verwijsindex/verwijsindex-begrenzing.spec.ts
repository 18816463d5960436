import type { Probleem, VerwijsindexBegrensd } from '@eenplan/contracts';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rijen } from '../common/sql.js';
import { body } from '../test-support/antwoord.js';
import { nieuweConsulent } from '../test-support/huishouden-fixtures.js';
import { huidigeGebruiker } from '../test-support/ingelogd.js';
import { inloggenAls, startTestApp, type TestApp } from '../test-support/test-app.js';

/** Finding 11: the BSN lookup is throttled per user (VERWIJSINDEX_MAX_PER_UUR, 30 by default). */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const BSN = '111222333'; // passes the elfproef, belongs to no household

type Consulent = Awaited<ReturnType<typeof nieuweConsulent>>;
const zoek = (wie: Consulent, csrf = wie.csrf) => wie.agent.post('/api/verwijsindex').set('x-csrf-token', csrf).send({ bsn: BSN });

function telling(antwoorden: Response[]): Record<number, number> {
  const uit: Record<number, number> = {};
  for (const a of antwoorden) uit[a.status] = (uit[a.status] ?? 0) + 1;
  return uit;
}

async function auditVan(gebruikerId: string) {
  return rijen<{ gebeurtenis: string; n: number }>(
    t.app.get(DataSource),
    `SELECT gebeurtenis, count(*)::int AS n FROM audit_log WHERE gebruiker_id = $1 AND gebeurtenis LIKE 'verwijsindex%' GROUP BY gebeurtenis ORDER BY gebeurtenis`,
    [gebruikerId],
  );
}

describe('verwijsindex per user per hour', () => {
  it('answers 30 of 35 lookups sent at once and refuses the rest with 429 and Retry-After, audited without the BSN, for beheer to see', async () => {
    const trawler = await nieuweConsulent(t, 'Weert');
    const collega = await nieuweConsulent(t, 'Weert');
    const id = huidigeGebruiker(trawler).gebruiker.id;

    const burst = await Promise.all(Array.from({ length: 35 }, () => zoek(trawler)));
    expect(telling(burst)).toEqual({ 200: 30, 429: 5 });
    const geweigerd = await zoek(trawler).expect(429);
    expect(geweigerd.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(geweigerd.headers['retry-after'])).toBe(3600); // the test clock stands still since the first lookup
    expect(body<Probleem>(geweigerd)).toEqual({
      type: 'urn:eenplan:probleem:te-veel-raadplegingen',
      title: 'Te veel raadplegingen',
      status: 429,
      detail: 'U heeft de verwijsindex het afgelopen uur 30 keer geraadpleegd; meer mag niet. Probeer het over 60 minuten opnieuw.',
    });
    // Another user is not affected.
    await zoek(collega).expect(200);

    expect(await auditVan(id)).toEqual([
      { gebeurtenis: 'verwijsindex_begrensd', n: 6 },
      { gebeurtenis: 'verwijsindex_geraadpleegd', n: 30 },
    ]);
    const details = await rijen<{ details: Record<string, unknown>; huishouden_id: string | null }>(
      t.app.get(DataSource),
      `SELECT details, huishouden_id FROM audit_log WHERE gebruiker_id = $1 AND gebeurtenis = 'verwijsindex_begrensd'`,
      [id],
    );
    expect(details).toEqual(Array.from({ length: 6 }, () => ({ details: { maximumPerUur: 30 }, huishouden_id: null })));

    const beheer = await inloggenAls(t, 'beheer');
    const overzicht = body<VerwijsindexBegrensd>(await beheer.agent.get('/api/beheer/signalen/verwijsindex').expect(200));
    expect(overzicht.dagen).toBe(7);
    const regel = overzicht.gebruikers.find((g) => g.gebruiker.id === id);
    expect(regel).toMatchObject({
      gebruiker: { id, gebruikersnaam: huidigeGebruiker(trawler).gebruiker.gebruikersnaam, naam: 'Test Gebruiker' },
      organisatie: { id: huidigeGebruiker(trawler).organisatie.id, naam: huidigeGebruiker(trawler).organisatie.naam },
      geweigerd: 6,
      laatsteOp: t.klok.nu().toISOString(),
    });
    expect(overzicht.gebruikers.find((g) => g.gebruiker.id === huidigeGebruiker(collega).gebruiker.id)).toBeUndefined();
    expect(JSON.stringify(overzicht)).not.toContain(BSN);

    // An hour after the first lookup the user may look up again.
    t.klok.verzet(59);
    await zoek(trawler, await trawler.opnieuwInloggen()).expect(429);
    t.klok.verzet(1);
    await zoek(trawler, await trawler.opnieuwInloggen()).expect(200);

    // Beheer's overview counts the last 7 days only.
    t.klok.verzet(7 * 24 * 60 + 1);
    const beheerLater = await inloggenAls(t, 'beheer');
    const later = body<VerwijsindexBegrensd>(await beheerLater.agent.get('/api/beheer/signalen/verwijsindex').expect(200));
    expect(later.gebruikers.find((g) => g.gebruiker.id === id)).toBeUndefined();
  });

  it('shows the overview to beheer only', async () => {
    for (const naam of ['consulent.weert', 'professional.amw', 'beleid.mlw']) {
      const { agent } = await inloggenAls(t, naam);
      const antwoord = await agent.get('/api/beheer/signalen/verwijsindex').expect(403);
      expect(body<Probleem>(antwoord).title).toBe('Geen toegang');
    }
    await t.http().get('/api/beheer/signalen/verwijsindex').expect(401);
  });
});
