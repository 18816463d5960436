import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ervaringVragenAntwoord, meetlinkAntwoord, ervaringsmetingSchema, positieveGezondheidSchema, z, type ErvaringsmetingInvoer } from '@eenplan/contracts';
import { Publiek, Vereist } from '../common/toegang.js';
import { Antwoord, AntwoordtMetDossier, GeldigeBody, GeldigeParams, idParams, type IdParams } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { DossierLezer } from '../dossier/dossier-lezer.js';
import { ErvaringService } from './ervaring.service.js';

const tokenParams = z.object({ token: z.string().regex(/^[\w-]{43}$/, 'Deze link is niet compleet.') }).strict();

@Controller()
export class ErvaringController {
  constructor(
    private readonly ervaring: ErvaringService,
    private readonly dossier: DossierLezer,
  ) {}

  @Post('evaluaties/:id/ervaringsmeting')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async legVast(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(ervaringsmetingSchema) antwoorden: ErvaringsmetingInvoer) {
    return this.dossier.naWijziging(ik, await this.ervaring.legVast(ik, p.id, antwoorden));
  }

  @Post('evaluaties/:id/meetlink')
  @Vereist('update', 'Huishouden')
  @Antwoord('Meetlink', meetlinkAntwoord)
  maakLink(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams) {
    return this.ervaring.maakLink(ik, p.id);
  }

  @Post('huishoudens/:id/positieve-gezondheid')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async gezondheid(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(positieveGezondheidSchema) invoer: z.infer<typeof positieveGezondheidSchema>) {
    return this.dossier.naWijziging(ik, await this.ervaring.legGezondheidVast(ik, p.id, invoer));
  }

  /** Public: the household opens the link without an account. The token is the only key. */
  @Get('ervaring/:token')
  @Publiek()
  @Antwoord('ErvaringVragen', ervaringVragenAntwoord)
  vragen(@GeldigeParams(tokenParams) p: z.infer<typeof tokenParams>) {
    return this.ervaring.vragen(p.token);
  }

  @Post('ervaring/:token')
  @HttpCode(204)
  @Publiek()
  async beantwoord(@GeldigeParams(tokenParams) p: z.infer<typeof tokenParams>, @GeldigeBody(ervaringsmetingSchema) antwoorden: ErvaringsmetingInvoer) {
    await this.ervaring.beantwoord(p.token, antwoorden);
  }
}
