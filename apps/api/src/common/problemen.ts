import { HttpException } from '@nestjs/common';
import type { Probleem } from '@eenplan/contracts';

type Fouten = NonNullable<Probleem['fouten']>;

/** An error that becomes an RFC 9457 problem response with a Dutch, human message. */
export class ProbleemFout extends HttpException {
  constructor(
    status: number,
    readonly soort: string,
    readonly titel: string,
    readonly detail: string,
    readonly fouten?: Fouten,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail, status);
  }
}

export const problemen = {
  ongeldigeInvoer: (fouten: Fouten) =>
    new ProbleemFout(400, 'ongeldige-invoer', 'Ongeldige invoer', 'Niet alle velden zijn goed ingevuld.', fouten),
  nietIngelogd: (detail = 'U bent niet ingelogd.', soort: 'niet-ingelogd' | 'sessie-verlopen' | 'account-uitgeschakeld' = 'niet-ingelogd') =>
    new ProbleemFout(401, soort, 'Niet ingelogd', detail),
  geenToegang: (detail = 'U heeft geen toegang tot deze gegevens of handeling.') =>
    new ProbleemFout(403, 'geen-toegang', 'Geen toegang', detail),
  nietGevonden: (detail = 'Niet gevonden, of u heeft er geen toegang toe.') =>
    new ProbleemFout(404, 'niet-gevonden', 'Niet gevonden', detail),
  teVeelPogingen: (seconden: number) =>
    new ProbleemFout(
      429,
      'te-veel-pogingen',
      'Te veel pogingen',
      `Te veel mislukte inlogpogingen. Probeer het over ${duur(seconden)} opnieuw.`,
      undefined,
      { 'Retry-After': String(seconden) },
    ),
  teVeelRaadplegingen: (maximum: number, seconden: number) =>
    new ProbleemFout(
      429,
      'te-veel-raadplegingen',
      'Te veel raadplegingen',
      `U heeft de verwijsindex het afgelopen uur ${maximum} keer geraadpleegd; meer mag niet. Probeer het over ${duur(seconden)} opnieuw.`,
      undefined,
      { 'Retry-After': String(seconden) },
    ),
};

/** "1 seconde", "40 seconden", "3 minuten": back-off pauses start at a second. */
function duur(seconden: number): string {
  if (seconden < 60) return seconden === 1 ? '1 seconde' : `${seconden} seconden`;
  const minuten = Math.ceil(seconden / 60);
  return minuten === 1 ? '1 minuut' : `${minuten} minuten`;
}
