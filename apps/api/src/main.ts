import 'reflect-metadata';
import { maakApp } from './app.js';
import { maakLogger } from './common/logger.js';
import { laadConfigOfStop, type AppConfig } from './config/config.js';
import { type DatabaseVerbindingen, externeVerbindingen, metDataSource, metRapportageDataSource, migreer } from './database/database.js';
import { startIngebouwdePostgres, type IngebouwdePostgres } from './database/embedded-postgres.js';
import { controleerMinsteRechten } from './database/rollen.js';
import { DEMO_GEBRUIKERS, DEMO_WACHTWOORD, seedDemoAlsLeeg } from './seed/demo-seed.js';
import type { OntwikkelProvider } from './auth/ontwikkel-provider.js';

let config: AppConfig = laadConfigOfStop();
const logger = maakLogger(config.LOG_LEVEL);

let ingebouwd: IngebouwdePostgres | undefined;
let database: DatabaseVerbindingen | undefined = externeVerbindingen(config);
if (!database) {
  logger.info({ map: config.EMBEDDED_PG_DIR, poort: config.EMBEDDED_PG_PORT }, 'ingebouwde PostgreSQL starten');
  ingebouwd = await startIngebouwdePostgres(config.EMBEDDED_PG_DIR, config.EMBEDDED_PG_PORT, (regel) => logger.warn(regel));
  database = ingebouwd;
}
const verbindingen = database;

try {
  const uitgevoerd = await migreer(verbindingen.eigenaar);
  if (uitgevoerd.length) logger.info({ migraties: uitgevoerd }, 'migraties uitgevoerd');
  // The API and the reports never run with more rights than their job, whoever set the database up.
  await metDataSource(verbindingen.api, (db) => controleerMinsteRechten(db, 'DATABASE_URL'));
  await metRapportageDataSource(verbindingen.rapportage, (db) => controleerMinsteRechten(db, 'DATABASE_RAPPORTAGE_URL'));
} catch (fout) {
  process.stderr.write(`${fout instanceof Error ? fout.message : String(fout)}\n`);
  await ingebouwd?.stop();
  process.exit(1);
}
const geseed = config.SEED_DEMO && (await metDataSource(verbindingen.api, (db) => metRapportageDataSource(verbindingen.rapportage, (rapportage) => seedDemoAlsLeeg(db, rapportage))));
if (geseed) logger.info('demodata geladen');
let ontwikkelProvider: OntwikkelProvider | undefined;
if (config.OIDC_DEV) {
  // Loaded only here: a production process never loads the development provider (or oidc-provider).
  const { koppelOntwikkelAccounts, ontwikkelConfig } = await import('./auth/ontwikkel-provider.js');
  ({ config, provider: ontwikkelProvider } = await ontwikkelConfig(config));
  const issuer = ontwikkelProvider.issuer;
  await metDataSource(verbindingen.api, (db) => koppelOntwikkelAccounts(db, issuer));
  logger.info({ issuer }, 'ontwikkel-inlogdienst (OpenID Connect) gestart');
}

const app = await maakApp(config, verbindingen, { logger });
await app.listen(config.PORT, config.HOST);

let stoppen = false;
async function stop(signaal: string) {
  if (stoppen) return;
  stoppen = true;
  logger.info({ signaal }, 'afsluiten: lopende verzoeken afmaken, database sluiten');
  // Order matters: stop taking requests, close the pool, then stop PostgreSQL itself.
  await app.close();
  await ontwikkelProvider?.stop();
  await ingebouwd?.stop();
  logger.info('afgesloten');
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));

const adres = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
const regels = [
  '',
  `Eén plan voor elk thuis draait op ${adres}`,
  `  API: ${adres}/api   (OpenAPI: ${adres}/api/openapi.json)`,
  `  Database: ${ingebouwd ? `ingebouwde PostgreSQL (${config.EMBEDDED_PG_DIR})` : 'DATABASE_URL'}`,
];
if (config.SEED_DEMO) {
  regels.push(`  Demo-accounts (wachtwoord ${DEMO_WACHTWOORD}):`);
  for (const g of DEMO_GEBRUIKERS) regels.push(`    ${g.gebruikersnaam.padEnd(24)} ${g.omschrijving}`);
}
process.stdout.write(`${regels.join('\n')}\n\n`);
