import { Controller, HttpCode, Post } from '@nestjs/common';
import { verwijsindexAntwoord, verwijsindexSchema, z } from '@eenplan/contracts';
import { Vereist } from '../common/toegang.js';
import { Antwoord, GeldigeBody } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { VerwijsindexService } from './verwijsindex.service.js';
import { Antwoorden, Omschrijving, Onderdeel } from '../common/documentatie.js';

@Onderdeel('verwijsindex', 'Of een persoon al bekend is bij een huishouden, en bij wie.')
@Controller()
export class VerwijsindexController {
  constructor(private readonly verwijsindex: VerwijsindexService) {}

  /** POST, so the BSN travels in the body and never in a URL or access log. */
  @Post('verwijsindex')
  @Omschrijving('Zoekt op BSN of een persoon al bij een huishouden bekend is en wie het contact is, zonder iets van het dossier te tonen. Te veel zoekvragen geeft 429.')
  @Antwoorden(429)
  @HttpCode(200)
  @Vereist('read', 'Verwijsindex')
  @Antwoord('Verwijsindex', verwijsindexAntwoord)
  zoek(@HuidigeGebruiker() ik: Ingelogd, @GeldigeBody(verwijsindexSchema) invoer: z.infer<typeof verwijsindexSchema>) {
    return this.verwijsindex.zoek(ik, invoer.bsn);
  }
}
