import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-step login for local accounts (TOTP, RFC 6238; issue 13). The secret must be readable to
 * check a code, so it is stored as is; recovery codes only as SHA-256 (they are long and random).
 * `laatste_tijdstap` refuses a code used again within its window. A password that was right but
 * still needs its code leaves a `tweede_stap` row (hashed token in a cookie, five minutes).
 */
export class TweedeFactor1764410000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE tweede_factor (
        gebruiker_id uuid PRIMARY KEY REFERENCES gebruiker (id) ON DELETE CASCADE,
        geheim text NOT NULL,
        bevestigd_op timestamptz,
        laatste_tijdstap bigint,
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE herstelcode (
        gebruiker_id uuid NOT NULL REFERENCES gebruiker (id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        gebruikt_op timestamptz,
        PRIMARY KEY (gebruiker_id, code_hash)
      )`);
    await db.query(`
      CREATE TABLE tweede_stap (
        token_hash text PRIMARY KEY,
        gebruiker_id uuid NOT NULL REFERENCES gebruiker (id) ON DELETE CASCADE,
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`ALTER TABLE sessie ADD COLUMN inschrijven_nodig boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessie DROP COLUMN inschrijven_nodig`);
    await db.query(`DROP TABLE tweede_stap`);
    await db.query(`DROP TABLE herstelcode`);
    await db.query(`DROP TABLE tweede_factor`);
  }
}
