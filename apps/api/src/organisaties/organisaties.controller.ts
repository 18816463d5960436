import { Controller, Get } from '@nestjs/common';
import { organisatieAntwoord, z } from '@eenplan/contracts';
import { Vereist } from '../common/toegang.js';
import { Antwoord } from '../common/validatie.js';
import { OrganisatiesService } from './organisaties.service.js';

@Controller('organisaties')
export class OrganisatiesController {
  constructor(private readonly organisaties: OrganisatiesService) {}

  @Get()
  @Vereist('read', 'Organisatie')
  @Antwoord('Organisaties', z.array(organisatieAntwoord))
  lijst() {
    return this.organisaties.lijst();
  }
}
