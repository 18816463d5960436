import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@eenplan/source'] },
  ssr: { resolve: { conditions: ['@eenplan/source'] } },
  test: { name: 'testhulp', include: ['src/**/*.spec.ts'], environment: 'node' },
});
