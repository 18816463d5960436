import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { DEMO_WACHTWOORD, gebruikBrowser, PRODUCTNAAM, schermafdruk, wachtOpKop } from './support/browser';
import { toegankelijk } from './support/toegankelijkheid';

/** A signed-in API session (cookie + CSRF token), for setting up what the browser test needs. */
async function apiSessie(gebruikersnaam: string) {
  const basis = inject('baseUrl');
  const inloggen = await fetch(`${basis}/api/auth/inloggen`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ gebruikersnaam, wachtwoord: DEMO_WACHTWOORD }),
  });
  expect(inloggen.status).toBe(200);
  const cookie = inloggen.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await inloggen.json()) as { csrfToken: string };
  const vraag = async <T>(methode: 'GET' | 'POST', pad: string, body?: unknown): Promise<T> => {
    const antwoord = await fetch(`${basis}/api${pad}`, {
      method: methode,
      headers: { cookie, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(methode === 'GET' ? {} : { 'x-csrf-token': csrfToken }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!antwoord.ok) throw new Error(`${methode} ${pad}: ${antwoord.status} ${await antwoord.text()}`);
    return (await antwoord.json()) as T;
  };
  return { vraag };
}

interface Detail {
  id: string;
  plan: { status: string } | null;
  evaluaties: { id: string; geplandOp: string }[];
}

/**
 * A one-time questionnaire link for a household of consulent.weert, as the consultant would hand
 * it out. Each on a newly planned evaluation: an evaluation is answered once.
 */
async function meetlink(): Promise<string> {
  const consulent = await apiSessie('consulent.weert');
  const { items } = await consulent.vraag<{ items: { id: string }[] }>('GET', '/huishoudens?perPagina=100');
  let evaluatieId: string | undefined;
  for (const { id } of items) {
    const detail = await consulent.vraag<Detail>('GET', `/huishoudens/${id}`);
    if (!detail.plan || detail.plan.status === 'afgesloten') continue;
    const na = await consulent.vraag<Detail>('POST', `/huishoudens/${id}/evaluaties`, { geplandOp: new Date().toISOString().slice(0, 10) });
    evaluatieId = na.evaluaties.find((e) => !detail.evaluaties.some((eerder) => eerder.id === e.id))?.id;
    break;
  }
  expect(evaluatieId).toBeTruthy();
  const link = await consulent.vraag<{ url: string; verlooptOp: string }>('POST', `/evaluaties/${evaluatieId}/meetlink`);
  expect(new Date(link.verlooptOp).getTime()).toBeGreaterThan(Date.now());
  // The link is opened as it would be from a letter or text message: the path of the app.
  return new URL(link.url, inject('baseUrl')).pathname;
}

/** What the API itself says about a link (the page must show exactly this). */
async function apiDetail(pad: string): Promise<{ status: number; detail: string }> {
  const antwoord = await fetch(`${inject('baseUrl')}/api${pad}`, { headers: { accept: 'application/json' } });
  const body = (await antwoord.json()) as { detail: string };
  return { status: antwoord.status, detail: body.detail };
}

/** The heading shows while the questions load; wait for the questions themselves. */
async function wachtOpVragen(p: Page): Promise<void> {
  await wachtOpKop(p, 'Hoe ervaart u de hulp?');
  await p.getByRole('button', { name: 'Antwoorden versturen' }).waitFor();
}

const focusId = (p: Page) => p.evaluate(() => document.activeElement?.id ?? '');

const { sessie } = gebruikBrowser();
let page: Page;
beforeEach(async () => {
  page = await sessie();
});

describe('ervaringsmeting via a link (public, no login)', () => {
  it('the household answers the six statements with the keyboard, sees the thanks, and the link then no longer works', async () => {
    const pad = await meetlink();
    await page.goto(pad);
    await wachtOpVragen(page);
    expect(new URL(page.url()).pathname).toBe(pad);
    expect(await page.title()).toBe(`Hoe ervaart u de hulp? — ${PRODUCTNAAM}`);

    // Only the product name in the header: no menu, no account.
    expect(await page.getByRole('banner').textContent()).toContain(PRODUCTNAAM);
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Uitloggen' }).count()).toBe(0);

    // Six statements, each a group of six radio buttons with words.
    const groepen = page.getByRole('group');
    expect(await groepen.count()).toBe(6);
    for (let i = 0; i < 6; i += 1) {
      const groep = groepen.nth(i);
      expect(await groep.getByRole('radio').count()).toBe(6);
      for (const label of ['1 helemaal niet', '5 helemaal wel', 'weet niet']) expect(await groep.getByRole('radio', { name: label, exact: true }).count()).toBe(1);
    }
    expect(await page.getByRole('group', { name: 'Wij voelen ons gehoord en gezien.' }).count()).toBe(1);
    await toegankelijk(page, 'vragenlijst');
    await schermafdruk(page, 'ervaring');

    // Sending without answers: a focused summary that links to each statement.
    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    const samenvatting = page.getByRole('alert').filter({ hasText: 'Nog niet alles is ingevuld' });
    await samenvatting.waitFor();
    expect(await samenvatting.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await samenvatting.getByRole('link').count()).toBe(6);
    await toegankelijk(page, 'vragenlijst met fouten');
    await schermafdruk(page, 'ervaring-fouten');

    // The first link puts the cursor in the first statement; from there the keyboard alone.
    await samenvatting.getByRole('link').first().click();
    expect(await focusId(page)).toBe('perspectief-eerste');
    // Per statement: Space picks 1, each arrow one further; Tab goes to the next statement.
    const keuzes = [4, 5, 3, 6, 5, 4]; // 6 = "weet niet"
    for (const [i, keuze] of keuzes.entries()) {
      await page.keyboard.press('Space');
      for (let stap = 1; stap < keuze; stap += 1) await page.keyboard.press('ArrowRight');
      if (i < keuzes.length - 1) await page.keyboard.press('Tab');
    }
    expect(await page.getByRole('group', { name: 'Er is samen naar al onze leefgebieden gekeken.' }).getByRole('radio', { name: '3 een beetje' }).isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: 'De hulp helpt ons echt verder.' }).getByRole('radio', { name: 'weet niet' }).isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: 'Wij voelen ons gehoord en gezien.' }).getByRole('radio', { name: '5 helemaal wel' }).isChecked()).toBe(true);

    await toegankelijk(page, 'vragenlijst ingevuld');
    await schermafdruk(page, 'ervaring-ingevuld');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Antwoorden versturen');
    await page.keyboard.press('Enter');

    await wachtOpKop(page, 'Bedankt voor uw antwoorden');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.getByRole('status').filter({ hasText: 'Uw antwoorden zijn verstuurd.' }).waitFor();
    expect(await page.title()).toBe(`Bedankt voor uw antwoorden — ${PRODUCTNAAM}`);
    await toegankelijk(page, 'bedankt');
    await schermafdruk(page, 'ervaring-bedankt');

    // A link works once: opening it again shows the API's own message.
    const gebruikt = await apiDetail(pad);
    expect(gebruikt.status).toBe(410);
    await page.goto(pad);
    await wachtOpKop(page, 'Deze link werkt niet meer');
    await page.getByText(gebruikt.detail, { exact: true }).waitFor();
    expect(await page.getByRole('group').count()).toBe(0);
    await toegankelijk(page, 'link gebruikt');
    await schermafdruk(page, 'ervaring-gebruikt');
  });

  it('a link used elsewhere in the meantime: sending shows the API message instead of the thanks', async () => {
    const pad = await meetlink();
    await page.goto(pad);
    await wachtOpVragen(page);
    for (const groep of await page.getByRole('group').all()) await groep.getByText('3 een beetje').click();

    // Someone else in the household sends the answers first, with the same link.
    const antwoorden = Object.fromEntries(['perspectief', 'regie', 'integraal', 'effect', 'gehoord', 'tevredenheid'].map((s) => [s, 4]));
    const eerder = await fetch(`${inject('baseUrl')}/api${pad}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(antwoorden) });
    expect(eerder.status).toBe(204);

    await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
    await wachtOpKop(page, 'Deze link werkt niet meer');
    await page.getByText((await apiDetail(pad)).detail, { exact: true }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await toegankelijk(page, 'link intussen gebruikt');
  });

  it('an unknown link says so in Dutch', async () => {
    const pad = `/ervaring/${'x'.repeat(43)}`;
    const onbekend = await apiDetail(pad);
    expect(onbekend.status).toBe(404);
    await page.goto(pad);
    await wachtOpKop(page, 'Deze link werkt niet');
    await page.getByText(onbekend.detail, { exact: true }).waitFor();
    await toegankelijk(page, 'link onbekend');
  });

  it('the questionnaire reflows at 320 px wide', async () => {
    const pad = await meetlink();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(pad);
    await wachtOpVragen(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await toegankelijk(page, 'vragenlijst op 320 px');
    await schermafdruk(page, 'ervaring-smal');
  });
});
