/**
 * Benchmark: werkvoorraad and household page over 10,000 households, 20 concurrent clients.
 * Starts its own embedded PostgreSQL in a temp folder, seeds the demo organisation, adds
 * 10,000 households in bulk, serves the real app on loopback and prints p50/p95/p99.
 *   npm run bench:werkvoorraad  [-- --huishoudens 10000 --verzoeken 2000 --gelijktijdig 20]
 */
import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { maakApp } from '../app.js';
import { laadConfig } from '../config/config.js';
import { metDataSource, metRapportageDataSource, migreer } from '../database/database.js';
import { startIngebouwdePostgres } from '../database/embedded-postgres.js';
import { DEMO_WACHTWOORD, seedDemoAlsLeeg } from '../seed/demo-seed.js';
import { vulMetHuishoudens } from './bulk-huishoudens.js';

const { values } = parseArgs({
  options: { huishoudens: { type: 'string', default: '10000' }, verzoeken: { type: 'string', default: '2000' }, gelijktijdig: { type: 'string', default: '20' } },
});
const AANTAL = Number(values.huishoudens);
const VERZOEKEN = Number(values.verzoeken);
const GELIJKTIJDIG = Number(values.gelijktijdig);

const map = mkdtempSync(path.join(tmpdir(), 'eenplan-bench-'));
chmodSync(map, 0o755);
const pg = await startIngebouwdePostgres(path.join(map, 'pg'), 54000 + Math.floor(Math.random() * 900));
try {
  await migreer(pg.eigenaar);
  await metDataSource(pg.api, (db) => metRapportageDataSource(pg.rapportage, (rapportage) => seedDemoAlsLeeg(db, rapportage)));
  const t0 = Date.now();
  await metDataSource(pg.eigenaar, (db) => vulMetHuishoudens(db.query.bind(db), AANTAL));
  console.log(`${AANTAL} huishoudens aangemaakt in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const config = laadConfig({ APP_ENV: 'test', WEB_DIST: '/nonexistent', LOG_LEVEL: 'silent' });
  const app = await maakApp(config, pg, { logger: pino({ level: 'silent' }) });
  await app.listen(0, '127.0.0.1');
  const adres = app.getHttpServer().address() as { port: number };
  const basis = `http://127.0.0.1:${adres.port}`;

  for (const gebruiker of ['consulent.weert', 'consulent.leudal']) {
    const login = await fetch(`${basis}/api/auth/inloggen`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ gebruikersnaam: gebruiker, wachtwoord: DEMO_WACHTWOORD }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const eerste = (await (await fetch(`${basis}/api/werkvoorraad?perPagina=100`, { headers: { cookie } })).json()) as { totaal: number };
    const ids: string[] = [];
    for (let pagina = 1; ids.length < Math.min(eerste.totaal, 500); pagina += 1) {
      const p = (await (await fetch(`${basis}/api/huishoudens?perPagina=100&pagina=${pagina}`, { headers: { cookie } })).json()) as { items: { id: string }[] };
      if (!p.items.length) break;
      ids.push(...p.items.map((i) => i.id));
    }
    console.log(`\n${gebruiker}: ${eerste.totaal} huishoudens in de werkvoorraad`);
    await meet(`  werkvoorraad (25 per pagina)`, () => `${basis}/api/werkvoorraad`, cookie);
    await meet(`  huishoudenpagina`, (i) => `${basis}/api/huishoudens/${ids[i % ids.length]}`, cookie);
    await meet(`  zoeken op naam`, (i) => `${basis}/api/huishoudens?zoek=${['jan', 'pee', 'smee', 'bak'][i % 4]}`, cookie);
  }
  const geheugen = process.memoryUsage();
  console.log(`\nGeheugen van het proces: rss ${(geheugen.rss / 2 ** 20).toFixed(0)} MiB, heap ${(geheugen.heapUsed / 2 ** 20).toFixed(0)} MiB`);
  await app.close();
} finally {
  await pg.stop();
  rmSync(map, { recursive: true, force: true });
}

async function meet(naam: string, url: (i: number) => string, cookie: string): Promise<void> {
  const duren: number[] = [];
  let volgende = 0;
  let fouten = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: GELIJKTIJDIG }, async () => {
      for (let i = volgende++; i < VERZOEKEN; i = volgende++) {
        const t = process.hrtime.bigint();
        const antwoord = await fetch(url(i), { headers: { cookie } });
        await antwoord.arrayBuffer();
        if (antwoord.status !== 200) fouten += 1;
        duren.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  const totaal = Number(process.hrtime.bigint() - start) / 1e9;
  duren.sort((a, b) => a - b);
  const p = (q: number) => duren[Math.min(duren.length - 1, Math.floor(q * duren.length))]!.toFixed(1);
  console.log(`${naam.padEnd(34)} p50 ${p(0.5)} ms  p95 ${p(0.95)} ms  p99 ${p(0.99)} ms  ${(VERZOEKEN / totaal).toFixed(0)} verzoeken/s  (${VERZOEKEN} verzoeken, ${GELIJKTIJDIG} tegelijk${fouten ? `, ${fouten} FOUT` : ''})`);
}
