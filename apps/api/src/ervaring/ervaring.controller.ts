import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ervaringVragenAntwoord, meetlinkAntwoord, ervaringsmetingSchema, positieveGezondheidSchema, z, type ErvaringsmetingInvoer } from '@eenplan/contracts';
import { Publiek, Vereist } from '../common/toegang.js';
import { Antwoord, AntwoordtMetDossier, GeldigeBody, GeldigeParams, idParams, type IdParams } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { DossierLezer } from '../dossier/dossier-lezer.js';
import { ErvaringService } from './ervaring.service.js';
import { Antwoorden, Omschrijving, Onderdeel } from '../common/documentatie.js';

const tokenParams = z.object({ token: z.string().regex(/^[\w-]{43}$/, 'Deze link is niet compleet.') }).strict();

@Onderdeel('ervaring', 'Ervaringsmeting en positieve gezondheid, en de eenmalige link waarmee het huishouden de vragen zelf beantwoordt.')
@Controller()
export class ErvaringController {
  constructor(
    private readonly ervaring: ErvaringService,
    private readonly dossier: DossierLezer,
  ) {}

  @Post('evaluaties/:id/ervaringsmeting')
  @Omschrijving('Legt de ervaringsmeting van een evaluatie vast, ingevuld samen met het huishouden; één keer per evaluatie.')
  @Antwoorden(409)
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async legVast(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(ervaringsmetingSchema) antwoorden: ErvaringsmetingInvoer) {
    return this.dossier.naWijziging(ik, await this.ervaring.legVast(ik, p.id, antwoorden));
  }

  @Post('evaluaties/:id/meetlink')
  @Omschrijving('Maakt een eenmalige link waarmee het huishouden de ervaringsvragen zelf beantwoordt; een eerdere link vervalt. De link wordt maar één keer getoond.')
  @Antwoorden(409)
  @Vereist('update', 'Huishouden')
  @Antwoord('Meetlink', meetlinkAntwoord)
  maakLink(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams) {
    return this.ervaring.maakLink(ik, p.id);
  }

  @Post('huishoudens/:id/positieve-gezondheid')
  @Omschrijving('Legt een meting positieve gezondheid van een lid van het huishouden vast.')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async gezondheid(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(positieveGezondheidSchema) invoer: z.infer<typeof positieveGezondheidSchema>) {
    return this.dossier.naWijziging(ik, await this.ervaring.legGezondheidVast(ik, p.id, invoer));
  }

  /** Public: the household opens the link without an account. The token is the only key. */
  @Get('ervaring/:token')
  @Omschrijving('De stellingen van de ervaringsmeting, voor wie de link heeft (zonder inloggen).')
  @Antwoorden(410)
  @Publiek()
  @Antwoord('ErvaringVragen', ervaringVragenAntwoord)
  vragen(@GeldigeParams(tokenParams) p: z.infer<typeof tokenParams>) {
    return this.ervaring.vragen(p.token);
  }

  @Post('ervaring/:token')
  @Omschrijving('Beantwoordt de ervaringsvragen via de eenmalige link; daarna werkt de link niet meer.')
  @Antwoorden(410)
  @HttpCode(204)
  @Publiek()
  async beantwoord(@GeldigeParams(tokenParams) p: z.infer<typeof tokenParams>, @GeldigeBody(ervaringsmetingSchema) antwoorden: ErvaringsmetingInvoer) {
    await this.ervaring.beantwoord(p.token, antwoorden);
  }
}
