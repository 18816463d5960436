import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in through OpenID Connect (issue 13). An account is found by the provider's issuer and
 * subject, never by a name or e-mail address: those change and can be reused, `sub` cannot.
 * A sign-in under way (state, nonce, PKCE verifier) is kept server-side for ten minutes.
 * The session records the `acr`/`amr` the provider reported, and the ID token for logout.
 */
export class OidcKoppeling1764400000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE oidc_koppeling (
        issuer text NOT NULL,
        subject text NOT NULL,
        gebruiker_id uuid NOT NULL REFERENCES gebruiker (id),
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (issuer, subject),
        UNIQUE (issuer, gebruiker_id)
      )`);
    await db.query(`
      CREATE TABLE oidc_aanvraag (
        state_hash text PRIMARY KEY,
        code_verifier text NOT NULL,
        nonce text NOT NULL,
        koppel_gebruiker_id uuid REFERENCES gebruiker (id),
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`ALTER TABLE sessie ADD COLUMN acr text, ADD COLUMN amr text[], ADD COLUMN id_token text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessie DROP COLUMN acr, DROP COLUMN amr, DROP COLUMN id_token`);
    await db.query(`DROP TABLE oidc_aanvraag`);
    await db.query(`DROP TABLE oidc_koppeling`);
  }
}
