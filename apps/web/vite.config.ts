import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { gebruiktDoor, utrechtCssInkorten, utrechtNamenIn } from './bouw/utrecht-css-inkorten';

/**
 * Writes `x.br` and `x.gz` beside each built text file, at the highest levels: the API serves
 * those as they are (express-static-gzip), so compressing costs build time once, not CPU per request.
 */
function voorafComprimeren(): Plugin {
  let uit = 'dist';
  return {
    name: 'eenplan-vooraf-comprimeren',
    apply: 'build',
    configResolved(config) {
      uit = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const loop = (map: string) => {
        for (const naam of readdirSync(map)) {
          const pad = path.join(map, naam);
          if (statSync(pad).isDirectory()) loop(pad);
          else if (/\.(js|css|html|svg|json)$/.test(naam) && statSync(pad).size >= 1024) {
            const inhoud = readFileSync(pad);
            writeFileSync(`${pad}.br`, brotliCompressSync(inhoud, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: inhoud.length } }));
            writeFileSync(`${pad}.gz`, gzipSync(inhoud, { level: 9 }));
          }
        }
      };
      loop(uit);
    },
  };
}

// The shared libs are used from source (their `@eenplan/source` export condition), so the
// web app needs no separate lib build and always runs the same code as the API's types say.
export default defineConfig({
  plugins: [react(), voorafComprimeren()],
  css: {
    postcss: {
      plugins: [utrechtCssInkorten({ gebruikt: gebruiktDoor(utrechtNamenIn([path.join(import.meta.dirname, 'src')], [path.join(import.meta.dirname, 'index.html')])) })],
    },
  },
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
