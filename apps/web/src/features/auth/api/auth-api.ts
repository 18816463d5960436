import type { CodeInvoer, Herstelcodes, HuidigeGebruiker, InlogMethoden, InloggenAntwoord, InloggenInvoer, TweedeFactorInschrijving, UitloggenAntwoord } from '@eenplan/contracts';
import { isApiFout, vraag, zetCsrfToken } from '../../../shared/api/http';

export const HUIDIGE_GEBRUIKER_SLEUTEL = ['auth', 'huidige-gebruiker'] as const;

/** Why the user is (no longer) signed in; shown on the login page after the redirect. */
export interface AfmeldReden {
  tekst: string;
  soort: 'ok' | 'warning';
}

/** Navigation state the login page understands: why the user landed here. */
export interface InlogPaginaStatus {
  reden?: AfmeldReden;
}

let afmeldReden: AfmeldReden | undefined;
export function onthoudAfmeldReden(reden: AfmeldReden | undefined): void {
  afmeldReden = reden;
}
export function laatsteAfmeldReden(): AfmeldReden | undefined {
  return afmeldReden;
}

/** The signed-in user, or null when nobody is (the API's reason is kept for the login page). */
export async function haalHuidigeGebruiker(signal?: AbortSignal): Promise<HuidigeGebruiker | null> {
  try {
    const gebruiker = await vraag<HuidigeGebruiker>('GET', '/auth/me', undefined, signal);
    zetCsrfToken(gebruiker.csrfToken);
    return gebruiker;
  } catch (fout) {
    if (!isApiFout(fout, 401)) throw fout;
    zetCsrfToken(undefined);
    onthoudAfmeldReden({ tekst: fout.probleem.detail, soort: 'warning' });
    return null;
  }
}

/** A right password gives the user, or (with two-step login) the request for a code. */
export async function inloggen(invoer: InloggenInvoer): Promise<InloggenAntwoord> {
  const antwoord = await vraag<InloggenAntwoord>('POST', '/auth/inloggen', invoer);
  if ('tweedeStapNodig' in antwoord) return antwoord;
  zetCsrfToken(antwoord.csrfToken);
  onthoudAfmeldReden(undefined);
  return antwoord;
}

export async function tweedeStap(invoer: CodeInvoer): Promise<HuidigeGebruiker> {
  const gebruiker = await vraag<HuidigeGebruiker>('POST', '/auth/tweede-stap', invoer);
  zetCsrfToken(gebruiker.csrfToken);
  onthoudAfmeldReden(undefined);
  return gebruiker;
}

export function beginTweedeFactor(): Promise<TweedeFactorInschrijving> {
  return vraag<TweedeFactorInschrijving>('POST', '/auth/tweede-factor');
}

export function bevestigTweedeFactor(invoer: CodeInvoer): Promise<Herstelcodes> {
  return vraag<Herstelcodes>('POST', '/auth/tweede-factor/bevestigen', invoer);
}

/** Where the provider's session is ended too, after a sign-in through the organisation. */
export async function uitloggen(): Promise<UitloggenAntwoord> {
  const antwoord = await vraag<UitloggenAntwoord>('POST', '/auth/uitloggen');
  zetCsrfToken(undefined);
  return antwoord;
}

export const INLOG_METHODEN_SLEUTEL = ['auth', 'methoden'] as const;
export function haalInlogMethoden(signal?: AbortSignal): Promise<InlogMethoden> {
  return vraag<InlogMethoden>('GET', '/auth/methoden', undefined, signal);
}

/** Starts the sign-in at the organisation's identity provider (a full page navigation). */
export const OIDC_START = '/api/auth/oidc/start';
