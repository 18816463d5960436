import { Controller, Get, Patch } from '@nestjs/common';
import { gebruikerOverzichtAntwoord, z } from '@eenplan/contracts';
import { Antwoord, GeldigeBody, GeldigeParams, idParams, type IdParams } from '../common/validatie.js';
import { Vereist } from '../common/toegang.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { GebruikersService } from './gebruikers.service.js';
import { Omschrijving, Onderdeel } from '../common/documentatie.js';

const actiefBody = z.object({ actief: z.boolean() }).strict();

@Onderdeel('beheer', 'Functioneel beheer: de accounts.')
@Controller('beheer/gebruikers')
export class BeheerGebruikersController {
  constructor(private readonly gebruikers: GebruikersService) {}

  @Get()
  @Omschrijving('Alle accounts met rol, organisatie en of ze actief zijn.')
  @Vereist('read', 'Gebruiker')
  @Antwoord('Gebruikers', z.array(gebruikerOverzichtAntwoord))
  lijst() {
    return this.gebruikers.lijst();
  }

  @Patch(':id')
  @Omschrijving('Zet een account aan of uit; uitzetten beëindigt meteen al zijn sessies.')
  @Vereist('update', 'Gebruiker')
  @Antwoord('GebruikerOverzicht', gebruikerOverzichtAntwoord)
  zetActief(
    @GeldigeParams(idParams) params: IdParams,
    @GeldigeBody(actiefBody) body: z.infer<typeof actiefBody>,
    @HuidigeGebruiker() door: Ingelogd,
  ) {
    return this.gebruikers.zetActief(params.id, body.actief, door);
  }
}
