/**
 * Database targets: `migrate`, `revert` (one migration back), `reset` (drop everything,
 * migrate, seed the demo data when SEED_DEMO allows). Migrates as DATABASE_MIGRATIE_URL (the
 * owner role), or on the embedded PostgreSQL like `npm start`.
 */
import 'reflect-metadata';
import { laadConfigOfStop } from '../config/config.js';
import { seedDemoAlsLeeg } from '../seed/demo-seed.js';
import { externeVerbindingen, metDataSource, metRapportageDataSource, migreer } from './database.js';
import { startIngebouwdePostgres } from './embedded-postgres.js';

const opdracht = process.argv[2];
if (!['migrate', 'revert', 'reset'].includes(opdracht ?? '')) {
  console.error('Gebruik: cli.js migrate | revert | reset');
  process.exit(2);
}

const config = laadConfigOfStop();
if (opdracht === 'reset' && config.APP_ENV === 'production') {
  console.error('db:reset wist alle gegevens en is daarom niet toegestaan met APP_ENV=production.');
  process.exit(1);
}

const extern = externeVerbindingen(config);
const ingebouwd = extern ? undefined : await startIngebouwdePostgres(config.EMBEDDED_PG_DIR, config.EMBEDDED_PG_PORT, console.log);
const database = extern ?? ingebouwd!;
const url = database.eigenaar;
try {
  if (opdracht === 'migrate') {
    const gedaan = await migreer(url);
    console.log(gedaan.length ? `Uitgevoerd: ${gedaan.join(', ')}` : 'Database is bij; geen migraties uitgevoerd.');
  } else if (opdracht === 'revert') {
    await metDataSource(url, (db) => db.undoLastMigration({ transaction: 'each' }));
    console.log('Laatste migratie teruggedraaid.');
  } else {
    await metDataSource(url, async (db) => {
      await db.query('DROP SCHEMA IF EXISTS rapportage CASCADE');
      await db.query('DROP SCHEMA public CASCADE');
      await db.query('CREATE SCHEMA public');
    });
    const gedaan = await migreer(url);
    console.log(`Schema opnieuw opgebouwd (${gedaan.length} migraties).`);
    if (config.SEED_DEMO) {
      await metDataSource(database.api, (db) => metRapportageDataSource(database.rapportage, (rapportage) => seedDemoAlsLeeg(db, rapportage)));
      console.log('Demodata geladen.');
    }
  }
} finally {
  await ingebouwd?.stop();
}
