import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reports look up each household's regie-afspraken (current and first); found by the release benchmark. */
export class RegieIndex1763890000000 implements MigrationInterface {
  name = 'RegieIndex1763890000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX regie_afspraak_huishouden_idx ON regie_afspraak (huishouden_id, startdatum)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX regie_afspraak_huishouden_idx`);
  }
}
