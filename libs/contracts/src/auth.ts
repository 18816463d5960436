import { MELDING_TEKENS, tekstProbleem } from './velden.js';
import { z } from './zod-nl.js';
import type { Rol } from './rollen.js';
import type { Organisatiesoort } from './organisaties.js';

export const inloggenSchema = z
  .object({
    gebruikersnaam: z.string().trim().min(1, 'Vul uw gebruikersnaam in.').max(100).refine((w) => tekstProbleem(w) === null, MELDING_TEKENS),
    // Any character may be in a password, but not NUL, which PostgreSQL cannot store or compare.
    wachtwoord: z.string().min(1, 'Vul uw wachtwoord in.').max(200).refine((w) => !w.includes('\u0000') && !/[\uD800-\uDFFF]/u.test(w), MELDING_TEKENS),
  })
  .strict();
export type InloggenInvoer = z.infer<typeof inloggenSchema>;

/** A CASL rule as it travels from API to web (the shape of CASL's RawRule). */
export interface GeserialiseerdeRegel {
  action: string | string[];
  subject?: string | string[];
  conditions?: Record<string, unknown>;
  fields?: string | string[];
  inverted?: boolean;
  reason?: string;
}

export interface HuidigeGebruiker {
  gebruiker: { id: string; gebruikersnaam: string; naam: string; rol: Rol };
  organisatie: { id: string; naam: string; soort: Organisatiesoort };
  gemeenten: { id: string; naam: string }[];
  regels: GeserialiseerdeRegel[];
  csrfToken: string;
  /** Two-step login is required for this account and not set up yet: the app shows only enrolment. */
  inschrijvenNodig?: boolean;
}

/** The answer to a right password when the account has a second factor: the code is next. */
export interface TweedeStapNodig {
  tweedeStapNodig: true;
}
export type InloggenAntwoord = HuidigeGebruiker | TweedeStapNodig;

export const codeSchema = z
  .object({
    code: z.string().trim().min(1, 'Vul de code uit uw app of een herstelcode in.').max(40, 'Deze code is te lang.'),
  })
  .strict();
export type CodeInvoer = z.infer<typeof codeSchema>;

/** Setting up two-step login: the QR code (data URL) and, for typing in by hand, the secret. */
export interface TweedeFactorInschrijving {
  qrCode: string;
  uri: string;
  geheim: string;
}
export interface Herstelcodes {
  herstelcodes: string[];
}

/** Which ways of signing in an environment offers (GET /api/auth/methoden). */
export interface InlogMethoden {
  wachtwoord: boolean;
  /** Through the organisation's identity provider (OpenID Connect). */
  organisatie: boolean;
}

/** After a provider sign-in, where the provider's own session is ended (RP-initiated logout). */
export interface UitloggenAntwoord {
  uitlogUrl: string | null;
}
