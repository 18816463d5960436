import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

export const DEMO_WACHTWOORD = 'Welkom-demo-2026';
export const PRODUCTNAAM = 'Eén plan voor elk thuis';

function startBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh browser context (own cookies) with the app's base URL and a Dutch locale.
 * `consolefouten` collects script errors and console errors (CSP violations among them);
 * the browser's own line for an HTTP error answer (401 before login) is expected and left out.
 */
async function nieuweSessie(browser: Browser): Promise<{ context: BrowserContext; page: Page; consolefouten: string[] }> {
  const context = await browser.newContext({ baseURL: inject('baseUrl'), locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const consolefouten: string[] = [];
  page.on('pageerror', (fout) => consolefouten.push(`scriptfout: ${fout.message}`));
  page.on('console', (bericht) => {
    if (bericht.type() === 'error' && !bericht.text().startsWith('Failed to load resource')) consolefouten.push(bericht.text());
  });
  return { context, page, consolefouten };
}

/** Logs in through the form, as a user would. */
export async function logIn(page: Page, gebruikersnaam: string, wachtwoord = DEMO_WACHTWOORD): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
  await page.getByLabel('Wachtwoord').fill(wachtwoord);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** The h1 of the page each demo account lands on after logging in (the others: Werkvoorraad). */
const STARTKOP: Record<string, string> = { 'beleid.mlw': 'Rapportages', beheer: 'Gebruikersbeheer' };

export interface Browsersessies {
  /**
   * A fresh browser context (own cookies) and its page. With a user: logged in through the form,
   * on the start page (its h1 shown). Closed after the test, which fails on a console error there.
   */
  sessie: (gebruiker?: string) => Promise<Page>;
}

/**
 * The browser of a spec file: starts Chromium before its tests and closes it after them; after
 * each test, closes the sessions the test opened and asserts none of their pages logged a script
 * error or a console error (Content-Security-Policy violations among them). `verwacht` lets a
 * spec name console errors that are an expected answer (a 409, say), not a crash.
 */
export function gebruikBrowser(opties: { verwacht?: (fout: string) => boolean } = {}): Browsersessies {
  let browser: Browser | undefined;
  let open: { context: BrowserContext; consolefouten: string[] }[] = [];

  beforeAll(async () => {
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const sessies = open;
    open = [];
    for (const { context } of sessies) await context.close();
    for (const { consolefouten } of sessies) expect(consolefouten.filter((fout) => !opties.verwacht?.(fout))).toEqual([]);
  });

  return {
    sessie: async (gebruiker?: string) => {
      if (!browser) throw new Error('gebruikBrowser: de browser is nog niet gestart (een sessie hoort in een test of beforeEach)');
      const { context, page, consolefouten } = await nieuweSessie(browser);
      open.push({ context, consolefouten });
      if (gebruiker) {
        await logIn(page, gebruiker);
        await wachtOpKop(page, STARTKOP[gebruiker] ?? 'Werkvoorraad');
      }
      return page;
    },
  };
}

/**
 * Waits until the page shows this h1 (client-side navigation renders after the URL changes)
 * and checks it is the only h1.
 */
export async function wachtOpKop(page: Page, tekst: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: tekst, exact: true }).waitFor();
  const aantal = await page.getByRole('heading', { level: 1 }).count();
  if (aantal !== 1) throw new Error(`${aantal} h1-koppen op ${page.url()}`);
}

/** The document title, once the page has set it: a lazily loaded tab sets it a moment after its heading shows. */
export async function wachtOpTitel(page: Page, titel: string): Promise<void> {
  await page.waitForFunction((verwacht) => document.title === verwacht, titel, { timeout: 5_000 }).catch(() => {});
  if ((await page.title()) !== titel) throw new Error(`titel "${await page.title()}" in plaats van "${titel}"`);
}

/** Where screenshots go when E2E_SCHERMAFDRUKKEN is set (a folder), e.g. E2E_SCHERMAFDRUKKEN=/tmp. */
export async function schermafdruk(page: Page, naam: string): Promise<void> {
  const map = process.env.E2E_SCHERMAFDRUKKEN;
  if (map) await page.screenshot({ path: `${map}/eenplan-${naam}.png`, fullPage: true });
}
