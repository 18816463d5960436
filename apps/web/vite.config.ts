import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The shared libs are used from source (their `@eenplan/source` export condition), so the
// web app needs no separate lib build and always runs the same code as the API's types say.
export default defineConfig({
  plugins: [react()],
  resolve: {
    conditions: ['@eenplan/source', ...defaultClientConditions],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // scripts/web-omvang.mjs and the architecture test read which chunks a first load takes.
    manifest: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
