import { Controller, Get } from '@nestjs/common';
import { organisatieAntwoord, z } from '@eenplan/contracts';
import { Vereist } from '../common/toegang.js';
import { Antwoord } from '../common/validatie.js';
import { OrganisatiesService } from './organisaties.service.js';
import { Omschrijving, Onderdeel } from '../common/documentatie.js';

@Onderdeel('organisaties', 'De organisaties in de regio en hun medewerkers.')
@Controller('organisaties')
export class OrganisatiesController {
  constructor(private readonly organisaties: OrganisatiesService) {}

  @Get()
  @Omschrijving('De organisaties met hun medewerkers, om een teamlid of regisseur te kiezen.')
  @Vereist('read', 'Organisatie')
  @Antwoord('Organisaties', z.array(organisatieAntwoord))
  lijst() {
    return this.organisaties.lijst();
  }
}
