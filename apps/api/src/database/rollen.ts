import type { DataSource } from 'typeorm';

/**
 * The database roles. Each connection logs in as the least it needs:
 * - the owner runs migrations and owns every table, view and trigger; nothing else logs in as it;
 * - the API reads and writes case data, but may only add to the audit log, the history and the
 *   frozen releases, and owns nothing, so it cannot drop or disable their triggers;
 * - the report role reads the `rapportage` views and nothing else, over its own login, so there
 *   is no `RESET ROLE` back to more rights.
 * Role names are cluster-wide; infra/database-rollen.sql creates them on an external PostgreSQL.
 */
export const EIGENAAR_ROL = 'eenplan_eigenaar';
export const API_ROL = 'eenplan_api';
/** Created by migration 1763880000000-Thema2Metingen under this name, so the name is fixed. */
export const RAPPORTAGE_ROL = 'eenplan_rapportage';

/** Written once, never changed: the API may only INSERT and SELECT here. */
export const ALLEEN_TOEVOEGEN = ['audit_log', 'wijziging', 'rapportage_release'] as const;

/**
 * Grants the API and report roles exactly their rights on what the migrations made. Run as the
 * owner after every migration run, so a table added later is covered too. Idempotent.
 */
export async function werkRechtenBij(eigenaar: DataSource): Promise<void> {
  await eigenaar.transaction(async (tx) => {
    const [{ naam: database }] = await tx.query<[{ naam: string }]>(`SELECT current_database() AS naam`);
    await tx.query(`GRANT CONNECT ON DATABASE "${database}" TO ${API_ROL}, ${RAPPORTAGE_ROL}`);
    // Nobody but the owner creates objects (PostgreSQL 15+ does this by default; older ones did not).
    await tx.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await tx.query(`GRANT USAGE ON SCHEMA public TO ${API_ROL}`);
    await tx.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${API_ROL}`);
    await tx.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${ALLEEN_TOEVOEGEN.join(', ')} FROM ${API_ROL}`);
    // The migrations' own bookkeeping is the owner's business.
    await tx.query(`REVOKE ALL ON TABLE migrations FROM ${API_ROL}`);
    await tx.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${API_ROL}`);
    await tx.query(`REVOKE ALL ON SCHEMA rapportage FROM ${API_ROL}`);
    await tx.query(`GRANT USAGE ON SCHEMA rapportage TO ${RAPPORTAGE_ROL}`);
    await tx.query(`GRANT SELECT ON ALL TABLES IN SCHEMA rapportage TO ${RAPPORTAGE_ROL}`);
  });
}

export interface RolControle {
  rol: string;
  superuser: boolean;
  eigenaarVan: number;
}

/**
 * Refuses a connection that has more rights than its job: a superuser (or a role that can
 * become one) or one that owns tables could switch off the audit log's triggers.
 */
export async function controleerMinsteRechten(db: DataSource, variabele: string): Promise<void> {
  const [r] = await db.query<RolControle[]>(`
    SELECT current_user AS rol,
           rolsuper OR rolcreaterole OR rolbypassrls OR pg_has_role(current_user, 'pg_execute_server_program', 'MEMBER') OR pg_has_role(current_user, 'pg_write_server_files', 'MEMBER') AS superuser,
           (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relowner = r.oid AND n.nspname IN ('public', 'rapportage')) AS "eigenaarVan"
      FROM pg_roles r WHERE r.rolname = current_user`);
  if (!r) throw new Error(`${variabele}: de databaserol is niet te lezen`);
  if (r.superuser) throw new Error(`${variabele}: de rol ${r.rol} heeft beheerrechten (superuser, createrole of bypassrls). De API draait als rol met minimale rechten; zie README, "Externe PostgreSQL".`);
  if (r.eigenaarVan > 0) throw new Error(`${variabele}: de rol ${r.rol} is eigenaar van ${r.eigenaarVan} tabellen. Alleen ${EIGENAAR_ROL} mag eigenaar zijn; zie README, "Externe PostgreSQL".`);
}
