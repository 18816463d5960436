import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vrijePoort } from '@eenplan/testhulp';
import type { TestProject } from 'vitest/node';
import { metDataSource, metRapportageDataSource, migreer } from '../database/database.js';
import { startIngebouwdePostgres } from '../database/embedded-postgres.js';
import { seedDemoAlsLeeg } from '../seed/demo-seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The API role's login (what the app connects as). */
    databaseUrl: string;
    databaseRapportageUrl: string;
    /** The owner: for tests that prove what even the owner cannot do, or that write history directly. */
    databaseEigenaarUrl: string;
    /** The superuser: only to make fresh databases. */
    databaseBeheerderUrl: string;
  }
}

/** One real PostgreSQL per test run, migrated once and seeded with the demo organisation. */
export default async function setup(project: TestProject) {
  const map = mkdtempSync(path.join(tmpdir(), 'eenplan-api-test-'));
  chmodSync(map, 0o755); // PostgreSQL runs as its own user and must reach its data folder
  const pg = await startIngebouwdePostgres(path.join(map, 'pg'), await vrijePoort());
  await migreer(pg.eigenaar);
  await metDataSource(pg.api, (db) => metRapportageDataSource(pg.rapportage, (rapportage) => seedDemoAlsLeeg(db, rapportage)));
  project.provide('databaseUrl', pg.api);
  project.provide('databaseRapportageUrl', pg.rapportage);
  project.provide('databaseEigenaarUrl', pg.eigenaar);
  project.provide('databaseBeheerderUrl', pg.beheerder);
  return async () => {
    await pg.stop();
    rmSync(map, { recursive: true, force: true });
  };
}
