import { Controller, Get, Patch, Post } from '@nestjs/common';
import { accountWijzigingInvoer, gebruikerOverzichtAntwoord, nieuwAccountAntwoord, nieuwAccountInvoer, z, type AccountWijziging, type NieuwAccount } from '@eenplan/contracts';
import { Antwoord, GeldigeBody, GeldigeParams, idParams, type IdParams } from '../common/validatie.js';
import { Vereist } from '../common/toegang.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { GebruikersService } from './gebruikers.service.js';
import { Antwoorden, Omschrijving, Onderdeel } from '../common/documentatie.js';

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

  @Post()
  @Omschrijving('Maakt een account aan met naam, e-mailadres, rol, organisatie en gemeenten, met een uitnodiging (7 dagen geldig) per e-mail of als link.')
  @Vereist('create', 'Gebruiker')
  @Antwoorden(409)
  @Antwoord('NieuwAccount', nieuwAccountAntwoord)
  maak(@GeldigeBody(nieuwAccountInvoer) body: NieuwAccount, @HuidigeGebruiker() door: Ingelogd) {
    return this.gebruikers.maak(body, door);
  }

  @Patch(':id')
  @Omschrijving('Wijzigt rol, organisatie of gemeenten (geldt vanaf het volgende verzoek), of zet een account aan of uit; uitzetten beëindigt meteen al zijn sessies.')
  @Vereist('update', 'Gebruiker')
  @Antwoorden(409)
  @Antwoord('GebruikerOverzicht', gebruikerOverzichtAntwoord)
  wijzig(@GeldigeParams(idParams) params: IdParams, @GeldigeBody(accountWijzigingInvoer) body: AccountWijziging, @HuidigeGebruiker() door: Ingelogd) {
    return this.gebruikers.wijzig(params.id, body, door);
  }
}
