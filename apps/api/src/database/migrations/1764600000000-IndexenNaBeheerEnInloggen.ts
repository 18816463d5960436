import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The foreign keys the beheer and sign-in tables brought, indexed like every other (database/indexen/vreemde-sleutels.spec.ts). */
export class IndexenNaBeheerEnInloggen1764600000000 implements MigrationInterface {
  private readonly indexen = [
    ['oidc_aanvraag_koppel_gebruiker_idx', 'oidc_aanvraag', 'koppel_gebruiker_id'],
    ['oidc_koppeling_gebruiker_idx', 'oidc_koppeling', 'gebruiker_id'],
    ['organisatie_gemeente_gemeente_idx', 'organisatie_gemeente', 'gemeente_id'],
    ['tweede_stap_gebruiker_idx', 'tweede_stap', 'gebruiker_id'],
    ['uitnodiging_aangemaakt_door_idx', 'uitnodiging', 'aangemaakt_door'],
  ] as const;

  async up(db: QueryRunner): Promise<void> {
    for (const [naam, tabel, kolom] of this.indexen) await db.query(`CREATE INDEX ${naam} ON ${tabel} (${kolom})`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [naam] of this.indexen) await db.query(`DROP INDEX ${naam}`);
  }
}
