#!/usr/bin/env node
// The size of a first load of the built web app: the entry chunk and everything it imports
// statically (JS and CSS), gzipped, from vite's manifest. Pages loaded later (React.lazy)
// are listed apart. `--json` prints the figures for the architecture test.
//   node scripts/web-omvang.mjs [dist-map] [--json]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dist = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'apps/web/dist');
const manifestPad = path.join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPad)) {
  console.error(`Geen ${manifestPad}: bouw eerst de web-app (npx nx run @eenplan/web:build).`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPad, 'utf8'));
const gzip = (bestand) => gzipSync(readFileSync(path.join(dist, bestand)), { level: 9 }).length;

/** A chunk and its static imports, transitively: what the browser fetches before it runs the chunk. */
function sluiting(sleutel, gezien = new Set()) {
  if (gezien.has(sleutel)) return gezien;
  gezien.add(sleutel);
  for (const i of manifest[sleutel].imports ?? []) sluiting(i, gezien);
  return gezien;
}
function bestanden(sleutels) {
  const js = new Set();
  const css = new Set();
  for (const s of sleutels) {
    js.add(manifest[s].file);
    for (const c of manifest[s].css ?? []) css.add(c);
  }
  return { js: [...js], css: [...css] };
}
const som = (lijst) => lijst.reduce((t, b) => t + gzip(b), 0);

const entry = Object.keys(manifest).find((s) => manifest[s].isEntry);
const eerste = sluiting(entry);
const start = bestanden(eerste);
const later = Object.keys(manifest)
  .filter((s) => manifest[s].isDynamicEntry)
  .map((s) => {
    const eigen = bestanden([...sluiting(s)].filter((k) => !eerste.has(k)));
    return { bron: manifest[s].src ?? s, js: eigen.js, css: eigen.css, jsGzip: som(eigen.js), cssGzip: som(eigen.css) };
  });
const uitslag = { js: start.js, css: start.css, jsGzip: som(start.js), cssGzip: som(start.css), later };

if (json) {
  console.log(JSON.stringify(uitslag, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`Eerste lading (gzip): JS ${kb(uitslag.jsGzip)} in ${start.js.length} bestand(en), CSS ${kb(uitslag.cssGzip)} in ${start.css.length}`);
  console.log('Pas geladen bij de pagina (gzip, bovenop de eerste lading):');
  for (const p of later.sort((a, b) => b.jsGzip - a.jsGzip)) console.log(`  ${p.bron.padEnd(40)} JS ${kb(p.jsGzip).padStart(9)}  CSS ${kb(p.cssGzip).padStart(8)}`);
}
