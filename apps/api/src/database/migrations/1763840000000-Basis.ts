import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Gemeenten, organisaties, accounts, sessions, login throttling and the append-only audit log. */
export class Basis1763840000000 implements MigrationInterface {
  name = 'Basis1763840000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE gemeente (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        naam text NOT NULL UNIQUE,
        cbs_code text NOT NULL UNIQUE
      )`);
    await db.query(`
      CREATE TABLE organisatie (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        naam text NOT NULL UNIQUE,
        soort text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE gebruiker (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gebruikersnaam text NOT NULL UNIQUE CHECK (gebruikersnaam = lower(gebruikersnaam)),
        naam text NOT NULL,
        rol text NOT NULL CHECK (rol IN ('consulent', 'professional', 'beleid', 'beheer')),
        organisatie_id uuid NOT NULL REFERENCES organisatie(id),
        wachtwoord_hash text NOT NULL,
        actief boolean NOT NULL DEFAULT true,
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE gebruiker_gemeente (
        gebruiker_id uuid NOT NULL REFERENCES gebruiker(id) ON DELETE CASCADE,
        gemeente_id uuid NOT NULL REFERENCES gemeente(id),
        PRIMARY KEY (gebruiker_id, gemeente_id)
      )`);
    await db.query(`
      CREATE TABLE sessie (
        id_hash text PRIMARY KEY,
        gebruiker_id uuid NOT NULL REFERENCES gebruiker(id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        aangemaakt_op timestamptz NOT NULL,
        laatst_actief_op timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX sessie_gebruiker_idx ON sessie (gebruiker_id)`);
    await db.query(`
      CREATE TABLE mislukte_inlogpoging (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account_sleutel text NOT NULL,
        ip_sleutel text NOT NULL,
        tijdstip timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX mislukte_inlogpoging_account_idx ON mislukte_inlogpoging (account_sleutel, tijdstip)`);
    await db.query(`CREATE INDEX mislukte_inlogpoging_ip_idx ON mislukte_inlogpoging (ip_sleutel, tijdstip)`);
    await db.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        tijdstip timestamptz NOT NULL DEFAULT now(),
        gebeurtenis text NOT NULL,
        gebruiker_id uuid,
        organisatie_id uuid,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX audit_log_gebruiker_idx ON audit_log (gebruiker_id, tijdstip)`);
    // Append-only, enforced by the database itself, so no code path can rewrite history.
    await db.query(`
      CREATE FUNCTION audit_log_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is alleen-toevoegen: % is niet toegestaan', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_log_geen_wijziging BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_alleen_toevoegen()`);
    await db.query(`
      CREATE TRIGGER audit_log_geen_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_alleen_toevoegen()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_log`);
    await db.query(`DROP FUNCTION audit_log_alleen_toevoegen()`);
    await db.query(`DROP TABLE mislukte_inlogpoging`);
    await db.query(`DROP TABLE sessie`);
    await db.query(`DROP TABLE gebruiker_gemeente`);
    await db.query(`DROP TABLE gebruiker`);
    await db.query(`DROP TABLE organisatie`);
    await db.query(`DROP TABLE gemeente`);
  }
}
