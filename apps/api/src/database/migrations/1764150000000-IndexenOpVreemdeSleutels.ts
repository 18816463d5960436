import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index leading with every foreign key. Without one, "the consents / measurement links /
 * evaluations of this household or plan" reads the whole table, and so does each delete or
 * update of the row referred to (ON DELETE CASCADE, the RESTRICT check). The spec
 * database/indexen/vreemde-sleutels.spec.ts keeps later migrations to this rule.
 */
const INDEXEN: [naam: string, tabel: string, kolom: string][] = [
  ['actie_eigenaar_gebruiker_id_idx', 'actie', 'eigenaar_gebruiker_id'],
  ['betrokkene_organisatie_id_idx', 'betrokkene', 'organisatie_id'],
  ['bijdrage_gebruiker_id_idx', 'bijdrage', 'gebruiker_id'],
  ['ervaringsmeting_evaluatie_id_idx', 'ervaringsmeting', 'evaluatie_id'],
  ['ervaringsmeting_vastgelegd_door_idx', 'ervaringsmeting', 'vastgelegd_door'],
  ['evaluatie_plan_id_idx', 'evaluatie', 'plan_id'],
  ['evaluatie_vastgelegd_door_idx', 'evaluatie', 'vastgelegd_door'],
  ['evaluatie_doel_doel_id_idx', 'evaluatie_doel', 'doel_id'],
  ['gebruiker_organisatie_id_idx', 'gebruiker', 'organisatie_id'],
  ['gebruiker_gemeente_gemeente_id_idx', 'gebruiker_gemeente', 'gemeente_id'],
  ['idempotentie_sleutel_huishouden_id_idx', 'idempotentie_sleutel', 'huishouden_id'],
  ['meetlink_aangemaakt_door_idx', 'meetlink', 'aangemaakt_door'],
  ['meetlink_huishouden_id_idx', 'meetlink', 'huishouden_id'],
  ['positieve_gezondheid_vastgelegd_door_idx', 'positieve_gezondheid', 'vastgelegd_door'],
  ['rapportage_release_gepubliceerd_door_idx', 'rapportage_release', 'gepubliceerd_door'],
  ['regie_afspraak_regisseur_id_idx', 'regie_afspraak', 'regisseur_id'],
  ['regie_afspraak_vastgelegd_door_idx', 'regie_afspraak', 'vastgelegd_door'],
  ['toestemming_huishouden_id_idx', 'toestemming', 'huishouden_id'],
  ['toestemming_ingetrokken_door_idx', 'toestemming', 'ingetrokken_door'],
  ['toestemming_vastgelegd_door_idx', 'toestemming', 'vastgelegd_door'],
  ['veiligheidssignaal_vastgelegd_door_idx', 'veiligheidssignaal', 'vastgelegd_door'],
  ['wijziging_gebruiker_id_idx', 'wijziging', 'gebruiker_id'],
];

export class IndexenOpVreemdeSleutels1764150000000 implements MigrationInterface {
  name = 'IndexenOpVreemdeSleutels1764150000000';

  async up(db: QueryRunner): Promise<void> {
    for (const [naam, tabel, kolom] of INDEXEN) await db.query(`CREATE INDEX ${naam} ON ${tabel} (${kolom})`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [naam] of INDEXEN) await db.query(`DROP INDEX ${naam}`);
  }
}
