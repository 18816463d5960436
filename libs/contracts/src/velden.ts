import { z } from './zod-nl.js';

// The building blocks of every input field, so text and dates are checked the same way in
// every form and on every route: what a person typed, not what a broken client or an attacker
// can smuggle in (control characters, bidi overrides, half a character, year 1).

/** NUL and the other C0/C1 control characters; tab and newline are allowed only in multi-line text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BESTURING_EEN_REGEL = /[\u0000-\u001F\u007F-\u009F]/u;
// eslint-disable-next-line no-control-regex -- idem
const BESTURING_MEER_REGELS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
/** Bidi embeddings, overrides and isolates: they make text read differently from how it is stored. */
const RICHTING = /[\u202A-\u202E\u2066-\u2069]/u;
/** With the u flag a well-formed pair is one code point, so this matches only a lone surrogate: half a character. */
const HALF_TEKEN = /[\uD800-\uDFFF]/u;
/** Characters that show nothing: text made only of these (and spaces) is empty. */
// eslint-disable-next-line no-misleading-character-class -- each invisible character is meant on its own
const ONZICHTBAAR = /[\s\u00AD\u034F\u115F\u1160\u180E\u200B-\u200F\u2060-\u2064\u3164\uFEFF\uFFA0]/gu;

export const MELDING_TEKENS = 'Dit veld bevat tekens die niet in een tekst horen (zoals stuurtekens of tekst die van richting wisselt).';

/** Why a text is refused, or null when it is clean. */
export function tekstProbleem(waarde: string, { meerdereRegels = false } = {}): string | null {
  if (HALF_TEKEN.test(waarde)) return MELDING_TEKENS;
  if ((meerdereRegels ? BESTURING_MEER_REGELS : BESTURING_EEN_REGEL).test(waarde)) return MELDING_TEKENS;
  if (RICHTING.test(waarde)) return MELDING_TEKENS;
  if (waarde.includes('\uFFFD')) return 'Dit veld bevat een teken dat niet goed is overgekomen (�). Typ de tekst opnieuw.';
  return null;
}

/** Whether the text holds anything visible. */
export const heeftInhoud = (waarde: string) => waarde.replace(ONZICHTBAAR, '').length > 0;

/**
 * A text field: NFC-normalised, trimmed, 1 to `max` characters with something visible in it,
 * without control characters (tab and newline allowed when `meerdereRegels`; CRLF becomes LF).
 */
export function tekst(max: number, leeg = 'Vul dit veld in.', { meerdereRegels = false } = {}) {
  return z
    .string()
    .transform((w) => (meerdereRegels ? w.replace(/\r\n?/g, '\n') : w))
    .pipe(z.string().normalize('NFC').trim())
    .superRefine((w, ctx) => {
      const probleem = tekstProbleem(w, { meerdereRegels });
      if (probleem) ctx.addIssue({ code: 'custom', message: probleem });
      else if (!heeftInhoud(w)) ctx.addIssue({ code: 'custom', message: leeg });
      else if (w.length > max) ctx.addIssue({ code: 'custom', message: `Gebruik hoogstens ${max} tekens.` });
    });
}

/** An optional multi-line explanation: may be left empty, otherwise clean text. */
export function toelichting(max: number) {
  return z
    .string()
    .transform((w) => w.replace(/\r\n?/g, '\n'))
    .pipe(z.string().normalize('NFC').trim())
    .superRefine((w, ctx) => {
      const probleem = tekstProbleem(w, { meerdereRegels: true });
      if (probleem) ctx.addIssue({ code: 'custom', message: probleem });
      else if (w.length > 0 && !heeftInhoud(w)) ctx.addIssue({ code: 'custom', message: 'Dit veld bevat alleen onzichtbare tekens. Laat het leeg of typ een toelichting.' });
      else if (w.length > max) ctx.addIssue({ code: 'custom', message: `Gebruik hoogstens ${max} tekens.` });
    })
    .optional();
}

/**
 * A whole number in a query string: decimal digits only, so "0x10", "1e3", " 5" or "" are
 * refused instead of being read as a number by Number().
 */
export function geheelGetalInQuery(melding: string, min: number, max: number) {
  return z
    .string({ message: melding })
    .regex(/^[0-9]{1,10}$/, melding)
    .transform(Number)
    .pipe(z.number().int().min(min, melding).max(max, melding));
}

/** `?pagina=&perPagina=` of a list. */
export const paginering = {
  pagina: geheelGetalInQuery('De pagina is een geheel getal van 1 tot en met 10000.', 1, 10_000).default(1),
  perPagina: geheelGetalInQuery('Het aantal per pagina is een geheel getal van 1 tot en met 100.', 1, 100).default(25),
};

export const EERSTE_JAAR = 1900;
export const LAATSTE_JAAR = 2100;
export const vandaag = () => new Date().toISOString().slice(0, 10);

/** A calendar date 'YYYY-MM-DD' between 1900 and 2100: no year 1, no year 9999. */
export function datum(melding = 'Vul een geldige datum in (JJJJ-MM-DD).') {
  return z.iso
    .date(melding)
    .refine((d) => d >= `${EERSTE_JAAR}-01-01` && d <= `${LAATSTE_JAAR}-12-31`, `Vul een datum in tussen ${EERSTE_JAAR} en ${LAATSTE_JAAR}.`);
}

/** A date that has already come: today or earlier. */
export const nietInToekomst = (melding: string) => datum().refine((d) => d <= vandaag(), melding);
