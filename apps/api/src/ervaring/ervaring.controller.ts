import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ervaringsmetingSchema, positieveGezondheidSchema, z, type ErvaringsmetingInvoer } from '@eenplan/contracts';
import { Publiek, Vereist } from '../common/toegang.js';
import { GeldigeBody, GeldigeParams, idParams, type IdParams } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { ErvaringService } from './ervaring.service.js';

const tokenParams = z.object({ token: z.string().regex(/^[\w-]{43}$/, 'Deze link is niet compleet.') }).strict();

@Controller()
export class ErvaringController {
  constructor(private readonly ervaring: ErvaringService) {}

  @Post('evaluaties/:id/ervaringsmeting')
  @Vereist('update', 'Huishouden')
  async legVast(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(ervaringsmetingSchema) antwoorden: ErvaringsmetingInvoer) {
    await this.ervaring.legVast(ik, p.id, antwoorden);
    return { opgeslagen: true };
  }

  @Post('evaluaties/:id/meetlink')
  @Vereist('update', 'Huishouden')
  maakLink(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams) {
    return this.ervaring.maakLink(ik, p.id);
  }

  @Post('huishoudens/:id/positieve-gezondheid')
  @Vereist('update', 'Huishouden')
  async gezondheid(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(positieveGezondheidSchema) invoer: z.infer<typeof positieveGezondheidSchema>) {
    await this.ervaring.legGezondheidVast(ik, p.id, invoer);
    return { opgeslagen: true };
  }

  /** Public: the household opens the link without an account. The token is the only key. */
  @Get('ervaring/:token')
  @Publiek()
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
