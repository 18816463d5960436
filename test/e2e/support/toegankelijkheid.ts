import type { Page } from 'playwright-core';

/**
 * A small accessibility check without extra dependencies: the structure every page must
 * have (WCAG 1.3.1, 2.4.1, 2.4.2, 3.1.1, 4.1.2) and text contrast (1.4.3, solid
 * backgrounds only). Returns a list of problems; empty means the page passed.
 */
export async function toegankelijkheidsproblemen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problemen: string[] = [];
    const zichtbaar = (el: Element) => {
      const stijl = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return stijl.display !== 'none' && stijl.visibility !== 'hidden' && (rect.width > 0 || rect.height > 0);
    };
    const tekstVan = (id: string) => document.getElementById(id)?.textContent?.trim() ?? '';

    if (document.documentElement.lang !== 'nl') problemen.push(`<html lang> is "${document.documentElement.lang}", niet "nl"`);
    if (!document.title.trim()) problemen.push('de pagina heeft geen titel');

    const h1 = document.querySelectorAll('h1');
    if (h1.length !== 1) problemen.push(`${h1.length} h1-koppen in plaats van precies 1`);
    const main = document.querySelectorAll('main, [role="main"]');
    if (main.length !== 1) problemen.push(`${main.length} main-landmarks in plaats van precies 1`);
    const banners = [...document.querySelectorAll('header')].filter((kop) => !kop.closest('main, article, aside, nav, section'));
    if (banners.length !== 1) problemen.push(`${banners.length} banners (header) in plaats van precies 1`);
    const navs = document.querySelectorAll('nav');
    if (navs.length > 1) navs.forEach((nav) => !nav.getAttribute('aria-label') && problemen.push('meerdere nav-landmarks zonder aria-label'));

    // Heading levels go down one step at a time.
    let vorige = 0;
    document.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach((kop) => {
      const niveau = Number(kop.tagName[1]);
      if (vorige && niveau > vorige + 1) problemen.push(`kop "${kop.textContent?.trim()}" springt van h${vorige} naar h${niveau}`);
      vorige = niveau;
    });

    // Every form control has an accessible name.
    document.querySelectorAll('input:not([type="hidden"]), select, textarea').forEach((veld) => {
      const id = veld.id;
      const label = (id && document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent?.trim()) || veld.closest('label')?.textContent?.trim();
      const aria = veld.getAttribute('aria-label') || (veld.getAttribute('aria-labelledby') ?? '').split(' ').map(tekstVan).join(' ').trim();
      if (!label && !aria) problemen.push(`invoerveld ${veld.outerHTML.slice(0, 80)} heeft geen label`);
      for (const ref of (veld.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)) {
        if (!document.getElementById(ref)) problemen.push(`aria-describedby="${ref}" verwijst naar niets`);
      }
    });

    // Buttons and links have a name.
    document.querySelectorAll('button, a[href]').forEach((el) => {
      const naam = el.textContent?.trim() || el.getAttribute('aria-label') || el.getAttribute('title');
      if (!naam) problemen.push(`${el.tagName.toLowerCase()} zonder toegankelijke naam: ${el.outerHTML.slice(0, 80)}`);
    });

    document.querySelectorAll('img').forEach((img) => !img.hasAttribute('alt') && problemen.push(`afbeelding zonder alt: ${img.src}`));

    const ids = new Map<string, number>();
    document.querySelectorAll('[id]').forEach((el) => ids.set(el.id, (ids.get(el.id) ?? 0) + 1));
    ids.forEach((aantal, id) => aantal > 1 && problemen.push(`id "${id}" komt ${aantal} keer voor`));

    // Contrast of visible text against the nearest solid background.
    const kanaal = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const luminantie = ([r, g, b]: number[]) => 0.2126 * kanaal(r!) + 0.7152 * kanaal(g!) + 0.0722 * kanaal(b!);
    const kleur = (css: string): number[] | null => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const delen = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
      if (delen.length === 4 && delen[3] === 0) return null;
      return delen.slice(0, 3);
    };
    const achtergrond = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const k = kleur(getComputedStyle(e).backgroundColor);
        if (k) return k;
      }
      return [255, 255, 255];
    };
    const gezien = new Set<Element>();
    const lopen = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let knoop = lopen.nextNode(); knoop; knoop = lopen.nextNode()) {
      const el = knoop.parentElement;
      if (!el || gezien.has(el) || !knoop.textContent?.trim() || !zichtbaar(el) || el.closest('.eenplan-visueel-verborgen, noscript, [aria-hidden="true"]')) continue;
      gezien.add(el);
      const stijl = getComputedStyle(el);
      const voor = kleur(stijl.color);
      if (!voor) continue;
      const [l1, l2] = [luminantie(voor), luminantie(achtergrond(el))].sort((a, b) => b - a) as [number, number];
      const verhouding = (l1 + 0.05) / (l2 + 0.05);
      const grootte = parseFloat(stijl.fontSize);
      const groot = grootte >= 24 || (grootte >= 18.66 && Number(stijl.fontWeight) >= 700);
      if (verhouding < (groot ? 3 : 4.5)) problemen.push(`contrast ${verhouding.toFixed(2)}:1 te laag voor "${knoop.textContent.trim().slice(0, 40)}"`);
    }
    return problemen;
  });
}
