import { defineProject } from 'vitest/config';

// Unit tests of the web app next to the code, in a browser-like DOM (happy-dom).
export default defineProject({
  resolve: { conditions: ['@eenplan/source'] },
  ssr: { resolve: { conditions: ['@eenplan/source'] } },
  test: { name: 'web', include: ['src/**/*.spec.{ts,tsx}'], environment: 'happy-dom', setupFiles: ['src/test-opzet.ts'] },
});
