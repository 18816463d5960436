import { defineProject } from 'vitest/config';

// API tests talk HTTP (supertest) to the real app on a real embedded PostgreSQL, migrated once
// per run by the global setup. Files run one after another: they share that database.
export default defineProject({
  resolve: { conditions: ['@eenplan/source'] },
  ssr: { resolve: { conditions: ['@eenplan/source'] } },
  test: {
    name: 'api',
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['src/test-support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
