import type { EntityManager } from 'typeorm';

/** Anything that runs SQL: the DataSource, a transaction's EntityManager. */
export type Sql = Pick<EntityManager, 'query'>;

/**
 * The rows of a query, typed by the row type the caller declares. `pg` gives back plain
 * objects; declaring their shape here is what keeps `any` from spreading into the services.
 */
export async function rijen<T extends object>(db: Sql, sql: string, params: unknown[] = []): Promise<T[]> {
  return db.query<T[]>(sql, params);
}

/** The first row, or undefined when there is none. */
export async function rij<T extends object>(db: Sql, sql: string, params: unknown[] = []): Promise<T | undefined> {
  const [eerste] = await rijen<T>(db, sql, params);
  return eerste;
}

/** The one row a statement must return (INSERT … RETURNING, an aggregate); a missing row is a programming error. */
export async function enkeleRij<T extends object>(db: Sql, sql: string, params: unknown[] = []): Promise<T> {
  const eerste = await rij<T>(db, sql, params);
  if (!eerste) throw new Error('Verwachtte één rij, kreeg er geen.');
  return eerste;
}

/** UPDATE/DELETE … RETURNING: TypeORM's postgres driver answers those with [rows, rowCount]. */
export async function gewijzigd<T extends object>(db: Sql, sql: string, params: unknown[] = []): Promise<T[]> {
  const [rows] = await db.query<[T[], number]>(sql, params);
  return rows;
}

/** A timestamptz as the API sends moments: ISO 8601 in UTC with milliseconds, as `Date#toISOString` writes it. */
export const isoMoment = (kolom: string) => `to_char(${kolom} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** A date column as 'YYYY-MM-DD'. */
export const isoDatum = (kolom: string) => `to_char(${kolom}, 'YYYY-MM-DD')`;
