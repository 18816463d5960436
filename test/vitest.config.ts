import { defineProject } from 'vitest/config';

// Browser tests: headless Chromium against the real built server (API + web app) that the
// global setup starts. `npm test` builds first. Files run one after another: they share that
// server and its database.
export default defineProject({
  // The shared test helpers (@eenplan/testhulp) from their source, as the other projects use the libs.
  resolve: { conditions: ['@eenplan/source'] },
  ssr: { resolve: { conditions: ['@eenplan/source'] } },
  test: {
    name: 'e2e',
    include: ['e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
