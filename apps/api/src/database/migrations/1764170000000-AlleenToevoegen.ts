import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The history (`wijziging`) becomes append-only like the audit log, and TRUNCATE, which skips row
 * triggers, is refused on the frozen releases too. The API role has no UPDATE, DELETE or TRUNCATE
 * on these tables (rollen.ts); the triggers also stop the owner doing it by accident.
 */
export class AlleenToevoegen1764170000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION wijziging_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'de geschiedenis is alleen-toevoegen: % is niet toegestaan', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`CREATE TRIGGER wijziging_geen_wijziging BEFORE UPDATE OR DELETE ON wijziging FOR EACH ROW EXECUTE FUNCTION wijziging_alleen_toevoegen()`);
    await db.query(`CREATE TRIGGER wijziging_geen_truncate BEFORE TRUNCATE ON wijziging FOR EACH STATEMENT EXECUTE FUNCTION wijziging_alleen_toevoegen()`);
    await db.query(`CREATE TRIGGER rapportage_release_geen_truncate BEFORE TRUNCATE ON rapportage_release FOR EACH STATEMENT EXECUTE FUNCTION rapportage_release_bevroren()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER rapportage_release_geen_truncate ON rapportage_release`);
    await db.query(`DROP TRIGGER wijziging_geen_truncate ON wijziging`);
    await db.query(`DROP TRIGGER wijziging_geen_wijziging ON wijziging`);
    await db.query(`DROP FUNCTION wijziging_alleen_toevoegen()`);
  }
}
