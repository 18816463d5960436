import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One team around the household: professionals and network members, the household's consent
 * per organisation, the legal basis, safety signals (meldcode), regie-afspraken and evaluaties.
 */
export class TeamRegieEvaluaties1763870000000 implements MigrationInterface {
  name = 'TeamRegieEvaluaties1763870000000';

  async up(db: QueryRunner): Promise<void> {
    // A betrokkene is a professional (with an account, from an organisation) or a network member (name and relation, no account).
    await db.query(`ALTER TABLE betrokkene ADD COLUMN soort text NOT NULL DEFAULT 'professional' CHECK (soort IN ('professional', 'netwerk'))`);
    await db.query(`ALTER TABLE betrokkene ADD COLUMN organisatie_id uuid REFERENCES organisatie(id)`);
    await db.query(`ALTER TABLE betrokkene ADD COLUMN naam text`);
    await db.query(`ALTER TABLE betrokkene ADD COLUMN relatie text`);
    await db.query(`ALTER TABLE betrokkene ADD COLUMN versie integer NOT NULL DEFAULT 1`);
    await db.query(`UPDATE betrokkene b SET organisatie_id = g.organisatie_id FROM gebruiker g WHERE g.id = b.gebruiker_id`);
    await db.query(`
      ALTER TABLE betrokkene ADD CONSTRAINT betrokkene_soort_velden CHECK (
        (soort = 'professional' AND gebruiker_id IS NOT NULL AND organisatie_id IS NOT NULL)
        OR (soort = 'netwerk' AND gebruiker_id IS NULL AND naam IS NOT NULL))`);
    await db.query(`ALTER TABLE betrokkene ADD CONSTRAINT betrokkene_periode CHECK (tot IS NULL OR tot >= van)`);

    await db.query(`
      CREATE TABLE toestemming (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        huishouden_id uuid NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
        organisatie_id uuid NOT NULL REFERENCES organisatie(id),
        gegeven_op date NOT NULL,
        reikwijdte text NOT NULL,
        vastgelegd_door uuid NOT NULL REFERENCES gebruiker(id),
        ingetrokken_op date,
        ingetrokken_door uuid REFERENCES gebruiker(id),
        versie integer NOT NULL DEFAULT 1,
        CHECK (ingetrokken_op IS NULL OR ingetrokken_op >= gegeven_op)
      )`);
    // At most one current consent per household and organisation; history stays.
    await db.query(`CREATE UNIQUE INDEX toestemming_een_actief ON toestemming (huishouden_id, organisatie_id) WHERE ingetrokken_op IS NULL`);
    await db.query(`CREATE INDEX toestemming_organisatie_idx ON toestemming (organisatie_id, huishouden_id)`);

    await db.query(`
      CREATE TABLE grondslag (
        huishouden_id uuid NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
        wet text NOT NULL CHECK (wet IN ('wmo2015', 'jeugdwet', 'participatiewet')),
        PRIMARY KEY (huishouden_id, wet)
      )`);

    await db.query(`
      CREATE TABLE veiligheidssignaal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        huishouden_id uuid NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
        stap text NOT NULL,
        datum date NOT NULL,
        toelichting text,
        vastgelegd_door uuid NOT NULL REFERENCES gebruiker(id),
        vastgelegd_op timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX veiligheidssignaal_huishouden_idx ON veiligheidssignaal (huishouden_id, datum DESC)`);

    await db.query(`
      CREATE TABLE regie_afspraak (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        huishouden_id uuid NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
        houder text NOT NULL CHECK (houder IN ('huishouden', 'netwerk', 'professional')),
        netwerk_naam text,
        regisseur_id uuid REFERENCES gebruiker(id),
        reden text NOT NULL,
        startdatum date NOT NULL,
        evaluatiedatum date NOT NULL,
        huishouden_akkoord boolean NOT NULL,
        vastgelegd_door uuid NOT NULL REFERENCES gebruiker(id),
        beeindigd_op timestamptz,
        versie integer NOT NULL DEFAULT 1,
        CHECK (evaluatiedatum >= startdatum),
        CHECK ((houder = 'professional') = (regisseur_id IS NOT NULL)),
        CHECK ((houder = 'netwerk') = (netwerk_naam IS NOT NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX regie_afspraak_een_actueel ON regie_afspraak (huishouden_id) WHERE beeindigd_op IS NULL`);
    await db.query(`CREATE INDEX regie_afspraak_regisseur_idx ON regie_afspraak (regisseur_id) WHERE beeindigd_op IS NULL`);

    await db.query(`
      CREATE TABLE evaluatie (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        huishouden_id uuid NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        gepland_op date NOT NULL,
        gehouden_op date,
        gehoord_en_gezien text CHECK (gehoord_en_gezien IN ('ja', 'deels', 'nee')),
        regie_passend boolean,
        toelichting text,
        volgende_moment date,
        vastgelegd_door uuid REFERENCES gebruiker(id),
        versie integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX evaluatie_huishouden_idx ON evaluatie (huishouden_id, gepland_op)`);
    await db.query(`
      CREATE TABLE evaluatie_doel (
        evaluatie_id uuid NOT NULL REFERENCES evaluatie(id) ON DELETE CASCADE,
        doel_id uuid NOT NULL REFERENCES doel(id) ON DELETE CASCADE,
        voortgang text NOT NULL CHECK (voortgang IN ('behaald', 'op_weg', 'geen_voortgang', 'gestopt')),
        toelichting text,
        PRIMARY KEY (evaluatie_id, doel_id)
      )`);

    await db.query(`
      CREATE TABLE bijdrage (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        huishouden_id uuid NOT NULL REFERENCES huishouden(id) ON DELETE CASCADE,
        gebruiker_id uuid NOT NULL REFERENCES gebruiker(id),
        tekst text NOT NULL,
        tijdstip timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX bijdrage_huishouden_idx ON bijdrage (huishouden_id, tijdstip DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE bijdrage`);
    await db.query(`DROP TABLE evaluatie_doel`);
    await db.query(`DROP TABLE evaluatie`);
    await db.query(`DROP TABLE regie_afspraak`);
    await db.query(`DROP TABLE veiligheidssignaal`);
    await db.query(`DROP TABLE grondslag`);
    await db.query(`DROP TABLE toestemming`);
    await db.query(`ALTER TABLE betrokkene DROP CONSTRAINT betrokkene_periode`);
    await db.query(`ALTER TABLE betrokkene DROP CONSTRAINT betrokkene_soort_velden`);
    for (const kolom of ['versie', 'relatie', 'naam', 'organisatie_id', 'soort']) await db.query(`ALTER TABLE betrokkene DROP COLUMN ${kolom}`);
  }
}
