import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { metDataSource } from '../database/database.js';
import { enkeleRij, rijen } from '../common/sql.js';
import { DEMO_WACHTWOORD } from '../seed/demo-seed.js';
import { inloggenAls, startTestApp, uniekIp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
let db: DataSource;
beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
});
afterAll(() => t.close());

interface AuditRegel {
  gebeurtenis: string;
  gebruiker_id: string | null;
  organisatie_id: string | null;
  details: Record<string, unknown>;
}

async function nieuweRegels(vanaf: number) {
  return rijen<AuditRegel>(db, `SELECT gebeurtenis, gebruiker_id, organisatie_id, details FROM audit_log WHERE id > $1 ORDER BY id`, [vanaf]);
}
async function laatsteId(): Promise<number> {
  return (await enkeleRij<{ id: number }>(db, `SELECT coalesce(max(id), 0)::int AS id FROM audit_log`)).id;
}

describe('audit log', () => {
  it('records login, failed login, refused access and logout, without usernames or passwords', async () => {
    const vanaf = await laatsteId();
    await t.http().post('/api/auth/inloggen').set('X-Forwarded-For', uniekIp()).send({ gebruikersnaam: 'consulent.weert', wachtwoord: 'geheim-fout' }).expect(401);
    const { agent, csrf, me } = await inloggenAls(t, 'consulent.weert');
    await agent.get('/api/beheer/gebruikers').expect(403);
    await agent.post('/api/auth/uitloggen').set('x-csrf-token', csrf).expect(200);

    const regels = await nieuweRegels(vanaf);
    const id = me.gebruiker.id;
    const org = me.organisatie.id;
    expect(regels).toEqual([
      { gebeurtenis: 'inloggen_mislukt', gebruiker_id: id, organisatie_id: null, details: { reden: 'onjuist_wachtwoord' } },
      { gebeurtenis: 'inloggen', gebruiker_id: id, organisatie_id: org, details: { methode: 'wachtwoord' } },
      {
        gebeurtenis: 'toegang_geweigerd',
        gebruiker_id: id,
        organisatie_id: org,
        details: { route: 'GET /api/beheer/gebruikers', reden: 'geen_recht', actie: 'read', subject: 'Gebruiker' },
      },
      { gebeurtenis: 'uitloggen', gebruiker_id: id, organisatie_id: org, details: {} },
    ]);
    const tekst = JSON.stringify(await rijen<Record<string, unknown>>(db, `SELECT * FROM audit_log`));
    expect(tekst).not.toContain('geheim-fout');
    expect(tekst).not.toContain(DEMO_WACHTWOORD);
  });

  it('is append-only: the API role may not UPDATE, DELETE or TRUNCATE, and even the owner is refused by the trigger', async () => {
    const voor = await laatsteId();
    expect(voor).toBeGreaterThan(0);
    await expect(db.query(`UPDATE audit_log SET gebeurtenis = 'inloggen' WHERE id = $1`, [voor])).rejects.toThrow(/permission denied/);
    await expect(db.query(`DELETE FROM audit_log WHERE id = $1`, [voor])).rejects.toThrow(/permission denied/);
    await expect(db.query(`TRUNCATE audit_log`)).rejects.toThrow(/permission denied/);
    await metDataSource(inject('databaseEigenaarUrl'), async (eigenaar) => {
      await expect(eigenaar.query(`UPDATE audit_log SET gebeurtenis = 'inloggen' WHERE id = $1`, [voor])).rejects.toThrow(/alleen-toevoegen/);
      await expect(eigenaar.query(`DELETE FROM audit_log WHERE id = $1`, [voor])).rejects.toThrow(/alleen-toevoegen/);
      await expect(eigenaar.query(`TRUNCATE audit_log`)).rejects.toThrow(/alleen-toevoegen/);
    });
    expect(await laatsteId()).toBe(voor);
  });
});
