import { inject, describe, expect, it } from 'vitest';
import { metDataSource } from '../database.js';

/**
 * Every foreign key in the public schema, with whether some index starts with its columns (in
 * order). Without one, every lookup of "the rows of this household" and every delete or update
 * of the parent (ON DELETE CASCADE, RESTRICT checks) reads the whole child table.
 */
const ZONDER_INDEX = `
  SELECT c.conrelid::regclass::text AS tabel, c.conname AS sleutel,
         (SELECT string_agg(a.attname, ', ' ORDER BY k.nr) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, nr)
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS kolommen
  FROM pg_constraint c
  JOIN pg_namespace n ON n.oid = c.connamespace
  WHERE c.contype = 'f' AND n.nspname = 'public'
    AND NOT EXISTS (
      SELECT 1 FROM pg_index i
      WHERE i.indrelid = c.conrelid AND i.indpred IS NULL
        AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey)
  ORDER BY 1, 3`;

describe('indexes on foreign keys', () => {
  it('every foreign key column (or column list) in the public schema leads some index', async () => {
    const zonder = await metDataSource(inject('databaseUrl'), (db) => db.query<{ tabel: string; sleutel: string; kolommen: string }[]>(ZONDER_INDEX));
    expect(zonder.map((r) => `${r.tabel}(${r.kolommen})`)).toEqual([]);
  });

  it('the check itself sees a foreign key without an index, and not one with', async () => {
    await metDataSource(inject('databaseUrl'), async (db) => {
      await db.query(`CREATE TEMP TABLE ouder_test (id int PRIMARY KEY)`);
      await db.query(`CREATE TABLE IF NOT EXISTS pg_temp.kind_test (ouder_id int REFERENCES ouder_test(id))`);
      // Temp tables live outside public: the same query over pg_temp.
      const vraag = ZONDER_INDEX.replace(`n.nspname = 'public'`, `n.nspname LIKE 'pg_temp%'`);
      expect((await db.query<{ kolommen: string }[]>(vraag)).map((r) => r.kolommen)).toEqual(['ouder_id']);
      await db.query(`CREATE INDEX ON pg_temp.kind_test (ouder_id)`);
      expect(await db.query(vraag)).toEqual([]);
    });
  });
});
