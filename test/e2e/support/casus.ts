import type { HuishoudenDetail, HuidigeGebruiker, Organisatie } from '@eenplan/contracts';
import type { Page } from 'playwright-core';

/** A surname no demo household has, so a test finds exactly its own household. */
export function uniekeAchternaam(basis: string): string {
  const letters = Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 5);
  return `${basis}${letters.charAt(0).toUpperCase()}${letters.slice(1)}`;
}

/** A random BSN that passes the elfproef (9 digits, weights 9..2 and −1, sum divisible by 11). */
export function geldigBsn(): string {
  for (;;) {
    const cijfers = Array.from({ length: 8 }, (_, i) => (i === 0 ? 1 + Math.floor(Math.random() * 9) : Math.floor(Math.random() * 10)));
    const som = cijfers.reduce((totaal, c, i) => totaal + c * (9 - i), 0);
    const laatste = som % 11;
    if (laatste <= 9) return [...cijfers, laatste].join('');
  }
}

/**
 * Calls the API as the user signed in on this page (same cookies), with the session's CSRF
 * token: for test set-up that is not what the test is about.
 */
export async function api<T>(page: Page, methode: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', pad: string, body?: unknown): Promise<T> {
  const ik = await page.request.get('/api/auth/me');
  const { csrfToken } = (await ik.json()) as { csrfToken: string };
  const antwoord = await page.request.fetch(`/api${pad}`, {
    method: methode,
    headers: { 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!antwoord.ok()) throw new Error(`${methode} ${pad}: ${antwoord.status()} ${await antwoord.text()}`);
  return (await antwoord.json()) as T;
}


/** Registers a household through the API for the signed-in consultant, with optional goals and a BSN for its member. */
export async function maakHuishouden(page: Page, achternaam: string, doelen: { leefgebied: string; omschrijving: string }[] = [], bsn?: string): Promise<HuishoudenDetail> {
  const ik = (await (await page.request.get('/api/auth/me')).json()) as HuidigeGebruiker;
  const gemeente = ik.gemeenten[0]!;
  let huishouden = await api<HuishoudenDetail>(page, 'POST', '/huishoudens', {
    gemeenteId: gemeente.id,
    straat: 'Teststraat',
    huisnummer: '1',
    postcode: '6001 AA',
    woonplaats: gemeente.naam,
    leden: [{ voornaam: 'Ilse', achternaam, geboortedatum: '1985-03-01', rol: 'ouder', ...(bsn ? { bsn } : {}) }],
  });
  for (const [i, doel] of doelen.entries()) {
    huishouden = await api<HuishoudenDetail>(page, 'POST', `/plannen/${huishouden.plan!.id}/doelen`, { ...doel, prioriteit: i + 1 });
  }
  return huishouden;
}

/**
 * The werkvoorraad row of a household (by its name), paging through the werkvoorraad as a
 * user would. Starts at /werkvoorraad.
 */
export async function werkvoorraadRij(page: Page, naam: string) {
  await page.goto('/werkvoorraad');
  await page.getByRole('table').or(page.getByText('Er staan nog geen huishoudens in uw werkvoorraad.')).first().waitFor();
  for (let pagina = 1; ; pagina += 1) {
    const rij = page.getByRole('row').filter({ has: page.getByRole('link', { name: naam, exact: true }) });
    if ((await rij.count()) > 0) return rij;
    const volgende = page.getByRole('link', { name: 'Volgende pagina' });
    if ((await volgende.count()) === 0) {
      const gezien = await page.locator('tbody th a').allTextContents();
      throw new Error(`Huishouden ${naam} staat niet in de werkvoorraad (wel: ${gezien.join(', ')})`);
    }
    await volgende.click();
    await page.getByText(`Pagina ${pagina + 1} van`).waitFor();
    await page.getByRole('table').filter({ hasText: `(pagina ${pagina + 1})` }).waitFor();
  }
}


/** The organisation and user id of a member of staff, by name (GET /api/organisaties). */
export async function medewerker(page: Page, naam: string): Promise<{ organisatieId: string; gebruikerId: string }> {
  const organisaties = await api<Organisatie[]>(page, 'GET', '/organisaties');
  for (const o of organisaties) {
    const m = o.medewerkers.find((x) => x.naam === naam);
    if (m) return { organisatieId: o.id, gebruikerId: m.id };
  }
  throw new Error(`Geen medewerker ${naam}`);
}

/** Puts a professional in the household's team with the household's consent for their organisation (set-up through the API). */
export async function deelMet(page: Page, huishoudenId: string, naam: string, rol: string): Promise<{ gebruikerId: string }> {
  const { organisatieId, gebruikerId } = await medewerker(page, naam);
  const vandaag = new Date().toISOString().slice(0, 10);
  await api(page, 'POST', `/huishoudens/${huishoudenId}/team`, { soort: 'professional', gebruikerId, rol, van: vandaag });
  await api(page, 'POST', `/huishoudens/${huishoudenId}/toestemmingen`, { organisatieId, gegevenOp: vandaag, reikwijdte: 'Het plan delen voor de hulp van deze organisatie.' });
  return { gebruikerId };
}
