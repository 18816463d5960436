/**
 * Benchmark: werkvoorraad, household page and search, over HTTP against the real app, with the
 * same SQL replayed through a `pg` pool in the same run, so the API's own share shows.
 * Starts its own embedded PostgreSQL (with pg_stat_statements) in a temp folder, seeds the demo
 * organisation and N households in bulk, and prints per measurement: p50/p95/p99, requests/s,
 * database time per request (pg_stat_statements: planning + execution), the raw-SQL p95 and the
 * ratio API/raw, and the load average beside it.
 *   npm run bench:werkvoorraad  [-- --huishoudens 100000 --verzoeken 1000 --gelijktijdig 50]
 *   npm run bench:werkvoorraad -- --schaal            # 10k, 100k and 300k in one run
 */
import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { pino } from 'pino';
import { maakApp } from '../app.js';
import { laadConfig } from '../config/config.js';
import { metDataSource, metRapportageDataSource, migreer } from '../database/database.js';
import { startIngebouwdePostgres } from '../database/embedded-postgres.js';
import { DEMO_WACHTWOORD, seedDemoAlsLeeg } from '../seed/demo-seed.js';
import { vulMetHuishoudens } from './bulk-huishoudens.js';

const { values } = parseArgs({
  options: {
    huishoudens: { type: 'string', default: '100000' },
    verzoeken: { type: 'string', default: '1000' },
    gelijktijdig: { type: 'string', default: '50' },
    schaal: { type: 'boolean', default: false },
  },
});
const STAPPEN = values.schaal ? [10_000, 100_000, 300_000] : [Number(values.huishoudens)];
const VERZOEKEN = Number(values.verzoeken);
const GELIJKTIJDIG = Number(values.gelijktijdig);

interface Meting {
  naam: string;
  p95: number;
  dbMsPerVerzoek: number;
}

const map = mkdtempSync(path.join(tmpdir(), 'eenplan-bench-'));
chmodSync(map, 0o755);
const cluster = await startIngebouwdePostgres(path.join(map, 'pg'), 54000 + Math.floor(Math.random() * 900), console.log, [
  'shared_preload_libraries=pg_stat_statements',
  'pg_stat_statements.track=all',
  'pg_stat_statements.track_planning=on',
]);
const beheer = new pg.Pool({ connectionString: cluster.beheerder, max: 1 });
const ruw = new pg.Pool({ connectionString: cluster.api, max: GELIJKTIJDIG });
// Stopping the cluster at the end closes idle connections from its side; that is not an error here.
for (const pool of [beheer, ruw]) pool.on('error', () => {});
const perSchaal = new Map<number, Meting[]>();
try {
  await beheer.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
  await migreer(cluster.eigenaar);
  await metDataSource(cluster.api, (db) => metRapportageDataSource(cluster.rapportage, (rapportage) => seedDemoAlsLeeg(db, rapportage)));
  const config = laadConfig({ APP_ENV: 'test', WEB_DIST: '/nonexistent', LOG_LEVEL: 'silent', LOGIN_MAX_FAILURES_PER_IP: '100000' });
  const app = await maakApp(config, cluster, { logger: pino({ level: 'silent' }) });
  await app.listen(0, '127.0.0.1');
  const basis = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;

  let gevuld = 0;
  for (const stap of STAPPEN) {
    const t0 = Date.now();
    await metDataSource(cluster.eigenaar, (db) => vulMetHuishoudens(db.query.bind(db), stap - gevuld, gevuld));
    gevuld = stap;
    console.log(`\n=== ${stap.toLocaleString('nl-NL')} huishoudens (aangevuld in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    const metingen: Meting[] = [];
    for (const gebruiker of ['consulent.leudal', 'consulent.weert']) {
      const cookie = await inloggen(basis, gebruiker);
      const eerste = (await (await fetch(`${basis}/api/werkvoorraad?perPagina=100`, { headers: { cookie } })).json()) as { totaal: number };
      const ids: string[] = [];
      for (let pagina = 1; ids.length < Math.min(eerste.totaal, 500); pagina += 1) {
        const p = (await (await fetch(`${basis}/api/huishoudens?perPagina=100&pagina=${pagina}`, { headers: { cookie } })).json()) as { items: { id: string }[] };
        if (!p.items.length) break;
        ids.push(...p.items.map((i) => i.id));
      }
      console.log(`\n${gebruiker}: ${eerste.totaal} huishoudens in de werkvoorraad`);
      metingen.push(await meet(`${gebruiker} werkvoorraad`, () => `${basis}/api/werkvoorraad`, cookie));
      metingen.push(await meet(`${gebruiker} huishoudenpagina`, (i) => `${basis}/api/huishoudens/${ids[i % ids.length]}`, cookie));
      metingen.push(await meet(`${gebruiker} zoeken`, (i) => `${basis}/api/huishoudens?zoek=${['jan', 'pee', 'smee', 'bak'][i % 4]}`, cookie));
    }
    perSchaal.set(stap, metingen);
    const geheugen = process.memoryUsage();
    // The API, the HTTP clients and the raw pool share this process: the API alone uses less.
    console.log(`\nGeheugen van het benchmarkproces (API + clients): rss ${(geheugen.rss / 2 ** 20).toFixed(0)} MiB, heap ${(geheugen.heapUsed / 2 ** 20).toFixed(0)} MiB`);
  }
  await app.close();

  if (STAPPEN.length > 1) {
    console.log('\nDatabasetijd per verzoek (ms) per schaal, en de verhouding grootste/kleinste:');
    const eerste = perSchaal.get(STAPPEN[0]!)!;
    for (const [i, meting] of eerste.entries()) {
      const reeks = STAPPEN.map((s) => perSchaal.get(s)![i]!.dbMsPerVerzoek);
      console.log(`  ${meting.naam.padEnd(36)} ${reeks.map((r) => r.toFixed(2).padStart(8)).join(' ')}   ×${(reeks.at(-1)! / reeks[0]!).toFixed(2)}`);
    }
  }
} finally {
  await ruw.end();
  await beheer.end();
  await cluster.stop();
  rmSync(map, { recursive: true, force: true });
}

async function inloggen(basis: string, gebruikersnaam: string): Promise<string> {
  const login = await fetch(`${basis}/api/auth/inloggen`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ gebruikersnaam, wachtwoord: DEMO_WACHTWOORD }) });
  return login.headers.get('set-cookie')!.split(';')[0]!;
}

/** Runs `werk(i)` for i = 0 … VERZOEKEN−1 with GELIJKTIJDIG workers; durations in ms, and the wall time in s. */
async function belast(werk: (i: number) => Promise<boolean>): Promise<{ duren: number[]; seconden: number; fouten: number }> {
  const duren: number[] = [];
  let volgende = 0;
  let fouten = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: GELIJKTIJDIG }, async () => {
      for (let i = volgende++; i < VERZOEKEN; i = volgende++) {
        const t = process.hrtime.bigint();
        if (!(await werk(i))) fouten += 1;
        duren.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  duren.sort((a, b) => a - b);
  return { duren, seconden: Number(process.hrtime.bigint() - start) / 1e9, fouten };
}

function kwantiel(duren: number[], q: number): number {
  return duren[Math.min(duren.length - 1, Math.floor(q * duren.length))]!;
}

/** The statements one request sent, caught on the pg client while it ran alone. */
type Opname = { tekst: string; waarden: unknown[] }[];

async function neemOp(url: string, cookie: string): Promise<Opname> {
  const opname: Opname = [];
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back unchanged below, called with apply
  const origineel = pg.Client.prototype.query;
  // Only for the benchmark: record what the app sends, so exactly that can be replayed raw.
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [eerste, tweede] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    if (typeof eerste === 'string') opname.push({ tekst: eerste, waarden: Array.isArray(tweede) ? tweede : [] });
    else if (eerste && typeof eerste === 'object' && 'text' in eerste) opname.push({ tekst: eerste.text, waarden: eerste.values ?? [] });
    return (origineel as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof origineel;
  try {
    await (await fetch(url, { headers: { cookie } })).arrayBuffer();
  } finally {
    pg.Client.prototype.query = origineel;
  }
  return opname;
}

async function meet(naam: string, url: (i: number) => string, cookie: string): Promise<Meting> {
  await (await fetch(url(0), { headers: { cookie } })).arrayBuffer(); // warm
  await beheer.query(`SELECT pg_stat_statements_reset()`);
  const api = await belast(async (i) => {
    const antwoord = await fetch(url(i), { headers: { cookie } });
    await antwoord.arrayBuffer();
    return antwoord.status === 200;
  });
  const [{ ms }] = (
    await beheer.query<{ ms: number }>(`SELECT coalesce(sum(total_exec_time + total_plan_time), 0)::float AS ms FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'`)
  ).rows as [{ ms: number }];
  const last = loadavg().map((l) => l.toFixed(2)).join(' ');

  // The same statements, raw: record 20 different requests, replay them round-robin on one pooled client each.
  const opnamen: Opname[] = [];
  for (let i = 0; i < 20; i += 1) opnamen.push(await neemOp(url(i), cookie));
  const raw = await belast(async (i) => {
    const client = await ruw.connect();
    try {
      for (const { tekst, waarden } of opnamen[i % opnamen.length]!) await client.query(tekst, waarden);
      return true;
    } catch {
      await client.query('ROLLBACK').catch(() => {});
      return false;
    } finally {
      client.release();
    }
  });

  const p = (q: number) => kwantiel(api.duren, q).toFixed(1);
  const dbMs = ms / VERZOEKEN;
  const rawP95 = kwantiel(raw.duren, 0.95);
  console.log(
    `${naam.padEnd(36)} p50 ${p(0.5)} ms  p95 ${p(0.95)} ms  p99 ${p(0.99)} ms  ${(VERZOEKEN / api.seconden).toFixed(0)}/s  db ${dbMs.toFixed(2)} ms/verzoek  ` +
      `${opnamen[0]!.length} statements  ruw p95 ${rawP95.toFixed(1)} ms  API/ruw ×${(kwantiel(api.duren, 0.95) / rawP95).toFixed(2)}  load ${last}` +
      `${api.fouten || raw.fouten ? `  FOUTEN api ${api.fouten} ruw ${raw.fouten}` : ''}`,
  );
  return { naam, p95: kwantiel(api.duren, 0.95), dbMsPerVerzoek: dbMs };
}
