import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { gebruikBrowser, logIn, schermafdruk, wachtOpKop } from './support/browser';
import { toegankelijk, toegankelijkheidsproblemen } from './support/toegankelijkheid';

// No script errors and no Content-Security-Policy violations on any page visited.
const { sessie } = gebruikBrowser();
let page: Page;
beforeEach(async () => {
  page = await sessie();
});

async function skipLinkWerkt(p: Page) {
  await p.keyboard.press('Tab');
  const eerste = await p.evaluate(() => ({
    tekst: document.activeElement?.textContent?.trim(),
    href: document.activeElement?.getAttribute('href'),
    zichtbaar: (() => {
      const r = document.activeElement!.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.top >= 0 && r.top < window.innerHeight;
    })(),
  }));
  expect(eerste).toEqual({ tekst: 'Direct naar de inhoud', href: '#inhoud', zichtbaar: true });
  await p.keyboard.press('Enter');
  expect(await p.evaluate(() => ({ id: document.activeElement?.id, tag: document.activeElement?.tagName }))).toEqual({ id: 'inhoud', tag: 'MAIN' });
}

describe('keyboard', () => {
  it('the skip link is the first tab stop on the login page and moves focus to main', async () => {
    await page.goto('/inloggen');
    await page.getByLabel('Gebruikersnaam').waitFor();
    await skipLinkWerkt(page);
    // The next Tab continues inside main, not back at the top: the organisation's sign-in first
    // (the browser tests run the development OpenID provider), then the password form.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Inloggen via uw organisatie');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gebruikersnaam');
  });

  it('the skip link is the first tab stop on a page behind the login', async () => {
    await logIn(page, 'consulent.weert');
    await page.waitForURL('**/werkvoorraad');
    await page.goto('/werkvoorraad');
    await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
    await skipLinkWerkt(page);
  });

  it('can log in with the keyboard alone', async () => {
    await page.goto('/inloggen');
    await page.getByLabel('Gebruikersnaam').waitFor();
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // Inloggen via uw organisatie
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gebruikersnaam');
    await page.keyboard.type('professional.amw');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wachtwoord');
    await page.keyboard.type('Welkom-demo-2026');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/werkvoorraad');
    await wachtOpKop(page, 'Werkvoorraad');
    // After the navigation, focus is on main so the page is read from the start.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
  });
});

describe('page structure and contrast', () => {
  it('the check itself fails on what is wrong: a name without the visible words, low contrast, text on a gradient', async () => {
    await page.goto('/inloggen');
    await page.getByLabel('Gebruikersnaam').waitFor();
    expect(await toegankelijkheidsproblemen(page)).toEqual([]);

    // Broken on purpose, in the page itself (the app is not changed).
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML(
        'beforeend',
        `<div id="kapot"><button type="button" aria-label="Doel van 12 maart opslaan">Evaluatie vastleggen</button>
        <p style="color: #999; background-color: #fff">Grijs op wit</p>
        <p style="color: #000; background-image: linear-gradient(#fff, #eee)">Op een verloop</p></div>`,
      );
    });
    const problemen = await toegankelijkheidsproblemen(page);
    expect(problemen).toHaveLength(3);
    expect(problemen).toEqual(expect.arrayContaining([
      expect.stringMatching(/^label-content-name-mismatch \(serious\) .*<button[^>]*>Evaluatie vastleggen<\/button>: Elements must have their visible text as part of their accessible name/),
      expect.stringMatching(/^color-contrast \(serious\) .*>Grijs op wit<\/p>: .*\(#999999 op #ffffff: 2\.84:1, nodig 4\.5:1\)$/),
      expect.stringMatching(/^color-contrast \(niet te beslissen\) .*>Op een verloop<\/p>: .*background gradient$/),
    ]));
    await expect(toegankelijk(page, 'kapotte pagina')).rejects.toThrow(/toegankelijkheid van "kapotte pagina" \(\/inloggen\)/);

    await page.evaluate(() => document.getElementById('kapot')!.remove());
    expect(await toegankelijkheidsproblemen(page)).toEqual([]);
  });

  it('login page, also with errors', async () => {
    await page.goto('/inloggen');
    await page.getByLabel('Gebruikersnaam').waitFor();
    await toegankelijk(page, 'inloggen');
    await schermafdruk(page, 'inloggen');

    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').waitFor();
    await toegankelijk(page, 'inloggen met fouten');
    await schermafdruk(page, 'inloggen-fouten');
  });

  for (const [gebruiker, paginas] of [
    ['consulent.weert', ['/werkvoorraad', '/beheer']],
    ['beleid.mlw', ['/rapportages']],
    ['beheer', ['/beheer']],
  ] as const) {
    it(`pages of ${gebruiker}: ${paginas.join(', ')}`, async () => {
      await logIn(page, gebruiker);
      await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
      for (const pad of paginas) {
        await page.goto(pad);
        await page.getByRole('heading', { level: 1 }).waitFor();
        if (pad === '/beheer' && gebruiker === 'beheer') await page.getByRole('table', { name: /Alle gebruikers/ }).waitFor();
        await toegankelijk(page, `${gebruiker} ${pad}`);
        await schermafdruk(page, `${gebruiker}${pad.replaceAll('/', '-')}`);
      }
    });
  }

  it('stays usable at 320 px wide (reflow, WCAG 1.4.10)', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await logIn(page, 'beheer');
    await page.getByRole('table').first().waitFor();
    await toegankelijk(page, 'gebruikersbeheer op 320 px');
    await schermafdruk(page, 'beheer-smal');
    // The page itself does not scroll sideways; only the table may, inside its own container.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
