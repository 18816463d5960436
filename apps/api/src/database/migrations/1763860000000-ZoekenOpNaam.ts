import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Trigram index so searching members by (part of) their name stays fast with many households. */
export class ZoekenOpNaam1763860000000 implements MigrationInterface {
  name = 'ZoekenOpNaam1763860000000';

  async up(db: QueryRunner): Promise<void> {
    // pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE INDEX lid_naam_trgm_idx ON lid USING gin (lower(voornaam || ' ' || achternaam) gin_trgm_ops)`);
    await db.query(`CREATE INDEX huishouden_naam_trgm_idx ON huishouden USING gin (lower(naam) gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX huishouden_naam_trgm_idx`);
    await db.query(`DROP INDEX lid_naam_trgm_idx`);
    // The extension stays: other objects may use it, and it holds no data.
  }
}
