import { Controller, Delete, Get, Patch, Post } from '@nestjs/common';
import { huishoudenLijstSchema, huishoudenWijzigenSchema, idVeld, lidSchema, lidWijzigenSchema, nieuwHuishoudenSchema, z, type HuishoudenLijstQuery, type LidInvoer, type NieuwHuishoudenInvoer } from '@eenplan/contracts';
import { Vereist } from '../common/toegang.js';
import { GeldigeBody, GeldigeParams, GeldigeQuery, idParams, type IdParams, versieQuery, type VersieQuery } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { HuishoudensService } from './huishoudens.service.js';

const lidParams = z.object({ id: idVeld, lidId: idVeld }).strict();

@Controller('huishoudens')
export class HuishoudensController {
  constructor(private readonly huishoudens: HuishoudensService) {}

  @Get()
  @Vereist('read', 'Huishouden')
  lijst(@HuidigeGebruiker() ik: Ingelogd, @GeldigeQuery(huishoudenLijstSchema) query: HuishoudenLijstQuery) {
    return this.huishoudens.lijst(ik, query);
  }

  @Post()
  @Vereist('create', 'Huishouden')
  maak(@HuidigeGebruiker() ik: Ingelogd, @GeldigeBody(nieuwHuishoudenSchema) invoer: NieuwHuishoudenInvoer) {
    return this.huishoudens.maak(ik, invoer);
  }

  @Get(':id')
  @Vereist('read', 'Huishouden')
  detail(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams) {
    return this.huishoudens.detail(ik, p.id);
  }

  @Patch(':id')
  @Vereist('update', 'Huishouden')
  wijzig(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(huishoudenWijzigenSchema) invoer: z.infer<typeof huishoudenWijzigenSchema>) {
    return this.huishoudens.wijzig(ik, p.id, invoer);
  }

  @Post(':id/leden')
  @Vereist('update', 'Huishouden')
  voegLidToe(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(lidSchema) lid: LidInvoer) {
    return this.huishoudens.voegLidToe(ik, p.id, lid);
  }

  @Patch(':id/leden/:lidId')
  @Vereist('update', 'Huishouden')
  wijzigLid(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(lidParams) p: z.infer<typeof lidParams>, @GeldigeBody(lidWijzigenSchema) invoer: z.infer<typeof lidWijzigenSchema>) {
    return this.huishoudens.wijzigLid(ik, p.id, p.lidId, invoer);
  }

  @Delete(':id/leden/:lidId')
  @Vereist('update', 'Huishouden')
  verwijderLid(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(lidParams) p: z.infer<typeof lidParams>, @GeldigeQuery(versieQuery) q: VersieQuery) {
    return this.huishoudens.verwijderLid(ik, p.id, p.lidId, q.versie);
  }

  @Get(':id/tijdlijn')
  @Vereist('read', 'Huishouden')
  tijdlijn(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams) {
    return this.huishoudens.tijdlijn(ik, p.id);
  }

  @Get(':id/inzage')
  @Vereist('inzage', 'Huishouden')
  inzage(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams) {
    return this.huishoudens.inzage(ik, p.id);
  }
}
