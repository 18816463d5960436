import { describe, expect, it } from 'vitest';
import { gebruikBrowser, logIn, schermafdruk, wachtOpKop } from './support/browser';
import { toegankelijk } from './support/toegankelijkheid';

const { sessie } = gebruikBrowser();

describe('gebruikersbeheer', () => {
  it('lists the users and disables, then re-enables an account; a disabled account cannot work', async () => {
    const beheer = await sessie();
    await logIn(beheer, 'beheer');
    await beheer.waitForURL('**/beheer');
    await wachtOpKop(beheer, 'Gebruikersbeheer');

    const tabel = beheer.getByRole('table', { name: /Alle gebruikers/ });
    await tabel.waitFor();
    const kolommen = (await tabel.getByRole('columnheader').allTextContents()).map((t) => t.trim());
    expect(kolommen.slice(0, 6)).toEqual(['Naam', 'Gebruikersnaam', 'Rol', 'Organisatie', 'Gemeenten', 'Account']);
    for (const naam of ['consulent.weert', 'consulent.leudal', 'professional.amw', 'beleid.mlw', 'beheer']) {
      expect(await tabel.getByRole('cell', { name: naam, exact: true }).count()).toBe(1);
    }
    // Beheer cannot switch off their own account.
    const eigenRij = tabel.getByRole('row').filter({ has: beheer.getByRole('cell', { name: 'beheer', exact: true }) });
    expect(await eigenRij.getByRole('button').count()).toBe(0);
    await toegankelijk(beheer, 'gebruikersbeheer');
    await schermafdruk(beheer, 'beheer');

    // Tom Peeters (GGZ) is signed in elsewhere while his account gets switched off.
    const ggz = await sessie();
    await logIn(ggz, 'professional.ggz');
    await ggz.waitForURL('**/werkvoorraad');
    await wachtOpKop(ggz, 'Werkvoorraad');
    await ggz.getByRole('table').or(ggz.getByText('Er staan nog geen huishoudens in uw werkvoorraad.')).first().waitFor();
    await toegankelijk(ggz, 'werkvoorraad professional.ggz');

    const rij = tabel.getByRole('row').filter({ has: beheer.getByRole('cell', { name: 'professional.ggz', exact: true }) });
    expect(await rij.getByText('Actief', { exact: true }).isVisible()).toBe(true);
    await rij.getByRole('button', { name: 'Uitschakelen Tom Peeters' }).click();
    // Asked first; nothing changes until confirmed.
    await rij.getByText('Het account van Tom Peeters uitschakelen?').waitFor();
    await toegankelijk(beheer, 'uitschakelen bevestigen');
    await rij.getByRole('button', { name: 'Ja, uitschakelen' }).click();
    await rij.getByText('Uitgeschakeld', { exact: true }).waitFor();
    await beheer.getByRole('status').filter({ hasText: 'Het account van Tom Peeters is uitgeschakeld.' }).waitFor();
    // Focus stays on the same button, now the other way round.
    expect(await beheer.evaluate(() => document.activeElement?.textContent)).toContain('Inschakelen');
    await toegankelijk(beheer, 'account uitgeschakeld');

    // His open session has ended: his next action takes him to the login page with the API's reason.
    await ggz.getByRole('button', { name: 'Uitloggen' }).click();
    await ggz.waitForURL('**/inloggen');
    const reden = await ggz.getByRole('status').textContent();
    expect(reden).toBeTruthy();
    expect(reden).not.toContain('U bent uitgelogd.');
    await toegankelijk(ggz, 'inloggen na een beëindigde sessie');

    // And he cannot log in again.
    await logIn(ggz, 'professional.ggz');
    await ggz.getByRole('alert').filter({ hasText: 'Uw account is uitgeschakeld.' }).waitFor();
    expect(new URL(ggz.url()).pathname).toBe('/inloggen');
    await toegankelijk(ggz, 'inloggen met een uitgeschakeld account');

    // The state survives a reload (it is stored, not just shown).
    await beheer.reload();
    const rijNaReload = beheer.getByRole('row').filter({ has: beheer.getByRole('cell', { name: 'professional.ggz', exact: true }) });
    await rijNaReload.getByText('Uitgeschakeld', { exact: true }).waitFor();

    await rijNaReload.getByRole('button', { name: 'Inschakelen Tom Peeters' }).click();
    await rijNaReload.getByText('Actief', { exact: true }).waitFor();
    await beheer.getByRole('status').filter({ hasText: 'Het account van Tom Peeters is weer ingeschakeld.' }).waitFor();
    await toegankelijk(beheer, 'account weer ingeschakeld');

    await logIn(ggz, 'professional.ggz');
    await ggz.waitForURL('**/werkvoorraad');
    await wachtOpKop(ggz, 'Werkvoorraad');
  });
});
