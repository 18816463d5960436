import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RAPPORTAGE_ROL } from '../rollen.js';

/**
 * Thema 2: the household's experience (ervaringsmeting), positieve gezondheid, one-time links
 * for the household, frozen report releases, and the `rapportage` schema: views without
 * names, BSNs, addresses or free text, readable by a role that cannot read anything else.
 */
export class Thema2Metingen1763880000000 implements MigrationInterface {
  name = 'Thema2Metingen1763880000000';

  async up(db: QueryRunner): Promise<void> {
    const score = (kolom: string) => `${kolom} smallint CHECK (${kolom} BETWEEN 1 AND 5)`;
    await db.query(`
      CREATE TABLE ervaringsmeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        huishouden_id uuid NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
        evaluatie_id uuid REFERENCES evaluatie(id) ON DELETE SET NULL,
        afgenomen_op date NOT NULL,
        wijze text NOT NULL CHECK (wijze IN ('met_professional', 'via_link')),
        ${['perspectief', 'regie', 'integraal', 'effect', 'gehoord', 'tevredenheid'].map(score).join(',\n        ')},
        vastgelegd_door uuid REFERENCES gebruiker(id)
      )`);
    await db.query(`CREATE INDEX ervaringsmeting_huishouden_idx ON ervaringsmeting (huishouden_id, afgenomen_op)`);
    const dim = (kolom: string) => `${kolom} smallint NOT NULL CHECK (${kolom} BETWEEN 0 AND 10)`;
    await db.query(`
      CREATE TABLE positieve_gezondheid (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        huishouden_id uuid NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
        lid_id uuid NOT NULL REFERENCES lid(id) ON DELETE CASCADE,
        moment text NOT NULL CHECK (moment IN ('start', 'evaluatie')),
        gemeten_op date NOT NULL,
        ${['lichaamsfuncties', 'mentaal_welbevinden', 'zingeving', 'kwaliteit_van_leven', 'meedoen', 'dagelijks_functioneren'].map(dim).join(',\n        ')},
        vastgelegd_door uuid REFERENCES gebruiker(id)
      )`);
    await db.query(`CREATE INDEX positieve_gezondheid_lid_idx ON positieve_gezondheid (lid_id, gemeten_op)`);
    // Only the hash of the token is stored: the link itself is handed to the household once.
    await db.query(`
      CREATE TABLE meetlink (
        token_hash text PRIMARY KEY,
        huishouden_id uuid NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
        evaluatie_id uuid REFERENCES evaluatie(id) ON DELETE CASCADE,
        aangemaakt_door uuid NOT NULL REFERENCES gebruiker(id),
        aangemaakt_op timestamptz NOT NULL,
        verloopt_op timestamptz NOT NULL,
        gebruikt_op timestamptz
      )`);
    // A published release is frozen: corrections come in the next one.
    await db.query(`
      CREATE TABLE rapportage_release (
        periode text PRIMARY KEY,
        soort text NOT NULL CHECK (soort IN ('kwartaal', 'jaar')),
        gepubliceerd_op timestamptz NOT NULL,
        gepubliceerd_door uuid NOT NULL REFERENCES gebruiker(id),
        hash text NOT NULL,
        inhoud text NOT NULL
      )`);
    await db.query(`
      CREATE FUNCTION rapportage_release_bevroren() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'een gepubliceerde release is bevroren: % is niet toegestaan', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`CREATE TRIGGER rapportage_release_geen_wijziging BEFORE UPDATE OR DELETE ON rapportage_release FOR EACH ROW EXECUTE FUNCTION rapportage_release_bevroren()`);

    await db.query(`CREATE SCHEMA rapportage`);
    const views: Record<string, string> = {
      huishouden: `SELECT h.id, g.naam AS gemeente, h.casemanager_id, h.aangemaakt_op, h.status FROM public.huishouden h JOIN public.gemeente g ON g.id = h.gemeente_id`,
      gemeente: `SELECT naam FROM public.gemeente`,
      casemanager: `SELECT id, organisatie_id FROM public.gebruiker WHERE rol = 'consulent'`,
      plan: `SELECT id, huishouden_id, status, aangemaakt_op, vastgesteld_op, afgesloten_op, afsluitreden FROM public.plan`,
      doel: `SELECT id, plan_id, leefgebied, resultaat FROM public.doel`,
      betrokkene: `SELECT huishouden_id, soort, gebruiker_id, organisatie_id, van, tot FROM public.betrokkene`,
      toestemming: `SELECT huishouden_id, organisatie_id, gegeven_op, ingetrokken_op FROM public.toestemming`,
      regie_afspraak: `SELECT huishouden_id, houder, startdatum, evaluatiedatum, beeindigd_op FROM public.regie_afspraak`,
      evaluatie: `SELECT id, huishouden_id, plan_id, gepland_op, gehouden_op, gehoord_en_gezien, regie_passend FROM public.evaluatie`,
      ervaringsmeting: `SELECT huishouden_id, afgenomen_op, perspectief, regie, integraal, effect, gehoord, tevredenheid FROM public.ervaringsmeting`,
      positieve_gezondheid: `SELECT huishouden_id, lid_id, moment, gemeten_op, lichaamsfuncties, mentaal_welbevinden, zingeving, kwaliteit_van_leven, meedoen, dagelijks_functioneren FROM public.positieve_gezondheid`,
    };
    for (const [naam, sql] of Object.entries(views)) await db.query(`CREATE VIEW rapportage.${naam} AS ${sql}`);
    // The role report queries run as: the views only. Role names are cluster-wide, so it may exist already.
    await db.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${RAPPORTAGE_ROL}') THEN CREATE ROLE ${RAPPORTAGE_ROL} NOLOGIN; END IF;
      END $$`);
    await db.query(`GRANT USAGE ON SCHEMA rapportage TO ${RAPPORTAGE_ROL}`);
    await db.query(`GRANT SELECT ON ALL TABLES IN SCHEMA rapportage TO ${RAPPORTAGE_ROL}`);
    // No GRANT of this role to the migrating user any more: report queries log in as the role itself
    // (rollen.ts), so nobody needs to SET ROLE to it. Where this ran before, the grant went to the old
    // superuser and changes nothing.
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA rapportage CASCADE`);
    // The role stays: it is shared by every database of the cluster and holds no data.
    await db.query(`DROP TABLE rapportage_release`);
    await db.query(`DROP FUNCTION rapportage_release_bevroren()`);
    await db.query(`DROP TABLE meetlink`);
    await db.query(`DROP TABLE positieve_gezondheid`);
    await db.query(`DROP TABLE ervaringsmeting`);
  }
}
