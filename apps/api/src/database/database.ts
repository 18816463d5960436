import type { DataSource } from 'typeorm';
import { maakDataSource } from './data-source.js';

/** Runs pending migrations, each in its own transaction. */
export async function migreer(url: string): Promise<string[]> {
  return metDataSource(url, async (db) => (await db.runMigrations({ transaction: 'each' })).map((m) => m.name));
}

export async function metDataSource<T>(url: string, werk: (db: DataSource) => Promise<T>): Promise<T> {
  const db = maakDataSource(url);
  await db.initialize();
  try {
    return await werk(db);
  } finally {
    await db.destroy();
  }
}
