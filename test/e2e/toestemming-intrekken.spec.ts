import { describe, expect, it } from 'vitest';
import { gebruikBrowser, wachtOpKop } from './support/browser';
import { api, deelMet, maakHuishouden, uniekeAchternaam, werkvoorraadRij } from './support/casus';
import { toegankelijk } from './support/toegankelijkheid';

const { sessie } = gebruikBrowser();

describe('toestemming ingetrokken: het dossier blijft kloppen', () => {
  it('ends the regie of the AMW regisseur, closes the dialog, says "ingetrokken" on the team card and signals the casemanager', async () => {
    const consulent = await sessie('consulent.weert');
    const achternaam = uniekeAchternaam('Wolters');
    const h = await maakHuishouden(consulent, achternaam, [{ leefgebied: 'opvoeding_ontwikkeling', omschrijving: 'Overzicht in de rekeningen' }]);
    const { gebruikerId } = await deelMet(consulent, h.id, 'Youssef El Amrani', 'Maatschappelijk werker');
    const vandaag = new Date().toISOString().slice(0, 10);
    await api(consulent, 'POST', `/huishoudens/${h.id}/regie`, { houder: 'professional', regisseurId: gebruikerId, reden: 'Het AMW coördineert.', startdatum: vandaag, evaluatiedatum: '2027-06-01', huishoudenAkkoord: true });

    await consulent.goto(`/huishoudens/${h.id}/team`);
    await wachtOpKop(consulent, `Huishouden ${achternaam}`);
    await consulent.getByText('De regie is afgesproken').waitFor();
    await consulent.getByRole('button', { name: 'Toestemming intrekken voor AMW Midden-Limburg' }).click();
    const bevestig = consulent.getByRole('button', { name: 'Ja, toestemming intrekken' });
    await toegankelijk(consulent, 'toestemming intrekken bevestigen');
    await bevestig.click();
    await consulent.getByRole('status').filter({ hasText: 'De toestemming voor AMW Midden-Limburg is ingetrokken.' }).waitFor();
    // The dialog is closed: no second click possible, so no 409 either.
    expect(await bevestig.count()).toBe(0);
    const kaart = consulent.getByRole('listitem').filter({ has: consulent.getByRole('heading', { name: 'Youssef El Amrani' }) });
    await kaart.getByText(/^Toestemming ingetrokken op .*: ziet het plan niet meer$/).waitFor();
    expect(await kaart.getByText('Nog geen toestemming').count()).toBe(0);
    // The banner: no regie agreed any more, and why.
    const banner = consulent.locator('.eenplan-complex');
    await banner.getByText('De regie-afspraak is beëindigd omdat de toestemming voor de organisatie van de regisseur is ingetrokken.', { exact: false }).waitFor();
    expect(await consulent.getByText('De regie is afgesproken').count()).toBe(0);
    await toegankelijk(consulent, 'toestemming ingetrokken');

    // The casemanager's werkvoorraad asks for a regie-afspraak again.
    const rij = await werkvoorraadRij(consulent, achternaam);
    await rij.getByText('Complexe casus zonder regie-afspraak').waitFor();
  });
});
