import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A release may also cover a rolling year (the last four quarters, "2026-K3-12M"). */
export class RollendJaar1764500000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE rapportage_release DROP CONSTRAINT rapportage_release_soort_check`);
    await db.query(`ALTER TABLE rapportage_release ADD CONSTRAINT rapportage_release_soort_check CHECK (soort IN ('kwartaal', 'jaar', 'rollend'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE rapportage_release DROP CONSTRAINT rapportage_release_soort_check`);
    await db.query(`ALTER TABLE rapportage_release ADD CONSTRAINT rapportage_release_soort_check CHECK (soort IN ('kwartaal', 'jaar'))`);
  }
}
