import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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

describe('the first load of the web app', () => {
  it('takes at most 150 KB of JavaScript, gzipped', () => {
    expect(omvang.js.length).toBeGreaterThan(0);
    expect(omvang.jsGzip / KB).toBeLessThanOrEqual(150);
  });

  it('takes at most 40 KB of CSS, gzipped', () => {
    expect(omvang.css.length).toBeGreaterThan(0);
    expect(omvang.cssGzip / KB).toBeLessThanOrEqual(40);
  });

  it('holds none of the reports and their charts: they come in their own chunk, only on /rapportages', () => {
    const inEerste = omvang.js.flatMap(bronnen).filter((b) => b.includes('features/rapportages/'));
    expect(inEerste).toEqual([]);
    const rapportages = omvang.later.find((p) => p.bron === 'src/features/rapportages/index.ts');
    expect(rapportages?.js.flatMap(bronnen).some((b) => b.endsWith('features/rapportages/components/TrendGrafiek.tsx'))).toBe(true);
  });

  it('loads each page feature later, on its own route', () => {
    expect(omvang.later.map((p) => p.bron)).toEqual(expect.arrayContaining(['src/features/werkvoorraad/index.ts', 'src/features/beheer/index.ts', 'src/features/verwijsindex/index.ts']));
  });
});
