import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A list or search shows names and addresses, which NEN 7513 counts as access: its audit row
 * records the ids of the households it showed, so each household's inzage can show it too.
 */
export class LijstenInAudit1764160000000 implements MigrationInterface {
  name = 'LijstenInAudit1764160000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_log ADD COLUMN huishouden_ids uuid[]`);
    await db.query(`CREATE INDEX audit_log_huishouden_ids_idx ON audit_log USING gin (huishouden_ids) WHERE huishouden_ids IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_log_huishouden_ids_idx`);
    await db.query(`ALTER TABLE audit_log DROP COLUMN huishouden_ids`);
  }
}
