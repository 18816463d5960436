import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { gebruikBrowser, logIn, wachtOpKop } from './support/browser';
import { toegankelijk } from './support/toegankelijkheid';

const { sessie } = gebruikBrowser();

describe('tweestapsverificatie', () => {
  it('Petra sets up TOTP with the QR page, keeps her recovery codes, and logs in with a code', async () => {
    const page = await sessie();
    await logIn(page, 'professional.schuldhulp');
    await wachtOpKop(page, 'Werkvoorraad');

    await page.goto('/tweestapsverificatie');
    await wachtOpKop(page, 'Tweestapsverificatie instellen');
    await page.getByRole('img', { name: 'QR-code voor uw authenticator-app' }).waitFor();
    await toegankelijk(page, 'tweestapsverificatie instellen');
    // The authenticator app: the same secret, the same RFC 6238 codes.
    const geheim = (await page.getByTestId('geheim').textContent())!.trim();
    await page.getByRole('textbox', { name: 'Code uit de app' }).fill(await generate({ secret: geheim }));
    await page.getByRole('button', { name: 'Instellen' }).click();
    const codes = page.getByRole('list', { name: 'Herstelcodes' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await toegankelijk(page, 'herstelcodes');
    await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
    await wachtOpKop(page, 'Werkvoorraad');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await wachtOpKop(page, 'Inloggen');
    await logIn(page, 'professional.schuldhulp');
    await wachtOpKop(page, 'Code invullen');
    await toegankelijk(page, 'code invullen');
    // The code of the enrolment is spent; the app's next code (30 s on) is within the window.
    await page.getByRole('textbox', { name: 'Code', exact: true }).fill(await generate({ secret: geheim, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await page.getByRole('button', { name: 'Verder' }).click();
    await wachtOpKop(page, 'Werkvoorraad');
  });
});
