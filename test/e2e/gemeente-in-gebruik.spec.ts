import { describe, expect, it } from 'vitest';
import { gebruikBrowser, logIn, wachtOpKop } from './support/browser';
import { toegankelijk } from './support/toegankelijkheid';

const { sessie } = gebruikBrowser();

describe('een gemeente in gebruik nemen', () => {
  it('beheer adds Roermond and an organisation there, creates a consultant who sets a password and registers a household in Roermond', async () => {
    const beheer = await sessie();
    await logIn(beheer, 'beheer');
    await wachtOpKop(beheer, 'Gebruikersbeheer');

    await beheer.getByLabel('Naam van de gemeente').fill('Roermond');
    await beheer.getByLabel('CBS-code').fill('GM0957');
    await beheer.getByRole('button', { name: 'Gemeente toevoegen' }).click();
    await beheer.getByRole('status').filter({ hasText: 'Gemeente Roermond is toegevoegd.' }).waitFor();

    await beheer.getByLabel('Naam van de organisatie').fill('CJG Roermond');
    await beheer.getByLabel('Soort organisatie').selectOption({ label: 'CJG' });
    await beheer.locator('#nieuwe-organisatie-gemeenten').getByLabel('Roermond').check();
    await beheer.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await beheer.getByRole('status').filter({ hasText: 'Organisatie CJG Roermond is toegevoegd.' }).waitFor();
    await toegankelijk(beheer, 'beheer: gemeente en organisatie toegevoegd');

    await beheer.getByLabel('Naam', { exact: true }).fill('Lieke Janssen');
    await beheer.getByLabel('Gebruikersnaam').fill('l.janssen');
    await beheer.getByLabel('E-mailadres').fill('l.janssen@roermond.nl');
    await beheer.getByLabel('Rol').selectOption({ label: 'Consulent (CJG / Wmo)' });
    await beheer.locator('#nieuw-account-organisatie').selectOption({ label: 'CJG Roermond' });
    await beheer.locator('#nieuw-account-gemeenten').getByLabel('Roermond').check();
    await beheer.getByRole('button', { name: 'Account aanmaken' }).click();
    // Without SMTP in this run, beheer sees the link once.
    const link = (await beheer.locator('#nieuw-account-link').textContent())!.trim();
    expect(link).toMatch(/\/uitnodiging\/[A-Za-z0-9_-]{43}$/);
    await toegankelijk(beheer, 'beheer: uitnodigingslink');

    const consulent = await sessie();
    await consulent.goto(new URL(link).pathname);
    await wachtOpKop(consulent, 'Wachtwoord kiezen');
    await consulent.getByLabel('Nieuw wachtwoord').fill('Roermond-wachtwoord-2026');
    await consulent.getByLabel('Herhaal het wachtwoord').fill('Roermond-wachtwoord-2026');
    await consulent.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await consulent.getByText('Uw wachtwoord is opgeslagen.').waitFor();
    await toegankelijk(consulent, 'uitnodiging aanvaard');

    await logIn(consulent, 'l.janssen', 'Roermond-wachtwoord-2026');
    await wachtOpKop(consulent, 'Werkvoorraad');
    await consulent.getByRole('link', { name: 'Huishouden registreren' }).click();
    await wachtOpKop(consulent, 'Huishouden registreren');
    expect((await consulent.locator('#gemeente option').allTextContents()).map((t) => t.trim())).toEqual(['Roermond']);
    await consulent.getByLabel('Straat').fill('Markt');
    await consulent.getByLabel('Huisnummer').fill('1');
    await consulent.getByLabel('Postcode').fill('6041 EL');
    await consulent.getByLabel('Woonplaats').fill('Roermond');
    await consulent.locator('#lid-1-voornaam').fill('Daan');
    await consulent.locator('#lid-1-achternaam').fill('Roermonds');
    await consulent.locator('#lid-1-geboortedatum').fill('1990-02-02');
    await consulent.locator('#lid-1-rol').selectOption({ label: 'Ouder' });
    await consulent.getByRole('button', { name: 'Huishouden registreren' }).click();
    await consulent.waitForURL(/\/huishoudens\/[0-9a-f-]{36}/);
    await consulent.getByText('Roermond').first().waitFor();
  });
});
