import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { vrijePoort } from '@eenplan/testhulp';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OPSTART_LIMIET_MS = 90_000;
const AFSLUIT_LIMIET_MS = 8_000; // within vitest's default teardownTimeout (10 s)

/**
 * Starts the real built server (API + web app) once for all browser tests, on its own
 * embedded PostgreSQL in a fresh temp folder, migrated and seeded with the demo data.
 */
export default async function setup(project: TestProject) {
  const main = path.join(REPO_ROOT, 'apps/api/dist/main.js');
  for (const bestand of [main, path.join(REPO_ROOT, 'apps/web/dist/index.html')]) {
    if (!existsSync(bestand)) throw new Error(`${path.relative(REPO_ROOT, bestand)} ontbreekt: bouw eerst (npm test doet dat, of npx nx run-many -t build).`);
  }

  // Not under /root: PostgreSQL runs as its own user and must reach this folder.
  const map = mkdtempSync('/tmp/eenplan-e2e-');
  chmodSync(map, 0o755);
  const poort = await vrijePoort();
  const pgPoort = await vrijePoort();
  const oidcPoort = await vrijePoort();

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(poort),
    HOST: '127.0.0.1',
    APP_ENV: 'development',
    EMBEDDED_PG_DIR: path.join(map, 'pg'),
    EMBEDDED_PG_PORT: String(pgPoort),
    LOG_LEVEL: 'warn',
    // The development OpenID provider, so a journey can sign in through its login page.
    OIDC_DEV: 'true',
    OIDC_DEV_PORT: String(oidcPoort),
  };
  delete env.DATABASE_URL; // the server starts its own PostgreSQL
  delete env.SEED_DEMO; // development seeds the demo accounts
  delete env.NODE_OPTIONS; // vitest's loader flags are not for the server

  const server = spawn(process.execPath, [main], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const uitvoer = bewaarUitvoer(server);
  const baseUrl = `http://127.0.0.1:${poort}`;

  const opruimen = async () => {
    await stop(server);
    rmSync(map, { recursive: true, force: true });
  };

  try {
    await wachtOpGezondheid(baseUrl, server, uitvoer);
  } catch (fout) {
    await opruimen();
    throw fout;
  }

  project.provide('baseUrl', baseUrl);
  return opruimen;
}

function bewaarUitvoer(server: ChildProcess) {
  const regels: string[] = [];
  const bewaar = (stukje: Buffer) => {
    regels.push(stukje.toString());
    if (regels.length > 200) regels.shift();
  };
  server.stdout?.on('data', bewaar);
  server.stderr?.on('data', (stukje: Buffer) => {
    bewaar(stukje);
    // warnings and errors of the server stay visible in the test output
    process.stderr.write(`[server] ${stukje.toString()}`);
  });
  return () => regels.join('');
}

async function wachtOpGezondheid(baseUrl: string, server: ChildProcess, uitvoer: () => string): Promise<void> {
  const einde = Date.now() + OPSTART_LIMIET_MS;
  while (Date.now() < einde) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`De server stopte tijdens het opstarten (code ${server.exitCode ?? server.signalCode}):\n${uitvoer()}`);
    }
    try {
      const antwoord = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (antwoord.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((klaar) => setTimeout(klaar, 250));
  }
  throw new Error(`De server antwoordde niet binnen ${OPSTART_LIMIET_MS / 1000} s op /api/health:\n${uitvoer()}`);
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const gestopt = new Promise<void>((klaar) => server.once('exit', () => klaar()));
  server.kill('SIGTERM');
  let wekker: NodeJS.Timeout | undefined;
  const opTijd = await Promise.race([
    gestopt.then(() => true),
    new Promise<boolean>((klaar) => {
      wekker = setTimeout(() => klaar(false), AFSLUIT_LIMIET_MS);
    }),
  ]);
  clearTimeout(wekker);
  if (!opTijd) {
    process.stderr.write(`[server] stopte niet binnen ${AFSLUIT_LIMIET_MS / 1000} s na SIGTERM; SIGKILL\n`);
    server.kill('SIGKILL');
    await gestopt;
  }
}
