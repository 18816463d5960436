import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { rijen } from '../common/sql.js';
import { metDataSource, migreer } from './database.js';
import { MIGRATIES } from './migrations/index.js';

/** A throwaway database on the run's PostgreSQL, so reverting does not disturb the other tests. */
async function legeDatabase(): Promise<string> {
  const naam = `migratietest_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await metDataSource(inject('databaseUrl'), (db) => db.query(`CREATE DATABASE ${naam}`));
  const url = new URL(inject('databaseUrl'));
  url.pathname = `/${naam}`;
  return url.toString();
}

const tabellen = (url: string) =>
  metDataSource(url, async (db) =>
    (await rijen<{ table_name: string }>(db, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`)).map(
      (r) => r.table_name,
    ),
  );

describe('migraties', () => {
  it('run up, all the way down, and up again', async () => {
    const url = await legeDatabase();
    expect(await migreer(url)).toHaveLength(MIGRATIES.length);
    const na = await tabellen(url);
    expect(na).toEqual(expect.arrayContaining(['audit_log', 'gebruiker', 'gemeente', 'organisatie', 'sessie']));
    await metDataSource(url, async (db) => {
      for (let i = 0; i < MIGRATIES.length; i += 1) await db.undoLastMigration({ transaction: 'each' });
    });
    expect(await tabellen(url)).toEqual([]);
    expect(await migreer(url)).toHaveLength(MIGRATIES.length);
    expect(await tabellen(url)).toEqual(na);
    expect(await migreer(url)).toEqual([]); // nothing pending the second time
  });
});
