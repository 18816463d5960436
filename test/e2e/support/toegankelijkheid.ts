import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, NodeResult, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

declare global {
  interface Window {
    axe?: { run(context: Document, options: AxeOpties): Promise<AxeResults> };
  }
}

// axe-core's own browser build, put into the page as a script (the app's Content-Security-Policy
// blocks an injected <script> tag; page.evaluate runs outside it).
const AXE_BRON = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's run options, with the options of a single check (axe merges them over its defaults). */
type AxeOpties = RunOptions & { checks?: Record<string, { options: Record<string, unknown> }> };

/**
 * WCAG 2.1 A and AA, plus the structure rules the pages promise beyond that (one main, one
 * banner, an h1, headings without skipped levels, landmarks told apart by their names). The
 * contrast of a lone symbol (the ✕ of an error message) is measured like text, instead of axe's
 * default of leaving it undecided.
 */
const AXE_OPTIES: AxeOpties = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  rules: Object.fromEntries(
    ['page-has-heading-one', 'landmark-one-main', 'landmark-no-duplicate-main', 'landmark-no-duplicate-banner', 'landmark-unique', 'heading-order'].map((regel) => [regel, { enabled: true }]),
  ),
  checks: { 'color-contrast': { options: { ignoreUnicode: false } } },
  resultTypes: ['violations', 'incomplete'],
};

/**
 * The accessibility problems axe-core finds on the page as it is now, one readable line per
 * element: rule, impact, the element's selector, what the rule asks and axe's own reason (for
 * contrast, the colours it measured). Every violation counts, and so does a contrast axe could
 * not decide: that is a contrast nobody checked. One kind of undecided contrast is left out: text
 * drawn inside a chart (`svg[role="img"]`), which axe always calls undecided (it takes every SVG
 * for a picture); the chart's figures are also in a real table beside it, and that is checked.
 * Also the two facts axe cannot know: the page is in Dutch and has exactly one h1.
 */
export async function toegankelijkheidsproblemen(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_BRON);
  return page.evaluate(async (opties) => {
    const resultaat = await window.axe!.run(document, { ...opties, elementRef: true });
    const regels = (r: Result, nodes: NodeResult[], soort?: string) =>
      nodes.map((node) => {
        const redenen = [...node.any, ...node.all, ...node.none].map((check) => {
          const contrast = check.data as { fgColor?: string; bgColor?: string; contrastRatio?: number; expectedContrastRatio?: string } | null;
          return contrast?.contrastRatio ? `${check.message} (${contrast.fgColor} op ${contrast.bgColor}: ${contrast.contrastRatio}:1, nodig ${contrast.expectedContrastRatio})` : check.message;
        });
        return `${r.id} (${soort ?? node.impact ?? r.impact ?? 'onbekend'}) ${node.target.join(' ')} ${node.html.slice(0, 120)}: ${r.help}. ${redenen.join(' ')}`.trim();
      });
    const problemen = resultaat.violations.flatMap((r) => regels(r, r.nodes));
    for (const r of resultaat.incomplete.filter((onbeslist) => onbeslist.id === 'color-contrast')) {
      problemen.push(...regels(r, r.nodes.filter((node) => !node.element?.closest('svg[role="img"]')), 'niet te beslissen'));
    }
    if (document.documentElement.lang !== 'nl') problemen.push(`<html lang> is "${document.documentElement.lang}", niet "nl"`);
    const h1 = document.querySelectorAll('h1').length;
    if (h1 !== 1) problemen.push(`${h1} h1-koppen in plaats van precies 1`);
    return problemen;
  }, AXE_OPTIES);
}

/** Fails the test with every problem `toegankelijkheidsproblemen` finds, naming the page state. */
export async function toegankelijk(page: Page, wat: string): Promise<void> {
  const problemen = await toegankelijkheidsproblemen(page);
  expect(problemen, `toegankelijkheid van "${wat}" (${new URL(page.url()).pathname})`).toEqual([]);
}
