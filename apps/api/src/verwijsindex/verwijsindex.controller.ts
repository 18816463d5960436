import { Controller, HttpCode, Post } from '@nestjs/common';
import { verwijsindexAntwoord, verwijsindexSchema, z } from '@eenplan/contracts';
import { Vereist } from '../common/toegang.js';
import { Antwoord, GeldigeBody } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { VerwijsindexService } from './verwijsindex.service.js';

@Controller()
export class VerwijsindexController {
  constructor(private readonly verwijsindex: VerwijsindexService) {}

  /** POST, so the BSN travels in the body and never in a URL or access log. */
  @Post('verwijsindex')
  @HttpCode(200)
  @Vereist('read', 'Verwijsindex')
  @Antwoord('Verwijsindex', verwijsindexAntwoord)
  zoek(@HuidigeGebruiker() ik: Ingelogd, @GeldigeBody(verwijsindexSchema) invoer: z.infer<typeof verwijsindexSchema>) {
    return this.verwijsindex.zoek(ik, invoer.bsn);
  }
}
