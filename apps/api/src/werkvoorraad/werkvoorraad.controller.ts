import { Controller, Get } from '@nestjs/common';
import { paginaAntwoord, paginering, werkvoorraadRegelAntwoord, z } from '@eenplan/contracts';
import { Vereist } from '../common/toegang.js';
import { Antwoord, GeldigeQuery } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { WerkvoorraadService } from './werkvoorraad.service.js';
import { Omschrijving, Onderdeel } from '../common/documentatie.js';

const paginaQuery = z.object(paginering).strict();

@Onderdeel('werkvoorraad', 'De werkvoorraad van de ingelogde gebruiker.')
@Controller('werkvoorraad')
export class WerkvoorraadController {
  constructor(private readonly werkvoorraad: WerkvoorraadService) {}

  @Get()
  @Omschrijving('Uw actieve huishoudens met signalen: concept ouder dan 4 weken, acties over hun deadline, 8 weken zonder activiteit, geen plan.')
  @Vereist('read', 'Werkvoorraad')
  @Antwoord('WerkvoorraadPagina', paginaAntwoord(werkvoorraadRegelAntwoord))
  lijst(@HuidigeGebruiker() ingelogd: Ingelogd, @GeldigeQuery(paginaQuery) query: z.infer<typeof paginaQuery>) {
    return this.werkvoorraad.voor(ingelogd, query.pagina, query.perPagina);
  }
}
