import { defineProject } from 'vitest/config';

// Cross-app and browser tests: they run against the built app (npm test builds first).
export default defineProject({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.spec.ts'],
    environment: 'node',
    passWithNoTests: true,
  },
});
