import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const DEMO_WACHTWOORD = 'Welkom-demo-2026';
export const PRODUCTNAAM = 'Eén plan voor elk thuis';

export function startBrowser(): Promise<Browser> {
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
export async function nieuweSessie(browser: Browser): Promise<{ context: BrowserContext; page: Page; consolefouten: string[] }> {
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

/**
 * Waits until the page shows this h1 (client-side navigation renders after the URL changes)
 * and checks it is the only h1.
 */
export async function wachtOpKop(page: Page, tekst: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: tekst, exact: true }).waitFor();
  const aantal = await page.getByRole('heading', { level: 1 }).count();
  if (aantal !== 1) throw new Error(`${aantal} h1-koppen op ${page.url()}`);
}

/** Where screenshots go when E2E_SCHERMAFDRUKKEN is set (a folder), e.g. E2E_SCHERMAFDRUKKEN=/tmp. */
export async function schermafdruk(page: Page, naam: string): Promise<void> {
  const map = process.env.E2E_SCHERMAFDRUKKEN;
  if (map) await page.screenshot({ path: `${map}/eenplan-${naam}.png`, fullPage: true });
}
