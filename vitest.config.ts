import { defineConfig } from 'vitest/config';

// One run over every project, so `npm test` ends in a single summary.
export default defineConfig({
  test: {
    projects: ['libs/*/vitest.config.ts', 'apps/*/vitest.config.ts', 'test/vitest.config.ts', 'test/*/vitest.config.ts'],
  },
});
