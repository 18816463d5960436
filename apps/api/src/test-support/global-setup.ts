import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vrijePoort } from '@eenplan/testhulp';
import type { TestProject } from 'vitest/node';
import { metDataSource, migreer } from '../database/database.js';
import { startIngebouwdePostgres } from '../database/embedded-postgres.js';
import { seedDemoAlsLeeg } from '../seed/demo-seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One real PostgreSQL per test run, migrated once and seeded with the demo organisation. */
export default async function setup(project: TestProject) {
  const map = mkdtempSync(path.join(tmpdir(), 'eenplan-api-test-'));
  chmodSync(map, 0o755); // PostgreSQL runs as its own user and must reach its data folder
  const pg = await startIngebouwdePostgres(path.join(map, 'pg'), await vrijePoort());
  await migreer(pg.url);
  await metDataSource(pg.url, seedDemoAlsLeeg);
  project.provide('databaseUrl', pg.url);
  return async () => {
    await pg.stop();
    rmSync(map, { recursive: true, force: true });
  };
}
