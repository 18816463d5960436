import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { gebruikBrowser, logIn, PRODUCTNAAM, schermafdruk, wachtOpKop } from './support/browser';
import { toegankelijk } from './support/toegankelijkheid';

interface ReleaseOverzicht {
  periode: string;
  soort: 'kwartaal' | 'jaar';
}

/** The last quarter that has ended, e.g. "2026-K2" during the third quarter of 2026. */
function vorigKwartaal(nu = new Date()): string {
  const kwartaal = Math.floor(nu.getMonth() / 3);
  return kwartaal === 0 ? `${nu.getFullYear() - 1}-K4` : `${nu.getFullYear()}-K${kwartaal}`;
}
/** Newest period first; a year after its fourth quarter (the page orders them so). */
const volgorde = (periode: string) => {
  const [, jaar, kwartaal] = /^(\d{4})(?:-K([1-4]))?$/.exec(periode)!;
  return Number(jaar) * 10 + (kwartaal ? Number(kwartaal) : 4.5);
};
const nieuwsteEerst = (lijst: ReleaseOverzicht[]) => [...lijst].sort((a, b) => volgorde(b.periode) - volgorde(a.periode));
const kwartaalLabel = (periode: string) => periode.replace(/^(\d{4})-K([1-4])$/, '$2e kwartaal $1');

const { sessie } = gebruikBrowser();
let page: Page;
beforeEach(async () => {
  page = await sessie();
});

async function releases(): Promise<ReleaseOverzicht[]> {
  const antwoord = await page.request.get('/api/rapportages/releases');
  expect(antwoord.status()).toBe(200);
  return nieuwsteEerst((await antwoord.json()) as ReleaseOverzicht[]);
}

describe('rapportages (beleid)', () => {
  it('publishes a past quarter, refuses it twice and a period that has not ended, in Dutch', async () => {
    await logIn(page, 'beleid.mlw');
    await page.waitForURL('**/rapportages');
    await wachtOpKop(page, 'Rapportages');

    const periode = vorigKwartaal();
    const formulier = page.getByRole('form', { name: 'Nieuwe cijfers publiceren' });
    await formulier.waitFor();
    await toegankelijk(page, 'rapportages');

    if (!(await releases()).length) {
      // Nothing published yet: a calm empty state above the form.
      await page.getByText('Er zijn nog geen cijfers gepubliceerd.').waitFor();
      await toegankelijk(page, 'rapportages leeg');
      await schermafdruk(page, 'rapportages-leeg');
    }
    if (!(await releases()).some((r) => r.periode === periode)) {
      await formulier.getByLabel('Periode om te publiceren').fill(periode);
      await formulier.getByRole('button', { name: 'Publiceren' }).click();
      await page.getByRole('status').filter({ hasText: `De cijfers over ${kwartaalLabel(periode)} zijn gepubliceerd.` }).waitFor();
      expect(new URL(page.url()).searchParams.get('periode')).toBe(periode);
      // The new release is shown at once.
      await page.waitForFunction((p) => (document.getElementById('gekozen-periode') as HTMLSelectElement | null)?.value === p, periode);
      await page.getByRole('heading', { level: 2, name: `Tabellen over ${kwartaalLabel(periode)}` }).waitFor();
      expect((await releases()).some((r) => r.periode === periode)).toBe(true);
      await toegankelijk(page, 'rapportages gepubliceerd');
    }

    // Published is frozen: the same period again is refused (409) with the API's text.
    await formulier.getByLabel('Periode om te publiceren').fill(periode);
    await formulier.getByRole('button', { name: 'Publiceren' }).click();
    const samenvatting = page.getByRole('alert').filter({ hasText: 'Publiceren is niet gelukt' });
    await samenvatting.waitFor();
    expect(await samenvatting.evaluate((el) => el === document.activeElement)).toBe(true);
    const dubbel = await page.request.post('/api/rapportages/releases', {
      data: { periode },
      headers: { 'x-csrf-token': await csrfToken() },
    });
    expect(dubbel.status()).toBe(409);
    const { detail } = (await dubbel.json()) as { detail: string };
    expect(await samenvatting.textContent()).toContain(detail);
    await toegankelijk(page, 'rapportages al gepubliceerd');
    await schermafdruk(page, 'rapportages-al-gepubliceerd');

    // A period that has not ended yet: the API's message at the field.
    const ditJaar = String(new Date().getFullYear());
    await formulier.getByLabel('Periode om te publiceren').fill(ditJaar);
    await formulier.getByRole('button', { name: 'Publiceren' }).click();
    const veld = formulier.getByRole('textbox', { name: 'Periode om te publiceren' });
    await page.waitForFunction(() => document.getElementById('periode')?.getAttribute('aria-invalid') === 'true');
    const melding = (await page.locator('#periode-fout').textContent())?.replace('Fout: ', '').trim();
    expect(melding).toBeTruthy();
    expect(await samenvatting.getByRole('link', { name: melding! }).getAttribute('href')).toBe('#periode');
    expect(await veld.getAttribute('aria-invalid')).toBe('true');
    await toegankelijk(page, 'rapportages publiceren met fout');
    await schermafdruk(page, 'rapportages-fout');

    // Not even a malformed period reaches the API.
    await formulier.getByLabel('Periode om te publiceren').fill('vorig kwartaal');
    await formulier.getByRole('button', { name: 'Publiceren' }).click();
    await samenvatting.getByRole('link', { name: 'Geef een kwartaal als 2026-K3, een jaar als 2026 of twaalf maanden als 2026-K3-12M.' }).waitFor();
    await toegankelijk(page, 'rapportages publiceren met ongeldige periode');
  });

  it('shows every table accessibly with markers, both charts with a table fallback, and downloads a CSV for Excel', async () => {
    await logIn(page, 'beleid.mlw');
    await page.waitForURL('**/rapportages');
    await wachtOpKop(page, 'Rapportages');
    const lijst = await releases();
    expect(lijst.length).toBeGreaterThan(0);

    // The newest release is chosen by default.
    const keuze = page.locator('#gekozen-periode');
    await keuze.waitFor();
    expect(await keuze.inputValue()).toBe(lijst[0]!.periode);
    expect(await keuze.locator('option').count()).toBe(lijst.length);

    // The explanation of withheld figures, in plain Dutch.
    const uitleg = page.getByRole('region', { name: 'Zo leest u de cijfers' });
    expect(await uitleg.textContent()).toContain('Om te voorkomen dat een huishouden herkenbaar wordt');
    for (const teken of ['<10', '×', 'te weinig']) expect(await uitleg.getByText(teken, { exact: true }).count()).toBe(1);

    // Every table: a caption, column headers, a row header per gemeente and the region.
    const tabellen = page.locator('.eenplan-rapporttabel table');
    await tabellen.first().waitFor();
    const aantal = await tabellen.count();
    expect(aantal).toBeGreaterThan(0);
    for (let i = 0; i < aantal; i += 1) {
      const tabel = tabellen.nth(i);
      expect((await tabel.locator('caption').textContent())?.trim()).toBeTruthy();
      expect(await tabel.locator('thead th[scope="col"]').count()).toBeGreaterThan(1);
      const rijkoppen = (await tabel.locator('tbody th[scope="row"]').allTextContents()).map((t) => t.trim());
      expect(rijkoppen).toEqual(expect.arrayContaining(['Leudal', 'Nederweert', 'Weert', 'Regio']));
    }
    // Small numbers are withheld with a marker, never shown as a figure; the marker is read out in words.
    const markeringen = page.locator('.eenplan-rapporttabel td .eenplan-markering');
    expect(await markeringen.count()).toBeGreaterThan(0);
    const teken = (await markeringen.first().locator('[aria-hidden="true"]').textContent())?.trim();
    expect(['<10', '×', 'te weinig']).toContain(teken);
    expect(await markeringen.first().locator('.eenplan-visueel-verborgen').textContent()).toMatch(/minder dan 10|niet getoond|te weinig huishoudens/);
    // Counts are rounded to a multiple of 5.
    for (const tekst of await page.locator('.eenplan-rapporttabel td').allTextContents()) {
      if (/^\d[\d.]*$/.test(tekst.trim())) expect(Number(tekst.trim().replaceAll('.', '')) % 5).toBe(0);
    }

    // The two charts: named images, each with its figures as a table.
    const trend = page.getByRole('img', { name: /regio/ });
    const vergelijking = page.getByRole('img', { name: /per gemeente/ });
    await trend.waitFor();
    await vergelijking.waitFor();
    expect(await trend.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
    expect(await trend.getAttribute('aria-describedby')).toBeTruthy();
    for (const grafiek of [trend, vergelijking]) {
      const figuur = page.locator('figure').filter({ has: grafiek });
      await figuur.getByText('Cijfers bij deze grafiek').click();
      await figuur.getByRole('table').waitFor();
      expect(await figuur.getByRole('table').locator('tbody tr').count()).toBeGreaterThan(0);
    }
    const vergelijkingsTabel = page.locator('figure').filter({ has: vergelijking }).getByRole('table');
    expect((await vergelijkingsTabel.locator('tbody th').allTextContents()).map((t) => t.trim())).toEqual(expect.arrayContaining(['Leudal', 'Nederweert', 'Weert']));
    // The trend runs over the published quarters, oldest first.
    const kwartalen = lijst.filter((r) => r.soort === 'kwartaal').map((r) => r.periode.replace(/^(\d{4})-(K[1-4])$/, '$2 $1'));
    const trendTabel = page.locator('figure').filter({ has: trend }).getByRole('table');
    expect((await trendTabel.locator('tbody th').allTextContents()).map((t) => t.trim())).toEqual(kwartalen.slice(0, 8).reverse());

    // Choosing another table redraws both charts for it.
    const tabelKeuze = page.getByLabel('Tabel', { exact: true });
    const opties = await tabelKeuze.locator('option').allTextContents();
    if (opties.length > 1) {
      await tabelKeuze.selectOption({ label: opties[1]! });
      await page.getByRole('img', { name: new RegExp(`^${opties[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*per gemeente`) }).waitFor();
      await toegankelijk(page, `rapportages met grafieken van ${opties[1]!}`);
      await tabelKeuze.selectOption({ label: opties[0]! });
    }

    await toegankelijk(page, 'rapportages met tabellen en grafieken');
    await schermafdruk(page, 'rapportages');

    // CSV per table, for Dutch Excel: BOM, ";" and a header row with the table's columns.
    const eerste = page.locator('.eenplan-rapporttabel').first();
    const kolommen = (await eerste.locator('thead th').allTextContents()).map((t) => t.trim()).slice(1);
    const [download] = await Promise.all([page.waitForEvent('download'), eerste.getByRole('link', { name: /Download als CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const inhoud = await readFile(await download.path());
    expect([...inhoud.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const regels = inhoud.subarray(3).toString('utf8').split(/\r?\n/).filter(Boolean);
    expect(regels.length).toBeGreaterThan(1);
    const kop = regels[0]!.split(';').map((veld) => veld.replace(/^"|"$/g, '').trim());
    expect(kop.length).toBeGreaterThan(1);
    for (const kolom of kolommen) expect(kop).toContain(kolom);
    expect(regels.some((regel) => regel.startsWith('Regio') || regel.startsWith('"Regio"'))).toBe(true);

    // The same table as JSON: its columns and one row per gemeente and the region.
    const [json] = await Promise.all([page.waitForEvent('download'), eerste.getByRole('link', { name: /als JSON/ }).click()]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    const tabel = JSON.parse(await readFile(await json.path(), 'utf8')) as { periode: string; kolommen: string[]; rijen: string[] };
    expect(tabel.periode).toBe(lijst[0]!.periode);
    expect(tabel.kolommen).toEqual(kolommen);
    expect(tabel.rijen).toEqual(expect.arrayContaining(['Leudal', 'Nederweert', 'Weert', 'Regio']));
  });

  it('another period can be chosen and the "Waarom?" link moves focus to the explanation', async () => {
    await logIn(page, 'beleid.mlw');
    await page.waitForURL('**/rapportages');
    const lijst = await releases();
    const keuze = page.locator('#gekozen-periode');
    await keuze.waitFor();
    if (lijst.length > 1) {
      await keuze.selectOption(lijst[1]!.periode);
      await page.waitForURL(`**/rapportages?periode=${lijst[1]!.periode}`);
      await page.getByRole('heading', { level: 2, name: new RegExp(`^Tabellen over`) }).waitFor();
    }
    await page.locator('.eenplan-rapporttabel').first().waitFor();
    await toegankelijk(page, `rapportages over ${lijst[1]?.periode ?? lijst[0]!.periode}`);
    const waarom = page.getByRole('link', { name: 'Waarom laten we cijfers weg?' });
    expect(await waarom.count()).toBeGreaterThan(0);
    await waarom.first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zo-leest-u-de-cijfers');
    await toegankelijk(page, 'rapportages: uitleg van de markeringen');
  });
});

describe('rapportages for other roles', () => {
  it('consulent.weert gets "Geen toegang" and no figures', async () => {
    await logIn(page, 'consulent.weert');
    await page.waitForURL('**/werkvoorraad');
    await page.goto('/rapportages');
    await wachtOpKop(page, 'Geen toegang');
    expect(await page.title()).toBe(`Geen toegang — ${PRODUCTNAAM}`);
    expect(await page.locator('table, svg[role="img"]').count()).toBe(0);
    await toegankelijk(page, 'geen toegang tot rapportages');
    // And the API refuses it too.
    expect((await page.request.get('/api/rapportages/releases')).status()).toBe(403);
  });
});

async function csrfToken(): Promise<string> {
  const antwoord = await page.request.get('/api/auth/me');
  return ((await antwoord.json()) as { csrfToken: string }).csrfToken;
}
