import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// What a first load of the web app costs, from the built output (vite's manifest). `npm test`
// builds first; run alone, this builds the web app when there is no build yet.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(root, 'apps/web/dist');
const KB = 1000;

interface Omvang {
  js: string[];
  css: string[];
  jsGzip: number;
  cssGzip: number;
  later: { bron: string; js: string[]; jsGzip: number }[];
}

let omvang: Omvang;

beforeAll(() => {
  if (!existsSync(path.join(DIST, '.vite/manifest.json'))) {
    execFileSync('npx', ['nx', 'run', '@eenplan/web:build', '--outputStyle=static'], { cwd: root, env: { ...process.env, NX_DAEMON: 'false' }, stdio: 'ignore' });
  }
  omvang = JSON.parse(execFileSync('node', ['scripts/web-omvang.mjs', DIST, '--json'], { cwd: root, encoding: 'utf8' })) as Omvang;
});

/** The source files a built chunk holds, from its source map. */
function bronnen(chunk: string): string[] {
  const kaart = JSON.parse(readFileSync(path.join(DIST, `${chunk}.map`), 'utf8')) as { sources: string[] };
  return kaart.sources;
}

/** The `utrecht-` classes named literally in the web app's source and index.html. */
function klassenInBron(): Set<string> {
  const namen = new Set<string>();
  const loop = (map: string) => {
    for (const item of readdirSync(map, { withFileTypes: true })) {
      const pad = path.join(map, item.name);
      if (item.isDirectory()) loop(pad);
      else if (/\.(tsx?|html)$/.test(item.name) && !/\.spec\./.test(item.name)) for (const m of readFileSync(pad, 'utf8').matchAll(/utrecht-[a-z0-9_-]*[a-z0-9]/g)) namen.add(m[0]);
    }
  };
  loop(path.join(root, 'apps/web/src'));
  for (const m of readFileSync(path.join(root, 'apps/web/index.html'), 'utf8').matchAll(/utrecht-[a-z0-9_-]*[a-z0-9]/g)) namen.add(m[0]);
  return namen;
}

describe('the first load of the web app', () => {
  it('takes at most 150 KB of JavaScript, gzipped', () => {
    expect(omvang.js.length).toBeGreaterThan(0);
    expect(omvang.jsGzip / KB).toBeLessThanOrEqual(150);
  });

  it('takes at most 40 KB of CSS, gzipped', () => {
    expect(omvang.css.length).toBeGreaterThan(0);
    expect(omvang.cssGzip / KB).toBeLessThanOrEqual(40);
  });

  it('keeps the style of every Utrecht class the app names, though the build drops the unused components', () => {
    const bibliotheek = ['@utrecht/component-library-css/dist/index.css', '@utrecht/design-tokens/dist/index.css'].map((p) => readFileSync(path.join(root, 'node_modules', p), 'utf8')).join('\n');
    const gebouwd = omvang.css.map((c) => readFileSync(path.join(DIST, c), 'utf8')).join('\n');
    const heeftRegel = (css: string, klasse: string) => new RegExp(`\\.${klasse}(?![a-z0-9_-])`).test(css);
    const bedoeld = [...klassenInBron()].filter((k) => heeftRegel(bibliotheek, k));
    expect(bedoeld.length).toBeGreaterThan(30);
    expect(bedoeld.filter((k) => !heeftRegel(gebouwd, k))).toEqual([]);
    // And it did drop something: a component the app does not use.
    expect(heeftRegel(bibliotheek, 'utrecht-accordion__button')).toBe(true);
    expect(heeftRegel(gebouwd, 'utrecht-accordion__button')).toBe(false);
  });

  it('holds none of the reports and their charts: they come in their own chunk, only on /rapportages', () => {
    const inEerste = omvang.js.flatMap(bronnen).filter((b) => b.includes('features/rapportages/'));
    expect(inEerste).toEqual([]);
    const rapportages = omvang.later.find((p) => p.bron === 'src/features/rapportages/index.ts');
    expect(rapportages?.js.flatMap(bronnen).some((b) => b.endsWith('features/rapportages/components/TrendGrafiek.tsx'))).toBe(true);
    // Nor does any other page pull them in (a consultant's werkvoorraad, a household, …).
    const elders = omvang.later.filter((p) => p !== rapportages).flatMap((p) => p.js.flatMap(bronnen).filter((b) => b.includes('features/rapportages/')).map((b) => `${p.bron}: ${b}`));
    expect(elders).toEqual([]);
  });

  it('loads each page feature later, on its own route', () => {
    expect(omvang.later.map((p) => p.bron)).toEqual(expect.arrayContaining(['src/features/werkvoorraad/index.ts', 'src/features/beheer/index.ts', 'src/features/verwijsindex/index.ts']));
  });
});
