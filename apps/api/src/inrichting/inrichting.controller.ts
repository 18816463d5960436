import { Controller, Get, Patch, Post } from '@nestjs/common';
import {
  beheerGemeenteAntwoord,
  beheerOrganisatieAntwoord,
  gemeenteWijzigingInvoer,
  nieuweGemeenteInvoer,
  nieuweOrganisatieInvoer,
  organisatieWijzigingInvoer,
  z,
  type GemeenteWijziging,
  type NieuweGemeente,
  type NieuweOrganisatie,
  type OrganisatieWijziging,
} from '@eenplan/contracts';
import { Antwoorden, Omschrijving, Onderdeel } from '../common/documentatie.js';
import { Vereist } from '../common/toegang.js';
import { Antwoord, GeldigeBody, GeldigeParams, idParams, type IdParams } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { InrichtingService } from './inrichting.service.js';

@Onderdeel('beheer', 'Functioneel beheer: de accounts.')
@Controller('beheer')
export class InrichtingController {
  constructor(private readonly inrichting: InrichtingService) {}

  @Get('gemeenten')
  @Omschrijving('Alle gemeenten, ook de uitgeschakelde, met hun CBS-code.')
  @Vereist('read', 'Inrichting')
  @Antwoord('BeheerGemeenten', z.array(beheerGemeenteAntwoord))
  gemeenten() {
    return this.inrichting.gemeenten();
  }

  @Post('gemeenten')
  @Omschrijving('Neemt een gemeente in gebruik: naam en CBS-code.')
  @Vereist('create', 'Inrichting')
  @Antwoorden(409)
  @Antwoord('BeheerGemeente', beheerGemeenteAntwoord)
  nieuweGemeente(@GeldigeBody(nieuweGemeenteInvoer) body: NieuweGemeente, @HuidigeGebruiker() door: Ingelogd) {
    return this.inrichting.nieuweGemeente(body, door);
  }

  @Patch('gemeenten/:id')
  @Omschrijving('Hernoemt een gemeente of zet haar uit (nooit weg: dossiers en rapportages verwijzen ernaar).')
  @Vereist('update', 'Inrichting')
  @Antwoorden(409)
  @Antwoord('BeheerGemeente', beheerGemeenteAntwoord)
  wijzigGemeente(@GeldigeParams(idParams) params: IdParams, @GeldigeBody(gemeenteWijzigingInvoer) body: GemeenteWijziging, @HuidigeGebruiker() door: Ingelogd) {
    return this.inrichting.wijzigGemeente(params.id, body, door);
  }

  @Get('organisaties')
  @Omschrijving('Alle organisaties met hun soort en de gemeenten waarin ze werken.')
  @Vereist('read', 'Inrichting')
  @Antwoord('BeheerOrganisaties', z.array(beheerOrganisatieAntwoord))
  organisaties() {
    return this.inrichting.organisaties();
  }

  @Post('organisaties')
  @Omschrijving('Voegt een organisatie toe: naam, soort en minstens één gemeente.')
  @Vereist('create', 'Inrichting')
  @Antwoorden(409)
  @Antwoord('BeheerOrganisatie', beheerOrganisatieAntwoord)
  nieuweOrganisatie(@GeldigeBody(nieuweOrganisatieInvoer) body: NieuweOrganisatie, @HuidigeGebruiker() door: Ingelogd) {
    return this.inrichting.nieuweOrganisatie(body, door);
  }

  @Patch('organisaties/:id')
  @Omschrijving('Wijzigt de naam, de soort of de gemeenten van een organisatie.')
  @Vereist('update', 'Inrichting')
  @Antwoorden(409)
  @Antwoord('BeheerOrganisatie', beheerOrganisatieAntwoord)
  wijzigOrganisatie(@GeldigeParams(idParams) params: IdParams, @GeldigeBody(organisatieWijzigingInvoer) body: OrganisatieWijziging, @HuidigeGebruiker() door: Ingelogd) {
    return this.inrichting.wijzigOrganisatie(params.id, body, door);
  }
}
