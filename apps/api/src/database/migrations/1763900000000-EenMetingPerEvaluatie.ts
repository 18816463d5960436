import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One ervaringsmeting per evaluation: the household answers once per moment, whether with the
 * professional or through its link, so a link answered while the professional records it cannot
 * count twice. A new link replaces the open one (`ingetrokken_op`), so only one link works.
 */
export class EenMetingPerEvaluatie1763900000000 implements MigrationInterface {
  name = 'EenMetingPerEvaluatie1763900000000';

  async up(db: QueryRunner): Promise<void> {
    // Earlier doubles keep counting for their household and date, just no longer for the evaluation.
    await db.query(`
      UPDATE ervaringsmeting SET evaluatie_id = NULL WHERE id IN (
        SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY evaluatie_id ORDER BY afgenomen_op, id) AS nr FROM ervaringsmeting WHERE evaluatie_id IS NOT NULL) d WHERE nr > 1)`);
    await db.query(`CREATE UNIQUE INDEX ervaringsmeting_evaluatie_uniek ON ervaringsmeting (evaluatie_id) WHERE evaluatie_id IS NOT NULL`);
    await db.query(`ALTER TABLE meetlink ADD COLUMN ingetrokken_op timestamptz`);
    await db.query(`CREATE INDEX meetlink_evaluatie_idx ON meetlink (evaluatie_id)`);
    await db.query(`CREATE INDEX positieve_gezondheid_huishouden_idx ON positieve_gezondheid (huishouden_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX positieve_gezondheid_huishouden_idx`);
    await db.query(`DROP INDEX meetlink_evaluatie_idx`);
    await db.query(`ALTER TABLE meetlink DROP COLUMN ingetrokken_op`);
    await db.query(`DROP INDEX ervaringsmeting_evaluatie_uniek`);
  }
}
