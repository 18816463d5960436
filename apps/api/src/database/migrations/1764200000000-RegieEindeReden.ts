import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why a regie-afspraak ended when the app ended it itself (consent withdrawn from the
 * regisseur's organisation, the regisseur out of the team, the plan closed), so the file and
 * the timeline can say so. NULL: ended by hand or replaced by a new agreement.
 */
export class RegieEindeReden1764200000000 implements MigrationInterface {
  name = 'RegieEindeReden1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE regie_afspraak ADD COLUMN beeindigd_reden text
         CONSTRAINT regie_afspraak_beeindigd_reden_check CHECK (beeindigd_reden IN ('toestemming_ingetrokken', 'teamlid_beeindigd', 'plan_afgesloten')),
         ADD CONSTRAINT regie_afspraak_reden_alleen_beeindigd CHECK (beeindigd_reden IS NULL OR beeindigd_op IS NOT NULL)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE regie_afspraak DROP CONSTRAINT regie_afspraak_reden_alleen_beeindigd, DROP COLUMN beeindigd_reden`);
  }
}
