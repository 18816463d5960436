import type { HuishoudenDetail } from '@eenplan/contracts';
import { describe, expect, it } from 'vitest';
import { gebruikBrowser, logIn, schermafdruk, wachtOpKop } from './support/browser';
import { api, geldigBsn, maakHuishouden, uniekeAchternaam } from './support/casus';
import { toegankelijk } from './support/toegankelijkheid';

// A 409 (stale version) is an expected answer here, not a crash.
const { sessie } = gebruikBrowser({ verwacht: (fout) => fout.includes('409') });

describe('gegevens van het huishouden bijhouden (consulent, op een telefoon)', () => {
  it('a birth (a member added), a move (the address corrected, after a stale version) and a wrong BSN corrected; field errors at the field; 390 px wide', async () => {
    const page = await sessie();
    await page.setViewportSize({ width: 390, height: 844 });
    await logIn(page, 'consulent.weert');
    await wachtOpKop(page, 'Werkvoorraad');
    const achternaam = uniekeAchternaam('Hendriks');
    const oudBsn = geldigBsn();
    const h = await maakHuishouden(page, achternaam, [], oudBsn);
    await page.goto(`/huishoudens/${h.id}`);
    await wachtOpKop(page, `Huishouden ${achternaam}`);
    const breedte = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await breedte()).toBe(390);
    await toegankelijk(page, 'huishouden met knoppen voor leden en adres');

    // A birth: the new member, first with the fields left empty.
    const leden = page.getByRole('region', { name: 'Leden van het huishouden' });
    await leden.getByRole('button', { name: 'Lid toevoegen' }).click();
    const nieuw = page.getByRole('form', { name: 'Lid toevoegen' });
    expect(await nieuw.getByLabel('Achternaam').inputValue()).toBe(achternaam);
    await nieuw.getByRole('button', { name: 'Lid toevoegen' }).click();
    await nieuw.getByRole('alert').getByRole('link', { name: 'Vul de voornaam in.' }).waitFor();
    const voornaam = nieuw.getByLabel('Voornaam');
    expect(await voornaam.getAttribute('aria-invalid')).toBe('true');
    const beschreven = (await voornaam.getAttribute('aria-describedby'))!.split(' ');
    expect((await Promise.all(beschreven.map((id) => page.locator(`#${id}`).textContent()))).join(' ')).toContain('Vul de voornaam in.');
    expect(await breedte()).toBe(390);
    await toegankelijk(page, 'lid toevoegen met fouten');
    await voornaam.fill('Lotte');
    await nieuw.getByLabel('Geboortedatum').fill(new Date().toISOString().slice(0, 10));
    await nieuw.getByLabel('Rol in het huishouden').selectOption({ label: 'Kind' });
    await nieuw.getByRole('button', { name: 'Lid toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: `Lotte ${achternaam} is toegevoegd aan het huishouden.` }).waitFor();
    await leden.getByRole('rowheader', { name: `Lotte ${achternaam}` }).waitFor();
    await leden.getByText('2 leden').waitFor();
    await toegankelijk(page, 'lid toegevoegd');

    // A move: a wrong postcode is refused at the field.
    const adres = page.getByRole('region', { name: 'Adres', exact: true });
    await adres.getByRole('button', { name: 'Adres wijzigen' }).click();
    let formulier = page.getByRole('form', { name: 'Adres wijzigen' });
    await formulier.getByLabel('Straat').fill('Nieuwstraat');
    await formulier.getByLabel('Huisnummer').fill('7b');
    await formulier.getByLabel('Postcode').fill('abc');
    await formulier.getByRole('button', { name: 'Adres opslaan' }).click();
    await formulier.getByRole('alert').getByRole('link', { name: 'Vul een postcode in als 1234 AB.' }).waitFor();
    expect(await formulier.getByLabel('Postcode').getAttribute('aria-invalid')).toBe('true');
    expect(await breedte()).toBe(390);
    await toegankelijk(page, 'adres met fout');
    // Meanwhile a colleague changes the address: this form is now based on a stale version.
    await api<HuishoudenDetail>(page, 'PATCH', `/huishoudens/${h.id}`, { versie: h.versie, woonplaats: 'Stramproy' });
    await formulier.getByLabel('Postcode').fill('6002 bc');
    await formulier.getByRole('button', { name: 'Adres opslaan' }).click();
    const conflict = formulier.getByRole('alert').filter({ hasText: 'Intussen gewijzigd door iemand anders. Uw wijziging van het adres is nog niet opgeslagen.' });
    await conflict.waitFor();
    await conflict.getByText(`Teststraat 1, 6001 AA Stramproy`).waitFor();
    // What was typed is still there; saving again is based on the current version.
    expect(await formulier.getByLabel('Straat').inputValue()).toBe('Nieuwstraat');
    expect(await breedte()).toBe(390);
    await toegankelijk(page, 'adres intussen gewijzigd');
    await schermafdruk(page, 'adres-conflict');
    await formulier.getByLabel('Woonplaats').fill('Weert');
    await formulier.getByRole('button', { name: 'Adres opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Het adres is opgeslagen.' }).waitFor();
    await adres.getByText('Nieuwstraat 7b, 6002 BC Weert').waitFor();
    await page.getByText(`Nieuwstraat 7b, 6002 BC Weert`).first().waitFor();

    // A wrong BSN: the elfproef at the field, then the right one.
    await leden.getByRole('button', { name: `Gegevens van Ilse ${achternaam} wijzigen` }).click();
    formulier = page.getByRole('form', { name: `Gegevens van Ilse ${achternaam} wijzigen` });
    expect(await formulier.getByLabel('BSN').inputValue()).toBe(oudBsn);
    await formulier.getByLabel('BSN').fill('123456789');
    await formulier.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await formulier.getByRole('alert').getByRole('link', { name: 'Dit BSN is ongeldig (het voldoet niet aan de elfproef).' }).waitFor();
    expect(await formulier.getByLabel('BSN').getAttribute('aria-invalid')).toBe('true');
    await toegankelijk(page, 'bsn met fout');
    const nieuwBsn = geldigBsn();
    await formulier.getByLabel('BSN').fill(nieuwBsn);
    await formulier.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await page.getByRole('status').filter({ hasText: `De gegevens van Ilse ${achternaam} zijn opgeslagen.` }).waitFor();
    const rij = leden.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `Ilse ${achternaam}` }) });
    await rij.getByRole('cell', { name: nieuwBsn }).waitFor();
    expect(await breedte()).toBe(390);

    // The API has it all; a removed member goes, and the timeline keeps the change.
    const opgeslagen = await api<HuishoudenDetail>(page, 'GET', `/huishoudens/${h.id}`);
    expect({ straat: opgeslagen.straat, postcode: opgeslagen.postcode, woonplaats: opgeslagen.woonplaats }).toEqual({ straat: 'Nieuwstraat', postcode: '6002 BC', woonplaats: 'Weert' });
    expect(opgeslagen.leden.map((l) => [l.voornaam, l.rol, l.bsn ?? null]).sort()).toEqual([['Ilse', 'ouder', nieuwBsn], ['Lotte', 'kind', null]]);
    await leden.getByRole('button', { name: `Lotte ${achternaam} uit het huishouden verwijderen` }).click();
    await toegankelijk(page, 'lid verwijderen bevestigen');
    await leden.getByRole('button', { name: 'Ja, lid verwijderen' }).click();
    await page.getByRole('status').filter({ hasText: `Lotte ${achternaam} hoort niet meer bij het huishouden.` }).waitFor();
    await leden.getByText('1 lid', { exact: true }).waitFor();
    // The last member cannot be removed: no button for it.
    expect(await leden.getByRole('button', { name: /uit het huishouden verwijderen/ }).count()).toBe(0);
    await toegankelijk(page, 'lid verwijderd');
  });
});
