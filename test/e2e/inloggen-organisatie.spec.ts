import { describe, expect, it } from 'vitest';
import { gebruikBrowser, wachtOpKop } from './support/browser';
import { toegankelijk } from './support/toegankelijkheid';

const { sessie } = gebruikBrowser();

describe('inloggen via de eigen organisatie (OpenID Connect)', () => {
  it('signs Sanne in through the development provider\'s login page, and logs her out there too', async () => {
    const page = await sessie();
    await page.goto('/inloggen');
    const knop = page.getByRole('link', { name: 'Inloggen via uw organisatie' });
    await knop.waitFor();
    await toegankelijk(page, 'inloggen met organisatie-knop');
    await knop.click();

    // The provider's own pages (oidc-provider): its login form, then its consent form.
    await page.locator('input[name="login"]').waitFor();
    await page.locator('input[name="login"]').fill('idp-sanne-vermeulen');
    await page.locator('input[name="password"]').fill('elk-wachtwoord');
    await page.locator('button[type="submit"]').click();
    const verder = page.getByRole('button', { name: 'Continue' });
    await verder.or(page.getByRole('heading', { level: 1, name: 'Werkvoorraad' })).first().waitFor();
    if (await verder.isVisible()) await verder.click();

    await page.waitForURL('**/werkvoorraad');
    await wachtOpKop(page, 'Werkvoorraad');
    expect(await page.getByRole('banner').getByText('Sanne Vermeulen').count()).toBeGreaterThan(0);

    // Logging out ends the provider's session too (RP-initiated logout): its page asks to confirm.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/session/end'));
  });
});
