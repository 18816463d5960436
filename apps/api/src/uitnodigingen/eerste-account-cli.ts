/**
 * `npm run beheer:eerste-account -- --gebruikersnaam … --naam … --email … --organisatie …`:
 * the first beheer account on an empty database; prints its invitation link once.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { laadConfigOfStop } from '../config/config.js';
import { externeVerbindingen, metDataSource, migreer } from '../database/database.js';
import { startIngebouwdePostgres } from '../database/embedded-postgres.js';
import { maakEersteBeheerAccount } from './eerste-account.js';

const { values } = parseArgs({ options: { gebruikersnaam: { type: 'string' }, naam: { type: 'string' }, email: { type: 'string' }, organisatie: { type: 'string' } } });
const { gebruikersnaam, naam, email, organisatie = 'Functioneel beheer' } = values;
if (!gebruikersnaam || !naam || !email) {
  console.error('Gebruik: npm run beheer:eerste-account -- --gebruikersnaam <naam> --naam "<volledige naam>" --email <adres> [--organisatie "<organisatie>"]');
  process.exit(2);
}
const config = laadConfigOfStop();
const database = externeVerbindingen(config) ?? (await startIngebouwdePostgres(config.EMBEDDED_PG_DIR, config.EMBEDDED_PG_PORT, console.log));
try {
  await migreer(database.eigenaar);
  const link = await metDataSource(database.eigenaar, (db) => maakEersteBeheerAccount(db, { gebruikersnaam, naam, email, organisatie }, config.PUBLIEKE_URL));
  console.log(`Account ${gebruikersnaam} aangemaakt. Uitnodigingslink (één keer te gebruiken, 7 dagen geldig):\n${link}`);
} catch (fout) {
  console.error(fout instanceof Error ? fout.message : fout);
  process.exitCode = 1;
}
process.exit();
