import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'architectuur', include: ['**/*.spec.ts'], environment: 'node', testTimeout: 120_000 },
});
