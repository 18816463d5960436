import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * No double registration. A member may carry the reason why their BSN is also in another
 * active household (co-ouderschap, verblijf in twee huishoudens); one BSN at most once per
 * household, by a unique index. The check across households takes an advisory lock per BSN
 * (see huishoudens/bsn-uniek.ts), because "active" lives on the household, not on the member.
 * Idempotency keys of POST /api/huishoudens: a resent form answers with the household it made.
 */
export class GeenDubbeleRegistratie1764140000000 implements MigrationInterface {
  name = 'GeenDubbeleRegistratie1764140000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE lid ADD COLUMN tweede_huishouden_reden text CHECK (tweede_huishouden_reden IN ('co_ouderschap', 'verblijf_twee_huishoudens'))`);
    // A BSN twice in one household was the same person registered twice: the first member keeps
    // it, the later copies lose the copy, so the index can hold.
    await db.query(`
      UPDATE lid SET bsn = NULL WHERE id IN (
        SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY huishouden_id, bsn ORDER BY id) AS nr FROM lid WHERE bsn IS NOT NULL) d WHERE nr > 1)`);
    await db.query(`CREATE UNIQUE INDEX lid_bsn_uniek_per_huishouden ON lid (huishouden_id, bsn) WHERE bsn IS NOT NULL`);
    await db.query(`
      CREATE TABLE idempotentie_sleutel (
        gebruiker_id uuid NOT NULL REFERENCES gebruiker(id) ON DELETE CASCADE,
        sleutel text NOT NULL,
        verzoek_hash text NOT NULL,
        -- Filled in by the same transaction that claims the key, so no one else ever sees it empty.
        huishouden_id uuid REFERENCES huishouden(id) ON DELETE CASCADE,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (gebruiker_id, sleutel)
      )`);
    await db.query(`CREATE INDEX idempotentie_sleutel_aangemaakt_idx ON idempotentie_sleutel (aangemaakt_op)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotentie_sleutel`);
    await db.query(`DROP INDEX lid_bsn_uniek_per_huishouden`);
    await db.query(`ALTER TABLE lid DROP COLUMN tweede_huishouden_reden`);
  }
}
