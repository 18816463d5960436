import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gebruikBrowser, PRODUCTNAAM, schermafdruk, wachtOpKop } from './support/browser';
import { api, deelMet, geldigBsn, maakHuishouden, uniekeAchternaam, werkvoorraadRij } from './support/casus';
import { toegankelijk } from './support/toegankelijkheid';

const { sessie } = gebruikBrowser();

async function openTab(page: Page, tab: RegExp | string) {
  await page.getByRole('navigation', { name: 'Onderdelen van het dossier' }).getByRole('link', { name: tab }).click();
}

describe('één team rond het huishouden', () => {
  it('a: the consultant adds AMW to the team with consent and names them regisseur; the professional then sees and works on exactly that household, without BSN', async () => {
    const consulent = await sessie('consulent.weert');
    const achternaam = uniekeAchternaam('Peters');
    const bsn = geldigBsn();
    const h = await maakHuishouden(consulent, achternaam, [{ leefgebied: 'opvoeding_ontwikkeling', omschrijving: 'Rust in huis na schooltijd' }], bsn);
    await consulent.goto(`/huishoudens/${h.id}`);
    await wachtOpKop(consulent, `Huishouden ${achternaam}`);

    // Team: add the AMW professional with their role.
    await openTab(consulent, /^Team en toestemming/);
    await consulent.getByRole('heading', { level: 2, name: 'Team rond het huishouden' }).waitFor();
    expect(await consulent.title()).toBe(`Team en toestemming — Huishouden ${achternaam} — ${PRODUCTNAAM}`);
    await toegankelijk(consulent, 'team zonder professionals');
    await consulent.getByRole('button', { name: 'Professional toevoegen' }).click();
    const teamFormulier = consulent.getByRole('form', { name: 'Professional toevoegen' });
    await teamFormulier.getByLabel('Welke professional?').selectOption({ label: 'Youssef El Amrani (AMW Midden-Limburg)' });
    await teamFormulier.getByText('Het huishouden heeft nog geen toestemming gegeven voor AMW Midden-Limburg.').waitFor();
    await toegankelijk(consulent, 'professional toevoegen');
    await teamFormulier.getByRole('button', { name: 'Aan het team toevoegen' }).click();
    await teamFormulier.getByRole('alert').getByRole('link', { name: 'Vul de rol in het plan in.' }).waitFor();
    await toegankelijk(consulent, 'professional toevoegen met fout');
    await teamFormulier.getByLabel('Rol in het plan').fill('Maatschappelijk werker');
    await teamFormulier.getByRole('button', { name: 'Aan het team toevoegen' }).click();
    await consulent.getByRole('status').filter({ hasText: 'Youssef El Amrani is aan het team toegevoegd. Het plan wordt pas gedeeld als het huishouden toestemming geeft voor AMW Midden-Limburg.' }).waitFor();
    const kaart = consulent.getByRole('listitem').filter({ has: consulent.getByRole('heading', { name: 'Youssef El Amrani' }) });
    await kaart.getByText('Nog geen toestemming: ziet het plan nog niet').waitFor();
    await toegankelijk(consulent, 'professional toegevoegd zonder toestemming');

    // Consent of the household for AMW.
    await consulent.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    const toestemming = consulent.getByRole('form', { name: 'Toestemming vastleggen' });
    await toestemming.getByLabel('Voor welke organisatie?').selectOption({ label: 'AMW Midden-Limburg' });
    await toestemming.getByLabel('Waarvoor gaf het huishouden toestemming?').fill('Het plan van aanpak delen met het AMW voor hulp bij de opvoeding.');
    await toegankelijk(consulent, 'toestemming vastleggen');
    await toestemming.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await consulent.getByRole('status').filter({ hasText: 'De toestemming voor AMW Midden-Limburg is vastgelegd.' }).waitFor();
    await kaart.getByText('Toestemming: het plan is gedeeld').waitFor();
    await toegankelijk(consulent, 'team');
    await schermafdruk(consulent, 'huishouden-team');

    // An action for the professional, on the plan.
    await openTab(consulent, 'Plan van aanpak');
    await consulent.getByRole('button', { name: 'Actie toevoegen bij „Rust in huis na schooltijd”' }).click();
    const actie = consulent.getByRole('form', { name: 'Nieuwe actie' });
    await actie.getByLabel('Wat gaat er gebeuren?').fill('Gesprek met moeder over een vast middagritme');
    await actie.getByLabel('Een betrokken professional').check();
    await actie.getByLabel('Welke professional?').selectOption({ label: 'Youssef El Amrani (AMW Midden-Limburg)' });
    await actie.getByRole('button', { name: 'Actie toevoegen' }).click();
    await consulent.getByText('Wie: Youssef El Amrani (professional)').waitFor();
    await toegankelijk(consulent, 'actie voor de professional');

    // Regie: the professional as regisseur; the household's agreement is required.
    await openTab(consulent, 'Regie en evaluatie');
    await consulent.getByRole('button', { name: 'Regie-afspraak vastleggen' }).click();
    const regie = consulent.getByRole('form', { name: 'Regie-afspraak vastleggen' });
    await regie.getByLabel('Een professional (regisseur)').check();
    await regie.getByLabel('Wie is de regisseur?').selectOption({ label: 'Youssef El Amrani (AMW Midden-Limburg)' });
    await regie.getByLabel('Waarom is de regie zo belegd?').fill('Moeder vraagt het AMW de afspraken te coördineren zolang zij herstelt.');
    await toegankelijk(consulent, 'regie-afspraak vastleggen');
    await regie.getByRole('button', { name: 'Regie-afspraak vastleggen' }).click();
    const melding = 'Een regie-afspraak wordt alleen vastgelegd als het huishouden ermee instemt.';
    await regie.getByRole('alert').getByRole('link', { name: melding }).click();
    expect(await consulent.evaluate(() => document.activeElement?.id)).toBe('regie-akkoord');
    await toegankelijk(consulent, 'regie met fouten');
    await regie.getByLabel('Het huishouden is het eens met deze afspraak').check();
    await regie.getByRole('button', { name: 'Regie-afspraak vastleggen' }).click();
    await consulent.getByRole('status').filter({ hasText: 'De regie-afspraak is vastgelegd.' }).waitFor();
    const huidig = consulent.locator('.eenplan-kaart').filter({ has: consulent.getByRole('heading', { name: 'Huidige regie-afspraak' }) });
    await huidig.getByText('Youssef El Amrani (AMW Midden-Limburg), regisseur').waitFor();
    await toegankelijk(consulent, 'regie');
    await schermafdruk(consulent, 'huishouden-regie');

    // The professional: this household is in their werkvoorraad, with their open action.
    const amw = await sessie('professional.amw');
    const rij = await werkvoorraadRij(amw, achternaam);
    const cellen = (await rij.getByRole('cell').allTextContents()).map((t) => t.trim());
    expect(cellen[1]).toBe('Een professional (regisseur)');
    expect(cellen[3]).toBe('1');
    await toegankelijk(amw, 'werkvoorraad professional');
    await schermafdruk(amw, 'werkvoorraad-professional');

    await rij.getByRole('link', { name: achternaam }).click();
    await wachtOpKop(amw, `Huishouden ${achternaam}`);
    // No BSN: no column, and the number is nowhere on the page. As regisseur they may correct members (not their BSN), so the edit column is there.
    const leden = amw.getByRole('table').filter({ hasText: 'Geboortedatum' });
    await leden.waitFor(); // the tab's content loads a moment after the heading
    expect((await leden.getByRole('columnheader').allTextContents()).map((t) => t.trim())).toEqual(['Naam', 'Geboortedatum', 'Rol', 'Wijzigen']);
    expect(await amw.content()).not.toContain(bsn);
    // Only the casemanager sees who looked at the file.
    expect(await amw.getByRole('link', { name: 'Wie heeft dit dossier ingezien' }).count()).toBe(0);

    // As regisseur they keep the plan current: the status of their action.
    await amw.getByRole('button', { name: 'Actie wijzigen: Gesprek met moeder over een vast middagritme' }).click();
    const wijzig = amw.getByRole('form', { name: 'Actie wijzigen' });
    await wijzig.getByLabel('Status').selectOption({ label: 'Mee bezig' });
    await toegankelijk(amw, 'actie wijzigen als regisseur');
    await wijzig.getByRole('button', { name: 'Actie opslaan' }).click();
    await amw.getByRole('status').filter({ hasText: 'De actie is opgeslagen.' }).waitFor();
    await amw.getByText('Status: Mee bezig').waitFor();
    await toegankelijk(amw, 'huishouden professional');
    await schermafdruk(amw, 'huishouden-professional');
  });

  it('b: a complex case without regie shows the signal in the werkvoorraad; a regie-afspraak removes it; ending it brings it back', async () => {
    const consulent = await sessie('consulent.weert');
    const achternaam = uniekeAchternaam('Smits');
    const h = await maakHuishouden(consulent, achternaam, [
      { leefgebied: 'wonen', omschrijving: 'Een eigen plek voor de oudste zoon' },
      { leefgebied: 'inkomen_schulden', omschrijving: 'Geen aanmaningen meer in de bus' },
    ]);
    const signaal = 'Complexe casus zonder regie-afspraak';

    let rij = await werkvoorraadRij(consulent, achternaam);
    expect(await rij.textContent()).toContain(signaal);
    expect(await rij.getByRole('cell').nth(1).textContent()).toBe('Geen afspraak');
    await toegankelijk(consulent, 'werkvoorraad met signaal');

    await rij.getByRole('link', { name: achternaam }).click();
    await wachtOpKop(consulent, `Huishouden ${achternaam}`);
    await consulent.getByText('Het plan heeft doelen op 2 leefgebieden.').waitFor();
    await toegankelijk(consulent, 'complexe casus zonder regie');
    await consulent.getByRole('link', { name: 'Regie-afspraak vastleggen' }).click();
    await consulent.waitForURL(`**/huishoudens/${h.id}/regie`);
    await consulent.getByRole('button', { name: 'Regie-afspraak vastleggen' }).click();
    const regie = consulent.getByRole('form', { name: 'Regie-afspraak vastleggen' });
    await regie.getByLabel('Het huishouden zelf').check();
    await regie.getByLabel('Waarom is de regie zo belegd?').fill('Vader en moeder willen het zelf doen; de consulent helpt bij de afspraken.');
    await regie.getByLabel('Het huishouden is het eens met deze afspraak').check();
    await toegankelijk(consulent, 'regie bij het huishouden vastleggen');
    await regie.getByRole('button', { name: 'Regie-afspraak vastleggen' }).click();
    await consulent.getByRole('status').filter({ hasText: 'De regie-afspraak is vastgelegd.' }).waitFor();
    await toegankelijk(consulent, 'regie bij het huishouden vastgelegd');

    rij = await werkvoorraadRij(consulent, achternaam);
    expect(await rij.textContent()).not.toContain(signaal);
    expect(await rij.getByRole('cell').nth(1).textContent()).toBe('Het huishouden zelf');

    await consulent.goto(`/huishoudens/${h.id}/regie`);
    await consulent.getByRole('button', { name: 'Regie-afspraak beëindigen' }).click();
    await consulent.getByRole('button', { name: 'Ja, regie-afspraak beëindigen' }).waitFor();
    await toegankelijk(consulent, 'bevestigen regie-afspraak beëindigen');
    await consulent.getByRole('button', { name: 'Ja, regie-afspraak beëindigen' }).click();
    await consulent.getByRole('status').filter({ hasText: 'De regie-afspraak is beëindigd.' }).waitFor();
    await consulent.getByRole('heading', { level: 3, name: 'Eerdere regie-afspraken' }).waitFor();
    await consulent.getByText('Er is geen regie-afspraak. Dit is een complexe casus').waitFor();
    await toegankelijk(consulent, 'regie-afspraak beëindigd');

    rij = await werkvoorraadRij(consulent, achternaam);
    expect(await rij.textContent()).toContain(signaal);
  });

  it('a professional without regie may only set the status of their own actions and add safety signals and contributions', async () => {
    const consulent = await sessie('consulent.weert');
    const achternaam = uniekeAchternaam('Wouters');
    const h = await maakHuishouden(consulent, achternaam, [{ leefgebied: 'psychische_gezondheid', omschrijving: 'Weer goed kunnen slapen' }]);
    const { gebruikerId } = await deelMet(consulent, h.id, 'Youssef El Amrani', 'Maatschappelijk werker');
    const doelId = h.plan!.doelen[0]!.id;
    await api(consulent, 'POST', `/doelen/${doelId}/acties`, { omschrijving: 'Slaapdagboek bespreken', eigenaarSoort: 'professional', eigenaarGebruikerId: gebruikerId, deadline: '2030-06-01' });
    await api(consulent, 'POST', `/doelen/${doelId}/acties`, { omschrijving: 'Huisarts bellen', eigenaarSoort: 'huishouden', eigenaarNaam: 'Ilse', deadline: '2030-06-01' });

    const amw = await sessie('professional.amw');
    const rij = await werkvoorraadRij(amw, achternaam);
    expect((await rij.getByRole('cell').allTextContents())[3]?.trim()).toBe('1');
    await rij.getByRole('link', { name: achternaam }).click();
    await wachtOpKop(amw, `Huishouden ${achternaam}`);
    await amw.getByRole('form', { name: 'Status van de actie: Slaapdagboek bespreken' }).waitFor();
    await toegankelijk(amw, 'plan als professional zonder regie');

    // Nothing to edit on the plan; only the status of their own action.
    for (const knop of ['Doel toevoegen', 'Plan vaststellen', 'Plan afsluiten', /^Doel wijzigen/, /^Actie wijzigen/, /^Actie toevoegen/, /^Doel verwijderen/]) {
      expect({ knop: String(knop), aantal: await amw.getByRole('button', { name: knop }).count() }).toEqual({ knop: String(knop), aantal: 0 });
    }
    expect(await amw.getByRole('form', { name: 'Status van de actie: Huisarts bellen' }).count()).toBe(0);
    const status = amw.getByRole('form', { name: 'Status van de actie: Slaapdagboek bespreken' });
    await status.getByLabel('Status van deze actie').selectOption({ label: 'Gedaan' });
    await status.getByRole('button', { name: 'Status opslaan' }).click();
    await amw.getByRole('status').filter({ hasText: 'De status van de actie „Slaapdagboek bespreken” is nu: gedaan.' }).waitFor();
    await amw.getByRole('listitem').filter({ hasText: 'Slaapdagboek bespreken' }).getByText('Status: Gedaan').waitFor();
    await toegankelijk(amw, 'plan als professional');

    // Team and regie are read-only for them.
    await openTab(amw, /^Team en toestemming/);
    await amw.getByRole('heading', { level: 2, name: 'Team rond het huishouden' }).waitFor();
    expect(await amw.getByRole('button').filter({ hasText: /toevoegen|vastleggen|intrekken|uit het team|opslaan/i }).count()).toBe(0);
    await toegankelijk(amw, 'team als professional');
    await openTab(amw, 'Regie en evaluatie');
    await amw.getByRole('heading', { level: 2, name: 'Evaluaties' }).waitFor();
    expect(await amw.getByRole('button').filter({ hasText: /vastleggen|plannen|beëindigen/i }).count()).toBe(0);
    await toegankelijk(amw, 'regie en evaluatie als professional');

    // Safety: they may record a meldcode step, visible to the team.
    await openTab(amw, /^Veiligheid/);
    await amw.getByRole('button', { name: 'Veiligheidssignaal vastleggen' }).click();
    const signaal = amw.getByRole('form', { name: 'Veiligheidssignaal vastleggen' });
    await signaal.getByRole('button', { name: 'Signaal vastleggen' }).waitFor();
    await toegankelijk(amw, 'veiligheidssignaal vastleggen');
    await signaal.getByRole('button', { name: 'Signaal vastleggen' }).click();
    await signaal.getByRole('alert').getByRole('link', { name: 'Kies de stap van de meldcode.' }).waitFor();
    await toegankelijk(amw, 'veiligheidssignaal met fout');
    await signaal.getByLabel('Stap van de meldcode').selectOption({ label: 'Stap 2: collegiale consultatie en advies Veilig Thuis' });
    await signaal.getByLabel('Toelichting (niet verplicht)').fill('Spanningen tussen de ouders; advies gevraagd.');
    await signaal.getByRole('button', { name: 'Signaal vastleggen' }).click();
    await amw.getByRole('status').filter({ hasText: 'Het veiligheidssignaal is vastgelegd.' }).waitFor();
    await amw.getByRole('heading', { level: 3, name: 'Stap 2: collegiale consultatie en advies Veilig Thuis' }).waitFor();
    await toegankelijk(amw, 'veiligheid');
    await schermafdruk(amw, 'huishouden-veiligheid');

    // Contributions.
    await openTab(amw, /^Bijdragen/);
    await amw.getByLabel('Uw bijdrage').waitFor();
    await toegankelijk(amw, 'bijdragen zonder bijdrage');
    await amw.getByLabel('Uw bijdrage').fill('Huisbezoek gehad; moeder slaapt iets beter sinds het ritme.');
    await amw.getByRole('button', { name: 'Bijdrage plaatsen' }).click();
    await amw.getByRole('status').filter({ hasText: 'Uw bijdrage is geplaatst.' }).waitFor();
    await amw.getByText('Huisbezoek gehad; moeder slaapt iets beter sinds het ritme.').waitFor();
    await toegankelijk(amw, 'bijdragen');

    // The consultant sees both, and the safety signal on top of the file.
    await consulent.goto(`/huishoudens/${h.id}/bijdragen`);
    await consulent.getByText('Huisbezoek gehad; moeder slaapt iets beter sinds het ritme.').waitFor();
    await consulent.getByText('Youssef El Amrani (AMW Midden-Limburg)', { exact: false }).first().waitFor();
    await consulent.getByText(/Veiligheid: er is een signaal vastgelegd volgens de meldcode/).waitFor();
    await toegankelijk(consulent, 'bijdragen en veiligheidssignaal voor de casemanager');
  });

  it('evaluations: plan a moment, record it with the household (regie no longer right points to changing it), and the legal basis', async () => {
    const consulent = await sessie('consulent.weert');
    const achternaam = uniekeAchternaam('Jacobs');
    const h = await maakHuishouden(consulent, achternaam, [
      { leefgebied: 'werk_dagbesteding', omschrijving: 'Een dagbesteding die bij mij past' },
      { leefgebied: 'fysieke_gezondheid', omschrijving: 'Weer elke dag een stukje wandelen' },
    ]);
    await consulent.goto(`/huishoudens/${h.id}/team`);
    await consulent.getByRole('heading', { level: 2, name: 'Wettelijke grondslag' }).waitFor();
    await consulent.getByLabel('Wmo 2015').check();
    await consulent.getByLabel('Participatiewet').check();
    await consulent.getByRole('button', { name: 'Grondslag opslaan' }).click();
    await consulent.getByRole('status').filter({ hasText: 'De wettelijke grondslag is opgeslagen: Wmo 2015, Participatiewet.' }).waitFor();
    await toegankelijk(consulent, 'wettelijke grondslag opgeslagen');

    await openTab(consulent, 'Regie en evaluatie');
    await consulent.getByRole('button', { name: 'Evaluatiemoment plannen' }).click();
    const plannen = consulent.getByRole('form', { name: 'Evaluatiemoment plannen' });
    await plannen.getByLabel('Datum van het evaluatiemoment').fill('2026-01-10');
    await toegankelijk(consulent, 'evaluatiemoment plannen');
    await plannen.getByRole('button', { name: 'Moment plannen' }).click();
    await consulent.getByRole('status').filter({ hasText: 'Het evaluatiemoment op 10 januari 2026 is gepland.' }).waitFor();
    await toegankelijk(consulent, 'evaluatiemoment gepland');

    await consulent.getByRole('button', { name: 'Evaluatie vastleggen van 10 januari 2026' }).click();
    const evaluatie = consulent.getByRole('form', { name: 'Evaluatie vastleggen' });
    await evaluatie.getByRole('button', { name: 'Evaluatie vastleggen' }).waitFor();
    await toegankelijk(consulent, 'evaluatie vastleggen');
    await evaluatie.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    const fouten = evaluatie.getByRole('alert').filter({ hasText: 'De evaluatie is nog niet vastgelegd' });
    await fouten.getByRole('link', { name: 'Kies de voortgang van het doel „Een dagbesteding die bij mij past”.' }).waitFor();
    await fouten.getByRole('link', { name: 'Kies ja, deels of nee.' }).waitFor();
    await fouten.getByRole('link', { name: 'Geef aan of de regie nog past.' }).waitFor();
    await toegankelijk(consulent, 'evaluatie met fouten');

    await evaluatie.getByRole('group', { name: 'Voortgang: „Een dagbesteding die bij mij past”' }).getByLabel('Op weg').check();
    await evaluatie.getByRole('group', { name: 'Voortgang: „Weer elke dag een stukje wandelen”' }).getByLabel('Behaald').check();
    await evaluatie.getByRole('group', { name: 'Voelt het huishouden zich gehoord en gezien door de professionals?' }).getByLabel('Deels').check();
    await evaluatie.getByRole('group', { name: 'Past de regie nog?' }).getByLabel('Nee').check();
    await evaluatie.getByText('Past de regie niet meer?').waitFor();
    await toegankelijk(consulent, 'evaluatie: de regie past niet meer');
    await evaluatie.getByLabel('Volgend evaluatiemoment (niet verplicht)').fill('2030-03-01');
    await evaluatie.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    await consulent.getByRole('status').filter({ hasText: 'De evaluatie is vastgelegd. Het volgende moment is gepland op 1 maart 2030.' }).waitFor();
    // Regie no longer right: the page points to changing it.
    await consulent.getByRole('link', { name: 'Leg een nieuwe regie-afspraak vast' }).waitFor();
    const gehouden = consulent.getByRole('list', { name: 'Gehouden evaluaties' });
    await gehouden.getByText('„Weer elke dag een stukje wandelen”: Behaald').waitFor();
    await consulent.getByRole('list', { name: 'Geplande evaluaties' }).getByText('Evaluatie van 1 maart 2030').waitFor();
    await toegankelijk(consulent, 'evaluaties');
    await schermafdruk(consulent, 'huishouden-evaluaties');
  });
});

describe('is dit huishouden bekend?', () => {
  it('answers only known or not and whom to contact, says the lookup is logged, and the casemanager sees it in the inzage', async () => {
    const consulent = await sessie('consulent.weert');
    const achternaam = uniekeAchternaam('Maas');
    const bsn = geldigBsn();
    const h = await maakHuishouden(consulent, achternaam, [], bsn);

    await consulent.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Is dit huishouden bekend?' }).click();
    await wachtOpKop(consulent, 'Is dit huishouden bekend?');
    await consulent.getByText('Elke raadpleging wordt vastgelegd').waitFor();
    await toegankelijk(consulent, 'verwijsindex');

    const veld = consulent.getByLabel('BSN van een lid van het huishouden');
    await veld.fill('123456789');
    await consulent.getByRole('button', { name: 'Raadplegen' }).click();
    await consulent.getByRole('alert').getByRole('link', { name: 'Dit BSN is ongeldig (het voldoet niet aan de elfproef).' }).waitFor();
    await toegankelijk(consulent, 'verwijsindex met fout');

    await veld.fill(bsn);
    await consulent.getByRole('button', { name: 'Raadplegen' }).click();
    const resultaat = consulent.getByRole('region', { name: `Resultaat voor het BSN dat eindigt op ${bsn.slice(-3)}` });
    await resultaat.getByText('Bekend, met een actief plan van aanpak.').waitFor();
    await resultaat.getByText('Sanne Vermeulen, casemanager (CJG Midden-Limburg)').waitFor();
    expect(await veld.inputValue()).toBe('');
    expect(await resultaat.textContent()).not.toContain(achternaam);
    await toegankelijk(consulent, 'verwijsindex met resultaat');
    await schermafdruk(consulent, 'verwijsindex');

    let onbekend = geldigBsn();
    while (onbekend === bsn) onbekend = geldigBsn();
    await veld.fill(onbekend);
    await consulent.getByRole('button', { name: 'Raadplegen' }).click();
    await consulent.getByText('Niet bekend.').waitFor();
    await toegankelijk(consulent, 'verwijsindex: niet bekend');

    await consulent.goto(`/huishoudens/${h.id}/inzage`);
    await consulent.getByRole('cell', { name: '“Is dit huishouden bekend?” geraadpleegd' }).waitFor();
    await toegankelijk(consulent, 'inzage met raadpleging');
  });
});
