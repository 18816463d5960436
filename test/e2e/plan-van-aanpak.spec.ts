import { describe, expect, it } from 'vitest';
import { gebruikBrowser, logIn, PRODUCTNAAM, schermafdruk, wachtOpKop, wachtOpTitel } from './support/browser';
import { geldigBsn, maakHuishouden, uniekeAchternaam, werkvoorraadRij } from './support/casus';
import { toegankelijk } from './support/toegankelijkheid';

// No script errors on any page visited (a 409 is an expected answer, not a crash).
const { sessie } = gebruikBrowser({ verwacht: (fout) => fout.includes('409') });

describe('het plan van aanpak van een huishouden (consulent)', () => {
  it('registers a household (a wrong BSN first), writes a plan with two goals and actions, vaststellen, werkvoorraad and timeline', async () => {
    const page = await sessie('consulent.weert');
    const achternaam = uniekeAchternaam('Vermeer');

    // Register.
    await page.getByRole('link', { name: 'Huishouden registreren' }).click();
    await page.waitForURL('**/huishoudens/nieuw');
    await wachtOpKop(page, 'Huishouden registreren');
    expect(await page.title()).toBe(`Huishouden registreren — ${PRODUCTNAAM}`);
    await toegankelijk(page, 'registreren');
    // Only the consultant's own gemeente is offered.
    expect((await page.locator('#gemeente option').allTextContents()).map((t) => t.trim())).toEqual(['Weert']);

    await page.getByLabel('Straat').fill('Maasstraat');
    await page.getByLabel('Huisnummer').fill('12a');
    await page.getByLabel('Postcode').fill('6001 ab');
    await page.getByLabel('Woonplaats').fill('Weert');
    await page.locator('#lid-1-voornaam').fill('Noor');
    await page.locator('#lid-1-achternaam').fill(achternaam);
    await page.locator('#lid-1-geboortedatum').fill('1988-04-12');
    await page.locator('#lid-1-rol').selectOption({ label: 'Ouder' });
    await page.locator('#lid-1-bsn').fill('123456789');

    await page.getByRole('button', { name: 'Nog een lid toevoegen' }).click();
    // Focus goes to the new member's first field.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lid-2-voornaam');
    await page.locator('#lid-2-voornaam').fill('Sem');
    await page.locator('#lid-2-achternaam').fill(achternaam);
    await page.locator('#lid-2-geboortedatum').fill('2016-09-01');
    await page.locator('#lid-2-rol').selectOption({ label: 'Kind' });
    await toegankelijk(page, 'registreren met twee leden');
    // A third member added by mistake, and removed again.
    await page.getByRole('button', { name: 'Nog een lid toevoegen' }).click();
    await page.getByRole('button', { name: 'Lid 3 verwijderen' }).click();
    expect(await page.locator('#lid-3-voornaam').count()).toBe(0);

    await page.getByRole('button', { name: 'Huishouden registreren' }).click();
    const samenvatting = page.getByRole('alert').filter({ hasText: 'Het huishouden is nog niet geregistreerd' });
    await samenvatting.waitFor();
    expect(await samenvatting.evaluate((el) => el === document.activeElement)).toBe(true);
    const melding = 'Dit BSN is ongeldig (het voldoet niet aan de elfproef).';
    expect(await samenvatting.getByRole('link', { name: melding }).getAttribute('href')).toBe('#lid-1-bsn');
    const bsnVeld = page.locator('#lid-1-bsn');
    expect(await bsnVeld.getAttribute('aria-invalid')).toBe('true');
    const beschrijving = (await bsnVeld.getAttribute('aria-describedby'))!.split(' ');
    expect((await Promise.all(beschrijving.map((id) => page.locator(`#${id}`).textContent()))).join(' ')).toContain(melding);
    await toegankelijk(page, 'registreren met fouten');
    await schermafdruk(page, 'registreren-fouten');
    // The link in the summary takes the user to the field.
    await samenvatting.getByRole('link', { name: melding }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lid-1-bsn');

    const bsn = geldigBsn();
    await bsnVeld.fill(bsn);
    await page.getByRole('button', { name: 'Huishouden registreren' }).click();
    await page.waitForURL(/\/huishoudens\/[0-9a-f-]{36}$/);
    await wachtOpKop(page, `Huishouden ${achternaam}`);
    await wachtOpTitel(page, `Plan van aanpak — Huishouden ${achternaam} — ${PRODUCTNAAM}`);
    await page.getByRole('status').filter({ hasText: `Het huishouden ${achternaam} is geregistreerd.` }).waitFor();
    await toegankelijk(page, 'huishouden geregistreerd');
    const huishoudenUrl = page.url();
    // The casemanager sees the BSN; the postcode was normalised.
    const leden = page.getByRole('table').filter({ hasText: 'Geboortedatum' });
    expect(await leden.getByRole('cell', { name: bsn }).count()).toBe(1);
    // The address as registered: in the page header and in the Adres section where it is corrected.
    expect(await page.getByRole('region', { name: 'Adres', exact: true }).getByText('Maasstraat 12a, 6001 AB Weert').count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'Het huishouden' }).count()).toBe(1);

    // Two goals on two leefgebieden, in the household's words and with its priority.
    const doelen = [
      { leefgebied: 'Wonen', omschrijving: 'We willen een huis zonder schimmel, waar de kinderen goed slapen', prioriteit: '1' },
      { leefgebied: 'Inkomen & schulden', omschrijving: 'Ik wil weer overzicht over mijn rekeningen', prioriteit: '2' },
    ];
    for (const doel of doelen) {
      await page.getByRole('button', { name: 'Doel toevoegen', exact: true }).click();
      const formulier = page.getByRole('form', { name: 'Nieuw doel' });
      await formulier.waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('nieuw-doel-leefgebied');
      await formulier.getByLabel('Leefgebied').selectOption({ label: doel.leefgebied });
      await formulier.getByLabel('Doel in de woorden van het huishouden').fill(doel.omschrijving);
      expect(await formulier.getByLabel('Prioriteit van het huishouden').inputValue()).toBe(doel.prioriteit);
      await toegankelijk(page, `nieuw doel ${doel.prioriteit}`);
      await formulier.getByRole('button', { name: 'Doel toevoegen' }).click();
      await page.getByRole('heading', { level: 4, name: `„${doel.omschrijving}”` }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Het doel is toegevoegd.' }).waitFor();
      await toegankelijk(page, `doel ${doel.prioriteit} toegevoegd`);
    }
    // Grouped by leefgebied, in the household's order of priority.
    expect((await page.getByRole('heading', { level: 3 }).allTextContents()).slice(0, 2)).toEqual(['Wonen', 'Inkomen & schulden']);

    // An action on each goal: one for the household, one for the casemanager.
    await page.getByRole('button', { name: `Actie toevoegen bij „${doelen[0]!.omschrijving}”` }).click();
    let actieFormulier = page.getByRole('form', { name: 'Nieuwe actie' });
    await actieFormulier.getByLabel('Wat gaat er gebeuren?').fill('Woningcorporatie bellen over de schimmel');
    await actieFormulier.getByLabel('Het huishouden').check();
    await actieFormulier.getByLabel('Wie uit het huishouden?').fill('Noor');
    await actieFormulier.getByLabel('Deadline').fill('2030-01-15');
    await toegankelijk(page, 'nieuwe actie voor het huishouden');
    await actieFormulier.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'De actie is toegevoegd.' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Woningcorporatie bellen over de schimmel' }).getByText('Wie: Noor (huishouden)').waitFor();

    await page.getByRole('button', { name: `Actie toevoegen bij „${doelen[1]!.omschrijving}”` }).click();
    actieFormulier = page.getByRole('form', { name: 'Nieuwe actie' });
    // Without saying who does it: the shared schema's message, linked to the field.
    await actieFormulier.getByLabel('Wat gaat er gebeuren?').fill('Samen de post van drie maanden doornemen');
    await actieFormulier.getByRole('button', { name: 'Actie toevoegen' }).click();
    await actieFormulier.getByRole('alert').getByRole('link', { name: 'Kies wie de actie uitvoert.' }).waitFor();
    await toegankelijk(page, 'nieuwe actie met fout');
    await actieFormulier.getByLabel('Een betrokken professional').check();
    await actieFormulier.getByLabel('Welke professional?').selectOption({ label: 'Sanne Vermeulen (CJG Midden-Limburg)' });
    await actieFormulier.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'De actie is toegevoegd.' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Samen de post van drie maanden doornemen' }).getByText('Wie: Sanne Vermeulen (professional)').waitFor();
    await toegankelijk(page, 'huishouden met concept-plan');

    // Vaststellen, with a confirmation step and the day the household agreed.
    await page.getByRole('button', { name: 'Plan vaststellen' }).click();
    const vaststellen = page.getByRole('form', { name: 'Plan vaststellen' });
    await vaststellen.getByText('U stelt het plan vast met 2 doelen op 2 leefgebieden.').waitFor();
    expect(await vaststellen.getByLabel('Datum waarop het huishouden akkoord gaf').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await toegankelijk(page, 'plan vaststellen');
    await vaststellen.getByRole('button', { name: 'Ja, plan vaststellen' }).click();
    await page.getByRole('status').filter({ hasText: 'Het plan van aanpak is vastgesteld.' }).waitFor();
    const plan = page.getByRole('region', { name: 'Plan van aanpak' });
    await plan.getByText('Vastgesteld', { exact: true }).waitFor();
    await plan.getByText(/Het huishouden ging akkoord op/).waitFor();
    // A complex case (two leefgebieden) without regie: the page says so.
    await page.getByText('Complexe casus', { exact: true }).waitFor();
    await toegankelijk(page, 'huishouden met vastgesteld plan');
    await schermafdruk(page, 'huishouden-plan');

    // The timeline, in readable Dutch; the BSN value is never shown.
    await page.getByRole('link', { name: 'Tijdlijn' }).click();
    await wachtOpKop(page, `Huishouden ${achternaam}`);
    const tijdlijn = page.getByRole('list', { name: 'Wijzigingen, nieuwste eerst' });
    await tijdlijn.waitFor();
    const items = (await tijdlijn.locator(':scope > li > p:first-child').allTextContents()).map((t) => t.trim());
    expect(items[0]).toBe('Plan van aanpak vastgesteld');
    for (const kop of ['Huishouden geregistreerd', 'Plan van aanpak gestart (concept)', 'Doel toegevoegd', 'Actie toegevoegd', 'Lid toegevoegd']) expect(items).toContain(kop);
    expect(items.filter((k) => k === 'Doel toegevoegd')).toHaveLength(2);
    expect(items.filter((k) => k === 'Actie toegevoegd')).toHaveLength(2);
    const tekst = (await tijdlijn.textContent()) ?? '';
    expect(tekst).toContain('Leefgebied: Inkomen & schulden');
    expect(tekst).toContain('door Sanne Vermeulen (CJG Midden-Limburg)');
    expect(tekst).toContain('BSN: •••');
    expect(tekst).not.toContain(bsn);
    await wachtOpTitel(page, `Tijdlijn — Huishouden ${achternaam} — ${PRODUCTNAAM}`);
    await toegankelijk(page, 'tijdlijn');
    await schermafdruk(page, 'huishouden-tijdlijn');

    // Who looked at this file (AVG inzage), for the casemanager.
    await page.getByRole('link', { name: 'Wie heeft dit dossier ingezien' }).click();
    const inzage = page.getByRole('table').filter({ hasText: 'Raadplegingen en wijzigingen' });
    await inzage.waitFor();
    expect(await inzage.getByRole('cell', { name: 'Dossier bekeken' }).count()).toBeGreaterThan(0);
    expect(await inzage.getByRole('cell', { name: 'Tijdlijn bekeken' }).count()).toBeGreaterThan(0);
    expect(await inzage.getByRole('cell', { name: 'Sanne Vermeulen' }).count()).toBeGreaterThan(0);
    await toegankelijk(page, 'inzage');

    // The werkvoorraad shows the household with its plan vastgesteld.
    const rij = await werkvoorraadRij(page, achternaam);
    expect(await rij.getByRole('cell').nth(0).textContent()).toContain('Vastgesteld');
    expect(await rij.textContent()).toContain('Complexe casus zonder regie-afspraak');
    await toegankelijk(page, 'werkvoorraad');

    // Search finds it by name and by postcode; the link opens the file.
    await page.getByRole('searchbox', { name: 'Zoek een huishouden' }).fill(achternaam);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const resultaten = page.getByRole('table').filter({ hasText: 'Gevonden huishoudens' });
    await resultaten.getByRole('link', { name: achternaam }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: '1 huishouden gevonden.' }).count()).toBe(1);
    await toegankelijk(page, 'zoekresultaten');
    await resultaten.getByRole('link', { name: achternaam }).click();
    await page.waitForURL(huishoudenUrl);
    await wachtOpKop(page, `Huishouden ${achternaam}`);
  });

  it('edits and deletes goals and actions in place, and closes the plan with a result per goal', async () => {
    const page = await sessie('consulent.weert');
    const achternaam = uniekeAchternaam('Linders');
    const h = await maakHuishouden(page, achternaam, [
      { leefgebied: 'werk_dagbesteding', omschrijving: 'Ik wil drie dagen per week iets doen buiten de deur' },
      { leefgebied: 'sociaal_netwerk', omschrijving: 'Vaker afspreken met vriendinnen' },
    ]);
    await page.goto(`/huishoudens/${h.id}`);
    await wachtOpKop(page, `Huishouden ${achternaam}`);
    await page.getByRole('button', { name: `Doel wijzigen: Ik wil drie dagen per week iets doen buiten de deur` }).waitFor();
    await toegankelijk(page, 'plan met twee doelen');

    // Edit a goal in place: focus moves into the form, and back to the button afterwards.
    const eerste = 'Ik wil drie dagen per week iets doen buiten de deur';
    await page.getByRole('button', { name: `Doel wijzigen: ${eerste}` }).click();
    const formulier = page.getByRole('form', { name: 'Doel wijzigen' });
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^doel-.*-leefgebied$/);
    await toegankelijk(page, 'doel wijzigen');
    await formulier.getByLabel('Doel in de woorden van het huishouden').fill('');
    await formulier.getByRole('button', { name: 'Doel opslaan' }).click();
    await formulier.getByRole('alert').getByRole('link', { name: 'Beschrijf het doel in de woorden van het huishouden.' }).waitFor();
    await toegankelijk(page, 'doel wijzigen met fout');
    await formulier.getByLabel('Doel in de woorden van het huishouden').fill('Ik wil twee dagen per week vrijwilligerswerk doen');
    await formulier.getByLabel('Prioriteit van het huishouden').fill('3');
    await formulier.getByLabel('Status').selectOption({ label: 'Mee bezig' });
    await formulier.getByRole('button', { name: 'Doel opslaan' }).click();
    await page.getByRole('heading', { level: 4, name: '„Ik wil twee dagen per week vrijwilligerswerk doen”' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Het doel is opgeslagen.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Doel wijzigen');
    await toegankelijk(page, 'doel opgeslagen');
    // Priority 3 now comes after "Vaker afspreken" (2): the leefgebieden follow the household's order.
    expect((await page.getByRole('heading', { level: 3 }).allTextContents()).slice(0, 2)).toEqual(['Sociaal netwerk', 'Werk & dagbesteding']);

    // An action, edited, then deleted after confirmation.
    await page.getByRole('button', { name: 'Actie toevoegen bij „Vaker afspreken met vriendinnen”' }).click();
    const actie = page.getByRole('form', { name: 'Nieuwe actie' });
    await actie.getByLabel('Wat gaat er gebeuren?').fill('Buurvrouw vragen mee te gaan naar de koffieochtend');
    await actie.getByLabel('Iemand uit het netwerk').check();
    await actie.getByLabel('Wie uit het netwerk?').fill('Truus (buurvrouw)');
    await toegankelijk(page, 'nieuwe actie voor het netwerk');
    await actie.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByText('Truus (buurvrouw) (netwerk)').waitFor();
    await page.getByRole('button', { name: 'Actie wijzigen: Buurvrouw vragen mee te gaan naar de koffieochtend' }).click();
    const wijzig = page.getByRole('form', { name: 'Actie wijzigen' });
    await wijzig.getByLabel('Status').selectOption({ label: 'Gedaan' });
    await toegankelijk(page, 'actie wijzigen');
    await wijzig.getByRole('button', { name: 'Actie opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De actie is opgeslagen.' }).waitFor();
    await page.getByText('Status: Gedaan').waitFor();
    await toegankelijk(page, 'actie opgeslagen');
    await page.getByRole('button', { name: 'Actie verwijderen: Buurvrouw vragen mee te gaan naar de koffieochtend' }).click();
    await page.getByText('Weet u zeker dat u deze actie wilt verwijderen?').waitFor();
    await toegankelijk(page, 'bevestigen verwijderen');
    await page.getByRole('button', { name: 'Ja, actie verwijderen' }).click();
    await page.getByRole('status').filter({ hasText: 'De actie is verwijderd.' }).waitFor();
    expect(await page.getByText('Buurvrouw vragen mee te gaan naar de koffieochtend').count()).toBe(0);
    await toegankelijk(page, 'actie verwijderd');

    // Delete a goal: first "Annuleren" keeps it, then "Ja" removes it.
    await page.getByRole('button', { name: 'Doel verwijderen: Vaker afspreken met vriendinnen' }).click();
    await page.getByRole('button', { name: 'Annuleren' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Doel verwijderen');
    await page.getByRole('button', { name: 'Doel verwijderen: Vaker afspreken met vriendinnen' }).click();
    await page.getByRole('button', { name: 'Ja, doel verwijderen' }).waitFor();
    await toegankelijk(page, 'bevestigen doel verwijderen');
    await page.getByRole('button', { name: 'Ja, doel verwijderen' }).click();
    await page.getByRole('status').filter({ hasText: 'Het doel is verwijderd.' }).waitFor();
    expect(await page.getByRole('heading', { level: 4, name: '„Vaker afspreken met vriendinnen”' }).count()).toBe(0);
    await toegankelijk(page, 'doel verwijderd');

    // Afsluiten: reason and a result per goal are required, then a confirmation step.
    await page.getByRole('button', { name: 'Plan afsluiten' }).click();
    const afsluiten = page.getByRole('form', { name: 'Plan afsluiten' });
    await afsluiten.getByRole('button', { name: 'Verder' }).waitFor();
    await toegankelijk(page, 'plan afsluiten');
    await afsluiten.getByRole('button', { name: 'Verder' }).click();
    const fouten = afsluiten.getByRole('alert').filter({ hasText: 'Het plan is nog niet afgesloten' });
    await fouten.getByRole('link', { name: 'Kies een reden van afsluiten.' }).waitFor();
    await fouten.getByRole('link', { name: 'Geef aan of het doel „Ik wil twee dagen per week vrijwilligerswerk doen” is behaald.' }).waitFor();
    await toegankelijk(page, 'afsluiten met fouten');
    await afsluiten.getByLabel('Reden van afsluiten').selectOption({ label: 'Doelen bereikt' });
    await afsluiten.getByLabel('Deels behaald').check();
    await afsluiten.getByRole('button', { name: 'Verder' }).click();
    await afsluiten.getByText('Weet u het zeker?').waitFor();
    await toegankelijk(page, 'plan afsluiten bevestigen');
    await afsluiten.getByRole('button', { name: 'Ja, plan afsluiten' }).click();
    await page.getByRole('status').filter({ hasText: 'Het plan van aanpak is afgesloten.' }).waitFor();
    await page.getByText('Resultaat: Deels behaald').waitFor();
    await page.getByText('Dit dossier is afgesloten').waitFor();
    await toegankelijk(page, 'plan afgesloten');
    // Nothing can be changed any more; a new plan can be started.
    expect(await page.getByRole('button', { name: /Doel wijzigen/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Nieuw plan starten' }).click();
    await page.getByRole('status').filter({ hasText: 'Er is een nieuw concept-plan van aanpak gestart.' }).waitFor();
    await page.getByRole('region', { name: 'Plan van aanpak' }).getByText('Concept', { exact: true }).waitFor();
    await toegankelijk(page, 'nieuw plan gestart');
  });

  it('shows the API field errors at the field they belong to (path leden.0.bsn)', async () => {
    const page = await sessie('consulent.weert');
    await page.goto('/huishoudens/nieuw');
    await wachtOpKop(page, 'Huishouden registreren');
    // The server has the last word: an answer the client-side check could not foresee.
    await page.route('**/api/huishoudens', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 400,
            contentType: 'application/problem+json',
            body: JSON.stringify({
              type: 'urn:eenplan:probleem:ongeldige-invoer',
              title: 'Ongeldige invoer',
              status: 400,
              detail: 'Niet alle velden zijn goed ingevuld.',
              fouten: [
                { veld: 'leden.0.bsn', melding: 'Dit BSN hoort al bij een ander huishouden.' },
                { veld: 'gemeenteId', melding: 'U kunt alleen huishoudens registreren in uw eigen gemeente.' },
              ],
            }),
          })
        : route.fallback(),
    );
    await page.getByLabel('Straat').fill('Markt');
    await page.getByLabel('Huisnummer').fill('1');
    await page.getByLabel('Postcode').fill('6001AA');
    await page.getByLabel('Woonplaats').fill('Weert');
    await page.locator('#lid-1-voornaam').fill('Jan');
    await page.locator('#lid-1-achternaam').fill('Test');
    await page.locator('#lid-1-geboortedatum').fill('1970-01-01');
    await page.locator('#lid-1-rol').selectOption('ouder');
    await page.locator('#lid-1-bsn').fill(geldigBsn());
    await page.getByRole('button', { name: 'Huishouden registreren' }).click();
    const samenvatting = page.getByRole('alert').filter({ hasText: 'Het huishouden is nog niet geregistreerd' });
    expect(await samenvatting.getByRole('link', { name: 'Dit BSN hoort al bij een ander huishouden.' }).getAttribute('href')).toBe('#lid-1-bsn');
    expect(await samenvatting.getByRole('link', { name: 'U kunt alleen huishoudens registreren in uw eigen gemeente.' }).getAttribute('href')).toBe('#gemeente');
    expect(await page.locator('#lid-1-bsn').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#gemeente').getAttribute('aria-invalid')).toBe('true');
    await toegankelijk(page, 'registreren met fouten van de API');
  });
});

describe('niet gevonden', () => {
  it('a household that does not exist or is not shared says so in Dutch, with the way back', async () => {
    const page = await sessie('professional.amw');
    await page.goto('/huishoudens/00000000-0000-4000-8000-000000000000');
    await wachtOpKop(page, 'Huishouden niet gevonden');
    expect(await page.title()).toBe(`Huishouden niet gevonden — ${PRODUCTNAAM}`);
    await page.getByText('Dit huishouden bestaat niet, of het is niet (meer) met u gedeeld.').waitFor();
    await toegankelijk(page, 'niet gevonden');
    await page.getByRole('link', { name: 'Naar de werkvoorraad' }).click();
    await wachtOpKop(page, 'Werkvoorraad');
  });
});

describe('tegelijk wijzigen (409)', () => {
  it('shows "intussen gewijzigd" with the current version, keeps what was typed, and saves on the second try', async () => {
    const eerste = await sessie('consulent.weert');
    const tweede = await sessie('consulent.weert');
    const achternaam = uniekeAchternaam('Hermans');
    const doel = 'Ik wil dat de kinderen elke dag naar school gaan';
    const h = await maakHuishouden(eerste, achternaam, [{ leefgebied: 'onderwijs', omschrijving: doel }]);

    for (const page of [eerste, tweede]) {
      await page.goto(`/huishoudens/${h.id}`);
      await wachtOpKop(page, `Huishouden ${achternaam}`);
      await page.getByRole('button', { name: `Doel wijzigen: ${doel}` }).click();
    }
    const formulierEen = eerste.getByRole('form', { name: 'Doel wijzigen' });
    const formulierTwee = tweede.getByRole('form', { name: 'Doel wijzigen' });

    await formulierEen.getByLabel('Doel in de woorden van het huishouden').fill('De kinderen gaan elke dag naar school, ook op maandag');
    await formulierEen.getByRole('button', { name: 'Doel opslaan' }).click();
    await eerste.getByRole('heading', { level: 4, name: '„De kinderen gaan elke dag naar school, ook op maandag”' }).waitFor();

    const eigenTekst = 'Ik wil dat de kinderen met plezier naar school gaan';
    await formulierTwee.getByLabel('Doel in de woorden van het huishouden').fill(eigenTekst);
    await formulierTwee.getByRole('button', { name: 'Doel opslaan' }).click();
    const conflict = formulierTwee.getByRole('alert').filter({ hasText: 'Intussen gewijzigd door iemand anders' });
    await conflict.waitFor();
    expect(await conflict.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await conflict.textContent()).toContain('Uw wijziging van dit doel is nog niet opgeslagen.');
    expect(await conflict.textContent()).toContain('Wat u hebt ingevuld staat nog in het formulier.');
    // The current version (the other user's) is shown; nothing typed is lost.
    await conflict.getByText('„De kinderen gaan elke dag naar school, ook op maandag”').waitFor();
    expect(await formulierTwee.getByLabel('Doel in de woorden van het huishouden').inputValue()).toBe(eigenTekst);
    await toegankelijk(tweede, 'conflictmelding');
    await schermafdruk(tweede, 'conflict');

    // Saving again, knowingly, is based on the current version and succeeds.
    await formulierTwee.getByRole('button', { name: 'Doel opslaan' }).click();
    await tweede.getByRole('heading', { level: 4, name: `„${eigenTekst}”` }).waitFor();
    await tweede.getByRole('status').filter({ hasText: 'Het doel is opgeslagen.' }).waitFor();

    // A delete based on an old version is refused the same way, and nothing is deleted.
    await eerste.getByRole('button', { name: 'Doel verwijderen: De kinderen gaan elke dag naar school, ook op maandag' }).click();
    await eerste.getByRole('button', { name: 'Ja, doel verwijderen' }).click();
    await eerste.getByRole('alert').filter({ hasText: 'Intussen gewijzigd door iemand anders. Er is niets veranderd.' }).waitFor();
    await eerste.getByRole('heading', { level: 4, name: `„${eigenTekst}”` }).waitFor();
    await toegankelijk(eerste, 'verwijderen geweigerd');
  });
});

describe('klein scherm en toetsenbord', () => {
  it('the new pages reflow at 320 px without sideways scrolling (WCAG 1.4.10)', async () => {
    const page = await sessie();
    await page.setViewportSize({ width: 320, height: 640 });
    await logIn(page, 'consulent.weert');
    await wachtOpKop(page, 'Werkvoorraad');
    const achternaam = uniekeAchternaam('Driessen');
    const h = await maakHuishouden(page, achternaam, [
      { leefgebied: 'wonen', omschrijving: 'Een woning zonder trap voor opa' },
      { leefgebied: 'sociaal_netwerk', omschrijving: 'Opa komt weer bij de kaartclub' },
    ]);
    for (const pad of ['/werkvoorraad', '/huishoudens/nieuw', `/huishoudens/${h.id}`, `/huishoudens/${h.id}/team`, `/huishoudens/${h.id}/regie`, `/huishoudens/${h.id}/tijdlijn`, '/verwijsindex']) {
      await page.goto(pad);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect({ pad, breedte: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ pad, breedte: 320 });
      await toegankelijk(page, `${pad} op 320 px`);
    }
    await schermafdruk(page, 'huishouden-smal');
  });

  it('a goal can be added and edited with the keyboard alone; focus follows', async () => {
    const page = await sessie('consulent.weert');
    const achternaam = uniekeAchternaam('Gielen');
    const h = await maakHuishouden(page, achternaam);
    await page.goto(`/huishoudens/${h.id}`);
    await wachtOpKop(page, `Huishouden ${achternaam}`);

    await page.getByRole('button', { name: 'Doel toevoegen' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('nieuw-doel-leefgebied');
    await page.keyboard.press('ArrowDown'); // first leefgebied: Wonen
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('nieuw-doel-omschrijving');
    await page.keyboard.type('Een rustige slaapkamer voor de baby');
    await page.keyboard.press('Tab'); // prioriteit
    await page.keyboard.press('Tab'); // submit
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Doel toevoegen');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 4, name: '„Een rustige slaapkamer voor de baby”' }).waitFor();
    // Focus is back on the button that opened the form.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Doel toevoegen');
    expect(await page.getByRole('heading', { level: 3, name: 'Wonen' }).count()).toBe(1);
  });
});
