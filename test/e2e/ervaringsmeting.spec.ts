import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gebruikBrowser, schermafdruk, wachtOpKop } from './support/browser';
import { api, maakHuishouden, uniekeAchternaam } from './support/casus';
import { toegankelijk } from './support/toegankelijkheid';

const { sessie } = gebruikBrowser();

/** A household of the signed-in consultant with a plan and a planned evaluation on `datum`, its Regie tab open. */
async function metGeplandeEvaluatie(page: Page, datum: string) {
  const h = await maakHuishouden(page, uniekeAchternaam('Peeters'), [{ leefgebied: 'inkomen_schulden', omschrijving: 'Overzicht over de rekeningen' }]);
  await api(page, 'POST', `/huishoudens/${h.id}/evaluaties`, { geplandOp: datum });
  await page.goto(`/huishoudens/${h.id}/regie`);
  await page.getByRole('heading', { level: 2, name: 'Evaluaties' }).waitFor();
  return h;
}

describe('ervaringsmeting bij een evaluatie', () => {
  it('the consultant makes a one-time link, the household answers through it, and the case says so without showing the answers', async () => {
    const consulent = await sessie('consulent.weert');
    await metGeplandeEvaluatie(consulent, '2030-02-14');
    const kaart = consulent.getByRole('list', { name: 'Geplande evaluaties' }).getByRole('listitem').filter({ hasText: 'Evaluatie van 14 februari 2030' });
    await kaart.getByText('Nog niet ingevuld.').waitFor();
    await toegankelijk(consulent, 'regie en evaluatie met een geplande evaluatie');

    await kaart.getByRole('button', { name: 'Link voor het huishouden maken: ervaringsmeting van 14 februari 2030' }).click();
    const linkVeld = kaart.getByLabel('Link voor het huishouden', { exact: true });
    await linkVeld.waitFor();
    // Focus on the new link, so it is read out and can be copied at once.
    expect(await linkVeld.evaluate((el) => el === document.activeElement)).toBe(true);
    const link = await linkVeld.inputValue();
    expect(link).toMatch(/^http:\/\/[^/]+\/ervaring\/[\w-]{43}$/);
    await kaart.getByText(/De link werkt één keer, tot \d+ \w+ \d{4} om \d\d:\d\d/).waitFor();
    await toegankelijk(consulent, 'nieuwe link');
    await schermafdruk(consulent, 'ervaringsmeting-link');
    await kaart.getByRole('button', { name: 'Klaar' }).click();
    // Back on the button that made it; it now offers a new link, the open one is mentioned.
    expect(await consulent.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Nieuwe link maken: ervaringsmeting van 14 februari 2030');
    await kaart.getByText(/Het huishouden heeft een link die werkt tot/).waitFor();
    await toegankelijk(consulent, 'evaluatie met een open link');

    // The household, on its own device and without an account.
    const huishouden = await sessie();
    await huishouden.goto(new URL(link).pathname);
    await wachtOpKop(huishouden, 'Hoe ervaart u de hulp?');
    await huishouden.getByRole('button', { name: 'Antwoorden versturen' }).waitFor();
    await toegankelijk(huishouden, 'vragenlijst via de link');
    const keuzes = ['4 grotendeels', '5 helemaal wel', '3 een beetje', 'weet niet', '5 helemaal wel', '4 grotendeels'];
    const groepen = huishouden.getByRole('group');
    for (const [i, keuze] of keuzes.entries()) await groepen.nth(i).getByRole('radio', { name: keuze, exact: true }).check();
    await huishouden.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await wachtOpKop(huishouden, 'Bedankt voor uw antwoorden');
    await toegankelijk(huishouden, 'bedankt na de link');

    await consulent.reload();
    const beantwoord = consulent.getByRole('list', { name: 'Geplande evaluaties' }).getByRole('listitem').filter({ hasText: 'Evaluatie van 14 februari 2030' });
    await beantwoord.getByText(/Het huishouden heeft de vragen zelf beantwoord via de link/).waitFor();
    // What the household answered on its own stays out of the case file, as its questionnaire promised.
    expect(await beantwoord.getByText('grotendeels').count()).toBe(0);
    expect(await beantwoord.getByRole('button', { name: /Invullen met het huishouden|link/i }).count()).toBe(0);
    await toegankelijk(consulent, 'via de link beantwoord');
  });

  it('the consultant fills it in with the household: missing answers are named, the answers are shown after saving', async () => {
    const consulent = await sessie('consulent.weert');
    await metGeplandeEvaluatie(consulent, '2030-03-20');
    const kaart = consulent.getByRole('list', { name: 'Geplande evaluaties' }).getByRole('listitem').filter({ hasText: 'Evaluatie van 20 maart 2030' });
    await kaart.getByRole('button', { name: 'Ervaringsmeting van 20 maart 2030 invullen met het huishouden' }).click();
    const formulier = consulent.getByRole('form', { name: 'Ervaringsmeting invullen met het huishouden' });
    await formulier.getByText('Lees de zinnen samen met het huishouden.', { exact: false }).waitFor();
    await toegankelijk(consulent, 'ervaringsmeting invullen');

    await formulier.getByRole('group', { name: /Er is gewerkt vanuit wat wij belangrijk vinden/ }).getByRole('radio', { name: '4 grotendeels' }).check();
    await formulier.getByRole('button', { name: 'Ervaringsmeting opslaan' }).click();
    const fouten = formulier.getByRole('alert').filter({ hasText: 'De ervaringsmeting is nog niet opgeslagen' });
    await fouten.waitFor();
    expect(await fouten.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await fouten.getByRole('link').allTextContents()).toEqual([2, 3, 4, 5, 6].map((n) => `Kies een antwoord bij vraag ${n}, of "weet niet".`));
    await toegankelijk(consulent, 'ervaringsmeting met fouten');
    await schermafdruk(consulent, 'ervaringsmeting-fouten');

    // The summary's link puts the cursor in the statement it names.
    await fouten.getByRole('link').first().click();
    expect(await consulent.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toMatch(/-regie$/);
    const rest: [RegExp, string][] = [
      [/zelf de regie/, '5 helemaal wel'],
      [/al onze leefgebieden/, '2 niet echt'],
      [/De hulp helpt ons echt verder/, 'weet niet'],
      [/gehoord en gezien/, '4 grotendeels'],
      [/Over het geheel/, '3 een beetje'],
    ];
    for (const [stelling, keuze] of rest) await formulier.getByRole('group', { name: stelling }).getByRole('radio', { name: keuze, exact: true }).check();
    await formulier.getByRole('button', { name: 'Ervaringsmeting opslaan' }).click();

    await consulent.getByRole('status').filter({ hasText: 'De ervaringsmeting bij de evaluatie van 20 maart 2030 is opgeslagen.' }).waitFor();
    expect(await consulent.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Ervaringsmeting');
    await kaart.getByText(/Ingevuld met het huishouden op/).waitFor();
    const antwoorden = kaart.locator('dl');
    expect(await antwoorden.locator('dd').allTextContents()).toEqual(['4 grotendeels', '5 helemaal wel', '2 niet echt', 'weet niet', '4 grotendeels', '3 een beetje']);
    expect(await kaart.getByRole('button', { name: /Invullen met het huishouden/ }).count()).toBe(0);
    await toegankelijk(consulent, 'ervaringsmeting ingevuld');
    await schermafdruk(consulent, 'ervaringsmeting-ingevuld');
  });

  it('positieve gezondheid per member: errors in Dutch, then the scores in a table per person', async () => {
    const consulent = await sessie('consulent.weert');
    const h = await metGeplandeEvaluatie(consulent, '2030-04-03');
    const sectie = consulent.getByRole('region', { name: 'Positieve gezondheid' });
    await sectie.getByText('Er is nog niets gemeten.').waitFor();
    await sectie.getByRole('button', { name: 'Meting vastleggen' }).click();
    const formulier = consulent.getByRole('form', { name: 'Meting vastleggen' });
    await formulier.getByLabel('Voor wie').waitFor();
    await toegankelijk(consulent, 'positieve gezondheid: meting vastleggen');
    // One member: already chosen; with nothing measured yet, the moment is the start.
    expect(await formulier.getByLabel('Voor wie').inputValue()).toBe(h.leden[0]!.id);
    await formulier.getByLabel('Lichaamsfuncties').fill('11');
    await formulier.getByLabel('Bij de start').check();
    await formulier.getByRole('button', { name: 'Meting opslaan' }).click();
    const fouten = formulier.getByRole('alert').filter({ hasText: 'De meting is nog niet opgeslagen' });
    await fouten.waitFor();
    expect(await fouten.getByRole('link').count()).toBe(6);
    expect(await fouten.getByRole('link').first().textContent()).toBe('Geef een score van 0 tot en met 10.');
    await toegankelijk(consulent, 'positieve gezondheid met fouten');

    const scores = { Lichaamsfuncties: '6', 'Mentaal welbevinden': '4', Zingeving: '7', 'Kwaliteit van leven': '5', Meedoen: '3', 'Dagelijks functioneren': '8' };
    for (const [label, score] of Object.entries(scores)) await formulier.getByLabel(label, { exact: true }).fill(score);
    await formulier.getByRole('button', { name: 'Meting opslaan' }).click();
    await consulent.getByRole('status').filter({ hasText: /De meting van Ilse .* is opgeslagen\./ }).waitFor();
    const tabel = sectie.getByRole('table');
    await tabel.waitFor();
    expect(await tabel.locator('caption').textContent()).toMatch(/^Ilse /);
    expect(await tabel.getByRole('columnheader').nth(1).textContent()).toMatch(/bij de start$/);
    const rijen = await tabel.locator('tbody tr').evaluateAll((tr) => tr.map((r) => [r.querySelector('th')?.textContent, r.querySelector('td')?.textContent]));
    expect(rijen).toEqual(Object.entries(scores));
    await toegankelijk(consulent, 'positieve gezondheid');
    await schermafdruk(consulent, 'positieve-gezondheid');
  });
});
