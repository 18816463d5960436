import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { gebruikBrowser, logIn, PRODUCTNAAM, wachtOpKop } from './support/browser';
import { toegankelijk } from './support/toegankelijkheid';

interface DemoRol {
  gebruikersnaam: string;
  naam: string;
  organisatie: string;
  rolLabel: string;
  startpagina: string;
  kop: string;
  menu: string[];
  verboden: string[];
}

// The demo accounts the seed creates (README), each with where it lands and what it may not open.
const DEMO: DemoRol[] = [
  {
    gebruikersnaam: 'consulent.weert',
    naam: 'Sanne Vermeulen',
    organisatie: 'CJG Midden-Limburg',
    rolLabel: 'Consulent (CJG / Wmo)',
    startpagina: '/werkvoorraad',
    kop: 'Werkvoorraad',
    menu: ['Werkvoorraad', 'Is dit huishouden bekend?'],
    verboden: ['/beheer', '/rapportages'],
  },
  {
    gebruikersnaam: 'consulent.leudal',
    naam: 'Mark Janssen',
    organisatie: 'Wmo-team Leudal',
    rolLabel: 'Consulent (CJG / Wmo)',
    startpagina: '/werkvoorraad',
    kop: 'Werkvoorraad',
    menu: ['Werkvoorraad', 'Is dit huishouden bekend?'],
    verboden: ['/beheer'],
  },
  {
    gebruikersnaam: 'professional.amw',
    naam: 'Youssef El Amrani',
    organisatie: 'AMW Midden-Limburg',
    rolLabel: 'Betrokken professional',
    startpagina: '/werkvoorraad',
    kop: 'Werkvoorraad',
    menu: ['Werkvoorraad'],
    verboden: ['/rapportages', '/beheer', '/verwijsindex', '/huishoudens/nieuw'],
  },
  {
    gebruikersnaam: 'beleid.mlw',
    naam: 'Anouk Willems',
    organisatie: 'Gemeente Weert, team beleid',
    rolLabel: 'Beleid',
    startpagina: '/rapportages',
    kop: 'Rapportages',
    menu: ['Rapportages'],
    verboden: ['/werkvoorraad', '/beheer'],
  },
  {
    gebruikersnaam: 'beheer',
    naam: 'Rob Coenen',
    organisatie: 'Functioneel beheer Midden-Limburg West',
    rolLabel: 'Functioneel beheer',
    startpagina: '/beheer',
    kop: 'Gebruikersbeheer',
    menu: ['Gebruikersbeheer'],
    verboden: ['/werkvoorraad', '/rapportages'],
  },
];

const { sessie } = gebruikBrowser();
let page: Page;
beforeEach(async () => {
  page = await sessie();
});

describe.each(DEMO)('$gebruikersnaam', (rol) => {
  it(`logs in through the form and lands on ${rol.startpagina} with the name in the header`, async () => {
    await logIn(page, rol.gebruikersnaam);
    await page.waitForURL(`**${rol.startpagina}`);
    await wachtOpKop(page, rol.kop);
    expect(await page.title()).toBe(`${rol.kop} — ${PRODUCTNAAM}`);

    const kop = page.getByRole('banner');
    expect(await kop.textContent()).toContain(PRODUCTNAAM);
    expect(await kop.textContent()).toContain(rol.naam);
    expect(await kop.textContent()).toContain(rol.rolLabel);
    expect(await kop.textContent()).toContain(rol.organisatie);
    expect(await kop.getByRole('button', { name: 'Uitloggen' }).isVisible()).toBe(true);

    // The menu shows only what the role may open, and marks the current page.
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect((await menu.getByRole('link').allTextContents()).map((t) => t.trim())).toEqual(rol.menu);
    expect(await menu.getByRole('link', { name: rol.menu[0] }).getAttribute('aria-current')).toBe('page');
    await toegankelijk(page, `startpagina van ${rol.gebruikersnaam}`);
  });

  it(`cannot open ${rol.verboden.join(' or ')}`, async () => {
    await logIn(page, rol.gebruikersnaam);
    await page.waitForURL(`**${rol.startpagina}`);
    for (const pad of rol.verboden) {
      await page.goto(pad);
      await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      expect(new URL(page.url()).pathname).toBe(pad);
      expect(await page.title()).toBe(`Geen toegang — ${PRODUCTNAAM}`);
      await toegankelijk(page, `geen toegang tot ${pad} voor ${rol.gebruikersnaam}`);
      // The way back to their own page is offered.
      await page.getByRole('link', { name: 'Naar uw startpagina' }).click();
      await page.waitForURL(`**${rol.startpagina}`);
      await wachtOpKop(page, rol.kop);
    }
  });
});

describe('login form', () => {
  it('shows the Dutch error for a wrong password, in a focused summary, and stays on the login page', async () => {
    await logIn(page, 'consulent.weert', 'Verkeerd-wachtwoord-1');
    const samenvatting = page.getByRole('alert').filter({ hasText: 'Inloggen is niet gelukt' });
    await samenvatting.waitFor();
    expect(await samenvatting.textContent()).toContain('Gebruikersnaam of wachtwoord onjuist.');
    expect(await samenvatting.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    expect(await page.title()).toBe(`Inloggen — ${PRODUCTNAAM}`);
    await toegankelijk(page, 'inloggen met een onjuist wachtwoord');
  });

  it('shows per-field errors linked to the empty fields', async () => {
    await page.goto('/inloggen');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const samenvatting = page.getByRole('alert').filter({ hasText: 'Inloggen is niet gelukt' });
    await samenvatting.waitFor();
    expect(await samenvatting.evaluate((el) => el === document.activeElement)).toBe(true);

    for (const [veld, melding] of [
      ['gebruikersnaam', 'Vul uw gebruikersnaam in.'],
      ['wachtwoord', 'Vul uw wachtwoord in.'],
    ] as const) {
      const invoer = page.locator(`#${veld}`);
      expect(await invoer.getAttribute('aria-invalid')).toBe('true');
      const beschrijving = await invoer.getAttribute('aria-describedby');
      expect(beschrijving).toBeTruthy();
      expect(await page.locator(`#${beschrijving}`).textContent()).toContain(melding);
      // The summary links to the field.
      expect(await samenvatting.getByRole('link', { name: melding }).getAttribute('href')).toBe(`#${veld}`);
    }

    // Following a link in the summary puts the cursor in the field.
    await samenvatting.getByRole('link', { name: 'Vul uw wachtwoord in.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wachtwoord');
  });

  it('has labels and the right autocomplete for password managers', async () => {
    await page.goto('/inloggen');
    expect(await page.getByLabel('Gebruikersnaam').getAttribute('autocomplete')).toBe('username');
    expect(await page.getByLabel('Wachtwoord').getAttribute('autocomplete')).toBe('current-password');
    expect(await page.getByLabel('Wachtwoord').getAttribute('type')).toBe('password');
    await toegankelijk(page, 'inloggen');
  });

  it('shows the API text after too many failed attempts', async () => {
    // An unknown account, so the limit of a real demo account stays untouched.
    for (let poging = 0; poging < 5; poging += 1) {
      await logIn(page, 'bestaat.niet', 'fout');
      await page.getByRole('alert').filter({ hasText: 'Gebruikersnaam of wachtwoord onjuist.' }).waitFor();
    }
    // Then a pause of 1 s, doubling with every further attempt (back-off, not a lock): a browser
    // slower than the first pauses gets a few more 401s before one lands inside a pause.
    const samenvatting = page.getByRole('alert').filter({ hasText: 'Te veel mislukte inlogpogingen' });
    for (let poging = 0; poging < 8 && !(await samenvatting.isVisible()); poging += 1) {
      await logIn(page, 'bestaat.niet', 'fout');
      await page.getByRole('alert').filter({ hasText: /Gebruikersnaam of wachtwoord onjuist\.|Te veel mislukte inlogpogingen/ }).waitFor();
    }
    await samenvatting.waitFor();
    expect(await samenvatting.textContent()).toMatch(/Probeer het over \d+ (seconde|seconden|minuut|minuten) opnieuw\./);
    expect(await samenvatting.textContent()).not.toContain('Gebruikersnaam of wachtwoord onjuist.');
    await toegankelijk(page, 'inloggen na te veel pogingen');
  });
});

describe('logout', () => {
  it('returns to the login page with a message; the pages then ask for a login again', async () => {
    await logIn(page, 'consulent.leudal');
    await page.waitForURL('**/werkvoorraad');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/inloggen');
    await page.getByRole('status').filter({ hasText: 'U bent uitgelogd.' }).waitFor();
    await wachtOpKop(page, 'Inloggen');
    await toegankelijk(page, 'uitgelogd');

    await page.goto('/werkvoorraad');
    await page.waitForURL('**/inloggen');
    await wachtOpKop(page, 'Inloggen');
    expect(await page.getByRole('banner').textContent()).not.toContain('Mark Janssen');
  });

  it('sends a visitor who is not logged in from any page to the login page', async () => {
    for (const pad of ['/', '/werkvoorraad', '/beheer', '/rapportages', '/bestaat-niet']) {
      await page.goto(pad);
      await page.waitForURL('**/inloggen');
      await wachtOpKop(page, 'Inloggen');
    }
  });

  it('sends a logged-in user who opens /inloggen on to their own page', async () => {
    await logIn(page, 'beleid.mlw');
    await page.waitForURL('**/rapportages');
    await page.goto('/inloggen');
    await page.waitForURL('**/rapportages');
    await page.goto('/');
    await page.waitForURL('**/rapportages');
    await wachtOpKop(page, 'Rapportages');
  });
});
