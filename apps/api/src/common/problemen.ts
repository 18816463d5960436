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
      `Te veel mislukte inlogpogingen. Probeer het over ${Math.ceil(seconden / 60)} minuten opnieuw.`,
      undefined,
      { 'Retry-After': String(seconden) },
    ),
};
