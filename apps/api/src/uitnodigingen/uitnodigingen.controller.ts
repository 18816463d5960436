import { Controller, HttpCode, Post } from '@nestjs/common';
import { uitnodigingAanvaardenInvoer, uitnodigingAntwoord, z, type UitnodigingAanvaarden } from '@eenplan/contracts';
import { Antwoorden, Omschrijving, Onderdeel } from '../common/documentatie.js';
import { Publiek, Vereist } from '../common/toegang.js';
import { Antwoord, GeldigeBody, GeldigeParams, idParams, type IdParams } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { UitnodigingenService } from './uitnodigingen.service.js';

const tokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Deze link is niet compleet. Kopieer de hele link uit de e-mail.') }).strict();

@Onderdeel('beheer', 'Functioneel beheer: de accounts.')
@Controller()
export class UitnodigingenController {
  constructor(private readonly uitnodigingen: UitnodigingenService) {}

  @Post('beheer/gebruikers/:id/uitnodiging')
  @Omschrijving('Een nieuwe uitnodiging (reset): de vorige link werkt niet meer. Per e-mail, of zonder SMTP de link (eenmalig getoond).')
  @Vereist('update', 'Gebruiker')
  @Antwoord('Uitnodiging', uitnodigingAntwoord)
  opnieuw(@GeldigeParams(idParams) params: IdParams, @HuidigeGebruiker() door: Ingelogd) {
    return this.uitnodigingen.opnieuw(params.id, door);
  }

  @Post('uitnodigingen/:token')
  @HttpCode(204)
  @Publiek()
  @Omschrijving('Aanvaardt een uitnodiging met een nieuw wachtwoord; daarna kan de gebruiker inloggen. Eén keer, binnen 7 dagen.')
  @Antwoorden(410)
  async aanvaard(@GeldigeParams(tokenParams) params: z.infer<typeof tokenParams>, @GeldigeBody(uitnodigingAanvaardenInvoer) body: UitnodigingAanvaarden): Promise<void> {
    await this.uitnodigingen.aanvaard(params.token, body.wachtwoord);
  }
}
