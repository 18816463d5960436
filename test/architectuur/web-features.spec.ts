import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layers of the web app (apps/web/src):
//   app/, main.tsx   the frame and the routes: compose the features
//   features/<naam>/ one part of the app; others may use only what its index.ts exports
//   shared/          the declared core several features share (API client, response types,
//                    query keys, cache update, form shell); knows no feature
//   ui/              design-system components; knows nothing of the app
// Nx's module-boundaries lint rule guards the projects; this guards the folders inside the web app.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB_SRC = 'apps/web/src';

/** Every module a file names: import/export … from '…', import '…', import('…'). */
function specificaties(code: string): string[] {
  const gevonden = code.matchAll(/(?:\bfrom\s*|\bimport\s*(?:\(\s*)?)(['"])([^'"\n]+)\1/g);
  return [...gevonden].map((m) => m[2]!);
}

type Laag = { soort: 'app' | 'shared' | 'ui' | 'overig' } | { soort: 'feature'; naam: string };

function laagVan(bestand: string): Laag {
  const [eerste, tweede] = path.posix.relative(WEB_SRC, bestand).split('/');
  if (eerste === 'features' && tweede) return { soort: 'feature', naam: tweede };
  if (eerste === 'app' || eerste === 'main.tsx') return { soort: 'app' };
  if (eerste === 'shared' || eerste === 'ui') return { soort: eerste };
  return { soort: 'overig' };
}

/** A feature's public face: its folder or its index file, nothing inside. */
function isIndex(doel: string, feature: string): boolean {
  const map = `${WEB_SRC}/features/${feature}`;
  return doel === map || /^index(\.tsx?)?$/.test(path.posix.relative(map, doel));
}

/**
 * The rule violations in a set of web files ({ repo path: source }), one line each.
 * Pure, so the test can show it catches each kind of violation.
 */
function grensfouten(bestanden: Record<string, string>): string[] {
  const fouten: string[] = [];
  const featureGraaf = new Map<string, Set<string>>();
  for (const [bestand, code] of Object.entries(bestanden)) {
    const van = laagVan(bestand);
    for (const spec of specificaties(code)) {
      const doel = spec.startsWith('.') ? path.posix.join(path.posix.dirname(bestand), spec) : spec;
      if (/^@eenplan\/api(\/|$)/.test(spec) || /(^|\/)apps\/api(\/|$)/.test(doel)) {
        fouten.push(`${bestand} imports the API: '${spec}'`);
        continue;
      }
      if (!spec.startsWith('.')) continue;
      if (!doel.startsWith(`${WEB_SRC}/`)) {
        fouten.push(`${bestand} reaches outside apps/web/src: '${spec}'`);
        continue;
      }
      const naar = laagVan(doel);
      if (naar.soort === 'feature') {
        if (van.soort === 'feature' && van.naam === naar.naam) continue;
        if (van.soort === 'shared' || van.soort === 'ui') fouten.push(`${bestand} (${van.soort}) imports the feature ${naar.naam}: '${spec}'`);
        else if (!isIndex(doel, naar.naam)) fouten.push(`${bestand} imports an internal of the feature ${naar.naam} (only its index.ts may be imported): '${spec}'`);
        if (van.soort === 'feature') {
          if (!featureGraaf.has(van.naam)) featureGraaf.set(van.naam, new Set());
          featureGraaf.get(van.naam)!.add(naar.naam);
        }
      } else if (naar.soort === 'app' && van.soort !== 'app') {
        fouten.push(`${bestand} imports the app frame: '${spec}'`);
      } else if (van.soort === 'shared' && naar.soort !== 'shared' && naar.soort !== 'ui') {
        fouten.push(`${bestand} (shared) imports '${spec}'`);
      } else if (van.soort === 'ui' && naar.soort !== 'ui') {
        fouten.push(`${bestand} (ui) imports '${spec}': the design system knows nothing of the app`);
      }
    }
  }
  return [...fouten, ...kringen(featureGraaf).map((kring) => `the features import each other in a circle: ${kring.join(' → ')}`)];
}

/** Circles in the feature graph, each as the path that comes back to its start. */
function kringen(graaf: Map<string, Set<string>>): string[][] {
  const gevonden: string[][] = [];
  const klaar = new Set<string>();
  const bezoek = (knoop: string, pad: string[]) => {
    const plek = pad.indexOf(knoop);
    if (plek >= 0) {
      gevonden.push([...pad.slice(plek), knoop]);
      return;
    }
    if (klaar.has(knoop)) return;
    for (const buur of graaf.get(knoop) ?? []) bezoek(buur, [...pad, knoop]);
    klaar.add(knoop);
  };
  for (const knoop of [...graaf.keys()].sort()) bezoek(knoop, []);
  return gevonden;
}

function webBestanden(): Record<string, string> {
  const uit: Record<string, string> = {};
  const loop = (map: string) => {
    for (const item of fs.readdirSync(path.join(root, map), { withFileTypes: true })) {
      const pad = `${map}/${item.name}`;
      if (item.isDirectory()) loop(pad);
      else if (/\.(ts|tsx)$/.test(item.name)) uit[pad] = fs.readFileSync(path.join(root, pad), 'utf8');
    }
  };
  loop(WEB_SRC);
  return uit;
}

describe('web app folders', () => {
  const bestanden = webBestanden();

  it('reads the imports of every file (the parser finds what is there)', () => {
    expect(Object.keys(bestanden).length).toBeGreaterThan(100);
    expect(specificaties(bestanden[`${WEB_SRC}/app/router.tsx`]!)).toContain('../features/huishoudens');
    expect(specificaties(`import './x.css';\nexport { a } from "./a";\nconst b = await import('./b');\nimport type { C } from '../c';`)).toEqual(['./x.css', './a', './b', '../c']);
  });

  it('keep to the rules: features meet only through their index, without circles; shared and ui know no feature; nothing imports the API', () => {
    expect(grensfouten(bestanden)).toEqual([]);
  });

  it('every feature has an index.ts', () => {
    const features = fs.readdirSync(path.join(root, WEB_SRC, 'features'));
    expect(features.filter((f) => !fs.existsSync(path.join(root, WEB_SRC, 'features', f, 'index.ts')))).toEqual([]);
  });
});

describe('the rules catch', () => {
  const f = (pad: string) => `${WEB_SRC}/${pad}`;

  it('a feature reaching into another feature', () => {
    expect(grensfouten({ [f('features/team/components/A.tsx')]: `import { B } from '../../plan/components/B';` })).toEqual([
      `${f('features/team/components/A.tsx')} imports an internal of the feature plan (only its index.ts may be imported): '../../plan/components/B'`,
    ]);
    expect(grensfouten({ [f('app/router.tsx')]: `import { B } from '../features/plan/components/B';` })).toHaveLength(1);
  });

  it('not a feature using another through its index, nor a file of its own', () => {
    expect(
      grensfouten({
        [f('features/team/components/A.tsx')]: `import { B } from '../../plan';\nimport { C } from '../../plan/index';\nimport { D } from './D';\nimport { E } from '../../../shared/api/http';`,
        [f('app/router.tsx')]: `import { A } from '../features/team';`,
      }),
    ).toEqual([]);
  });

  it('features that import each other in a circle, even through their index', () => {
    expect(
      grensfouten({
        [f('features/plan/components/A.tsx')]: `import { B } from '../../team';`,
        [f('features/team/components/B.tsx')]: `import { C } from '../../huishoudens';`,
        [f('features/huishoudens/components/C.tsx')]: `import { A } from '../../plan';`,
      }),
    ).toEqual(['the features import each other in a circle: huishoudens → plan → team → huishoudens']);
  });

  it('the shared core or the design system importing a feature', () => {
    expect(grensfouten({ [f('shared/formulier/A.tsx')]: `import { B } from '../../features/plan';` })).toEqual([
      `${f('shared/formulier/A.tsx')} (shared) imports the feature plan: '../../features/plan'`,
    ]);
    expect(grensfouten({ [f('ui/Knop.tsx')]: `import { B } from '../features/auth';` })).toHaveLength(1);
    expect(grensfouten({ [f('ui/Knop.tsx')]: `import { B } from '../shared/api/http';` })).toHaveLength(1);
    expect(grensfouten({ [f('shared/api/http.ts')]: `import { B } from '../../app/router';` })).toHaveLength(1);
  });

  it('any web file importing the API', () => {
    expect(grensfouten({ [f('features/plan/api/a.ts')]: `import type { PlanDetail } from '@eenplan/api/plannen';` })).toHaveLength(1);
    expect(grensfouten({ [f('shared/api/typen.ts')]: `import type { HuishoudenDetail } from '../../../../api/src/huishoudens/huishouden-lezer';` })).toEqual([
      `${f('shared/api/typen.ts')} imports the API: '../../../../api/src/huishoudens/huishouden-lezer'`,
    ]);
  });
});
