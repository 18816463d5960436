import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Huishoudens with their leden and team, the one plan van aanpak with doelen and acties, and their history. */
export class HuishoudensEnPlannen1763850000000 implements MigrationInterface {
  name = 'HuishoudensEnPlannen1763850000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE huishouden (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeente(id),
        casemanager_id uuid NOT NULL REFERENCES gebruiker(id),
        naam text NOT NULL,
        straat text NOT NULL,
        huisnummer text NOT NULL,
        postcode text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
        woonplaats text NOT NULL,
        status text NOT NULL DEFAULT 'actief' CHECK (status IN ('actief', 'afgesloten')),
        versie integer NOT NULL DEFAULT 1,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        laatste_activiteit_op timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX huishouden_casemanager_idx ON huishouden (casemanager_id, laatste_activiteit_op DESC)`);
    await db.query(`CREATE INDEX huishouden_gemeente_idx ON huishouden (gemeente_id)`);
    await db.query(`CREATE INDEX huishouden_postcode_idx ON huishouden (postcode)`);
    await db.query(`
      CREATE TABLE lid (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        huishouden_id uuid NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
        voornaam text NOT NULL,
        achternaam text NOT NULL,
        geboortedatum date NOT NULL,
        rol text NOT NULL,
        bsn char(9),
        versie integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX lid_huishouden_idx ON lid (huishouden_id)`);
    await db.query(`CREATE INDEX lid_bsn_idx ON lid (bsn) WHERE bsn IS NOT NULL`);
    await db.query(`CREATE INDEX lid_achternaam_idx ON lid (lower(achternaam) text_pattern_ops)`);
    // Team membership: who works with this household's plan (extended with consent in a later migration).
    await db.query(`
      CREATE TABLE betrokkene (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        huishouden_id uuid NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
        gebruiker_id uuid REFERENCES gebruiker(id),
        rol text NOT NULL,
        van date NOT NULL DEFAULT CURRENT_DATE,
        tot date
      )`);
    await db.query(`CREATE INDEX betrokkene_gebruiker_idx ON betrokkene (gebruiker_id, huishouden_id)`);
    await db.query(`CREATE INDEX betrokkene_huishouden_idx ON betrokkene (huishouden_id)`);
    await db.query(`
      CREATE TABLE plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        huishouden_id uuid NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'vastgesteld', 'afgesloten')),
        versie integer NOT NULL DEFAULT 1,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        vastgesteld_op timestamptz,
        akkoord_huishouden_op date,
        afgesloten_op timestamptz,
        afsluitreden text,
        afsluit_toelichting text,
        CHECK (status <> 'vastgesteld' OR (vastgesteld_op IS NOT NULL AND akkoord_huishouden_op IS NOT NULL)),
        CHECK (status <> 'afgesloten' OR (afgesloten_op IS NOT NULL AND afsluitreden IS NOT NULL))
      )`);
    // Exactly one active plan per household, enforced by the database.
    await db.query(`CREATE UNIQUE INDEX plan_een_actief_per_huishouden ON plan (huishouden_id) WHERE status <> 'afgesloten'`);
    await db.query(`CREATE INDEX plan_huishouden_idx ON plan (huishouden_id)`);
    await db.query(`
      CREATE TABLE doel (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        leefgebied text NOT NULL,
        omschrijving text NOT NULL,
        prioriteit integer NOT NULL CHECK (prioriteit BETWEEN 1 AND 99),
        status text NOT NULL DEFAULT 'open',
        resultaat text CHECK (resultaat IN ('ja', 'deels', 'nee')),
        versie integer NOT NULL DEFAULT 1,
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX doel_plan_idx ON doel (plan_id)`);
    await db.query(`
      CREATE TABLE actie (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        doel_id uuid NOT NULL REFERENCES doel(id) ON DELETE CASCADE,
        omschrijving text NOT NULL,
        eigenaar_soort text NOT NULL CHECK (eigenaar_soort IN ('huishouden', 'netwerk', 'professional')),
        eigenaar_naam text,
        eigenaar_gebruiker_id uuid REFERENCES gebruiker(id),
        deadline date NOT NULL,
        status text NOT NULL DEFAULT 'open',
        versie integer NOT NULL DEFAULT 1,
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX actie_doel_idx ON actie (doel_id)`);
    await db.query(`CREATE INDEX actie_eigenaar_idx ON actie (eigenaar_gebruiker_id) WHERE eigenaar_gebruiker_id IS NOT NULL`);
    // History of every change to huishouden, lid, plan, doel and actie: the timeline.
    await db.query(`
      CREATE TABLE wijziging (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        huishouden_id uuid NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
        entiteit text NOT NULL,
        entiteit_id uuid NOT NULL,
        versie integer NOT NULL,
        soort text NOT NULL,
        gebruiker_id uuid NOT NULL REFERENCES gebruiker(id),
        tijdstip timestamptz NOT NULL,
        veranderingen jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX wijziging_huishouden_idx ON wijziging (huishouden_id, id DESC)`);
    await db.query(`ALTER TABLE audit_log ADD COLUMN huishouden_id uuid`);
    await db.query(`CREATE INDEX audit_log_huishouden_idx ON audit_log (huishouden_id, tijdstip DESC) WHERE huishouden_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_log_huishouden_idx`);
    // The append-only trigger guards rows, not columns; dropping the column is a schema change.
    await db.query(`ALTER TABLE audit_log DROP COLUMN huishouden_id`);
    await db.query(`DROP TABLE wijziging`);
    await db.query(`DROP TABLE actie`);
    await db.query(`DROP TABLE doel`);
    await db.query(`DROP TABLE plan`);
    await db.query(`DROP TABLE betrokkene`);
    await db.query(`DROP TABLE lid`);
    await db.query(`DROP TABLE huishouden`);
  }
}
