import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One-time invitations for new accounts: only the token's hash is stored, valid 7 days. */
export class Uitnodigingen1764300000001 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE uitnodiging (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        gebruiker_id uuid NOT NULL REFERENCES gebruiker(id),
        aangemaakt_door uuid REFERENCES gebruiker(id),
        aangemaakt_op timestamptz NOT NULL,
        verloopt_op timestamptz NOT NULL,
        gebruikt_op timestamptz,
        vervangen_op timestamptz
      )`);
    await db.query(`CREATE INDEX uitnodiging_gebruiker_idx ON uitnodiging (gebruiker_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE uitnodiging`);
  }
}
