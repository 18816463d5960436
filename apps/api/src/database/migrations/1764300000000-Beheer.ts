import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What functioneel beheer needs to put a gemeente into service without SQL: gemeenten that can
 * be switched off (never deleted: households and reports refer to them), the gemeenten an
 * organisation works in, and an e-mail address per account for the invitation.
 */
export class Beheer1764300000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE gemeente ADD COLUMN actief boolean NOT NULL DEFAULT true`);
    await db.query(`
      CREATE TABLE organisatie_gemeente (
        organisatie_id uuid NOT NULL REFERENCES organisatie(id) ON DELETE CASCADE,
        gemeente_id uuid NOT NULL REFERENCES gemeente(id),
        PRIMARY KEY (organisatie_id, gemeente_id)
      )`);
    // Existing organisations work in the gemeenten their staff work for, so nothing changes for them.
    await db.query(`
      INSERT INTO organisatie_gemeente (organisatie_id, gemeente_id)
      SELECT DISTINCT g.organisatie_id, gg.gemeente_id FROM gebruiker g JOIN gebruiker_gemeente gg ON gg.gebruiker_id = g.id`);
    await db.query(`ALTER TABLE gebruiker ADD COLUMN email text`);
    await db.query(`CREATE UNIQUE INDEX gebruiker_email_uniek ON gebruiker (lower(email)) WHERE email IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX gebruiker_email_uniek`);
    await db.query(`ALTER TABLE gebruiker DROP COLUMN email`);
    await db.query(`DROP TABLE organisatie_gemeente`);
    await db.query(`ALTER TABLE gemeente DROP COLUMN actief`);
  }
}
