import { describe, expect, it } from 'vitest';
import { rijen } from '../common/sql.js';
import { legeDatabase } from '../test-support/test-app.js';
import { metDataSource, migreer } from './database.js';
import { MIGRATIES } from './migrations/index.js';

const tabellen = (url: string) =>
  metDataSource(url, async (db) =>
    (await rijen<{ table_name: string }>(db, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`)).map(
      (r) => r.table_name,
    ),
  );

describe('migraties', () => {
  it('run up, all the way down, and up again', async () => {
    // A throwaway database, so reverting does not disturb the other tests; migrations run as the owner.
    const url = (await legeDatabase()).eigenaar;
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
