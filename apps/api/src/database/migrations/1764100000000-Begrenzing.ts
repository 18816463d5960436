import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per throttled key instead of one row per failed login: the check and the reservation
 * of an attempt become one upsert on that row, so a burst of parallel requests cannot all pass a
 * check before any of them is counted (issue 11, findings 1, 10, 11). Keys are hashes.
 */
export class Begrenzing1764100000000 implements MigrationInterface {
  name = 'Begrenzing1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mislukte_inlogpoging`);
    await db.query(`
      CREATE TABLE begrenzing (
        soort text NOT NULL,
        sleutel text NOT NULL,
        teller integer NOT NULL,
        venster_start timestamptz NOT NULL,
        geblokkeerd_tot timestamptz,
        bijgewerkt_op timestamptz NOT NULL,
        -- After this moment the row says nothing any more; purging is one index range scan.
        vervalt_op timestamptz NOT NULL,
        PRIMARY KEY (soort, sleutel)
      )`);
    await db.query(`CREATE INDEX begrenzing_vervalt_idx ON begrenzing (vervalt_op)`);
    // The beheer overview counts refused verwijsindex lookups per user over a recent period.
    await db.query(`CREATE INDEX audit_log_verwijsindex_begrensd_idx ON audit_log (tijdstip) WHERE gebeurtenis = 'verwijsindex_begrensd'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_log_verwijsindex_begrensd_idx`);
    await db.query(`DROP TABLE begrenzing`);
    await db.query(`
      CREATE TABLE mislukte_inlogpoging (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account_sleutel text NOT NULL,
        ip_sleutel text NOT NULL,
        tijdstip timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX mislukte_inlogpoging_account_idx ON mislukte_inlogpoging (account_sleutel, tijdstip)`);
    await db.query(`CREATE INDEX mislukte_inlogpoging_ip_idx ON mislukte_inlogpoging (ip_sleutel, tijdstip)`);
  }
}
