import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PluginCreator } from 'postcss';

/** Every `utrecht-…` name in the app's source and index.html: the classes it can put on an element. */
export function utrechtNamenIn(mappen: string[], bestanden: string[] = []): Set<string> {
  const namen = new Set<string>();
  const lees = (pad: string) => {
    for (const m of readFileSync(pad, 'utf8').matchAll(/utrecht-[a-z0-9_-]+/g)) namen.add(m[0]);
  };
  const loop = (map: string) => {
    for (const naam of readdirSync(map)) {
      const pad = path.join(map, naam);
      if (statSync(pad).isDirectory()) loop(pad);
      else if (/\.(tsx?|html)$/.test(naam) && !/\.spec\.tsx?$/.test(naam)) lees(pad);
    }
  };
  mappen.forEach(loop);
  bestanden.forEach(lees);
  return namen;
}

/** `utrecht-button--primary-action` → `utrecht-button`: the component a class belongs to. */
const blok = (klasse: string) => klasse.replace(/(--|__).*$/, '');

/**
 * Whether the app can use a class: it names the class, or another class of the same component
 * (its modifiers and elements are set by props, e.g. `utrecht-button--${soort}`), or a prefix
 * built on at run time (`utrecht-heading-${niveau}`). Themes are the exception: a theme variant
 * (`utrecht-theme--media-query-color-scheme`, dark mode) applies only when its own class is on <body>.
 */
export function gebruiktDoor(namen: Set<string>): (klasse: string) => boolean {
  const blokken = new Set([...namen].map(blok));
  const voorvoegsels = [...namen].filter((n) => n.endsWith('-') && !n.endsWith('--'));
  return (klasse) => namen.has(klasse) || (blok(klasse) !== 'utrecht-theme' && blokken.has(blok(klasse))) || voorvoegsels.some((v) => klasse.startsWith(v));
}

/**
 * Drops the rules of NL Design System components (and theme variants) the app never uses from
 * the Utrecht CSS packages: they ship every component, ~50 KB gzip of which the app uses a third.
 * A selector stays when each `utrecht-` class in it is in use; a rule goes when none of its selectors stays.
 */
export const utrechtCssInkorten: PluginCreator<{ gebruikt: (klasse: string) => boolean; pakketten?: RegExp }> = (opties) => {
  const { gebruikt, pakketten = /node_modules\/@utrecht\// } = opties!;
  return {
    postcssPlugin: 'eenplan-utrecht-css-inkorten',
    Once(root) {
      if (!pakketten.test(root.source?.input.file ?? '')) return;
      root.walkRules((regel) => {
        if (regel.parent?.type === 'atrule' && /keyframes$/.test((regel.parent as { name: string }).name)) return;
        const blijft = regel.selectors.filter((s) => [...s.matchAll(/\.(utrecht-[a-z0-9_-]+)/g)].every((m) => gebruikt(m[1]!)));
        if (blijft.length === 0) regel.remove();
        else if (blijft.length < regel.selectors.length) regel.selectors = blijft;
      });
      root.walkAtRules((at) => {
        if (at.nodes?.length === 0) at.remove();
      });
    },
  };
};
utrechtCssInkorten.postcss = true;
