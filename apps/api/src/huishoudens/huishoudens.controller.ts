import { Controller, Delete, Get, Headers, Patch, Post } from '@nestjs/common';
import { huishoudenRegelAntwoord, inzageRegelAntwoord, paginaAntwoord, tijdlijnRegelAntwoord, huishoudenLijstSchema, huishoudenWijzigenSchema, idVeld, lidSchema, lidWijzigenSchema, nieuwHuishoudenSchema, z, type HuishoudenLijstQuery, type LidInvoer, type NieuwHuishoudenInvoer } from '@eenplan/contracts';
import { Vereist } from '../common/toegang.js';
import { Antwoord, AntwoordtMetDossier, GeldigeBody, GeldigeParams, GeldigeQuery, idParams, type IdParams, versieQuery, type VersieQuery } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { DossierLezer } from '../dossier/dossier-lezer.js';
import { HuishoudensService } from './huishoudens.service.js';
import { leesSleutel } from './idempotentie.js';

const lidParams = z.object({ id: idVeld, lidId: idVeld }).strict();

@Controller('huishoudens')
export class HuishoudensController {
  constructor(
    private readonly huishoudens: HuishoudensService,
    private readonly dossier: DossierLezer,
  ) {}

  @Get()
  @Vereist('read', 'Huishouden')
  @Antwoord('HuishoudenPagina', paginaAntwoord(huishoudenRegelAntwoord))
  lijst(@HuidigeGebruiker() ik: Ingelogd, @GeldigeQuery(huishoudenLijstSchema) query: HuishoudenLijstQuery) {
    return this.huishoudens.lijst(ik, query);
  }

  @Post()
  @Vereist('create', 'Huishouden')
  @AntwoordtMetDossier()
  maak(@HuidigeGebruiker() ik: Ingelogd, @GeldigeBody(nieuwHuishoudenSchema) invoer: NieuwHuishoudenInvoer, @Headers('idempotency-key') sleutel: string | undefined) {
    // Idempotency-Key (optional): the same key and body answer with the household made the first time.
    return this.huishoudens.maak(ik, invoer, leesSleutel(sleutel));
  }

  @Get(':id')
  @Vereist('read', 'Huishouden')
  @AntwoordtMetDossier()
  detail(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams) {
    return this.huishoudens.detail(ik, p.id);
  }

  @Patch(':id')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async wijzig(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(huishoudenWijzigenSchema) invoer: z.infer<typeof huishoudenWijzigenSchema>) {
    return this.dossier.naWijziging(ik, await this.huishoudens.wijzig(ik, p.id, invoer));
  }

  @Post(':id/leden')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async voegLidToe(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(lidSchema) lid: LidInvoer) {
    return this.dossier.naWijziging(ik, await this.huishoudens.voegLidToe(ik, p.id, lid));
  }

  @Patch(':id/leden/:lidId')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async wijzigLid(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(lidParams) p: z.infer<typeof lidParams>, @GeldigeBody(lidWijzigenSchema) invoer: z.infer<typeof lidWijzigenSchema>) {
    return this.dossier.naWijziging(ik, await this.huishoudens.wijzigLid(ik, p.id, p.lidId, invoer));
  }

  @Delete(':id/leden/:lidId')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async verwijderLid(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(lidParams) p: z.infer<typeof lidParams>, @GeldigeQuery(versieQuery) q: VersieQuery) {
    return this.dossier.naWijziging(ik, await this.huishoudens.verwijderLid(ik, p.id, p.lidId, q.versie));
  }

  @Get(':id/tijdlijn')
  @Vereist('read', 'Huishouden')
  @Antwoord('Tijdlijn', z.array(tijdlijnRegelAntwoord))
  tijdlijn(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams) {
    return this.huishoudens.tijdlijn(ik, p.id);
  }

  @Get(':id/inzage')
  @Vereist('inzage', 'Huishouden')
  @Antwoord('Inzage', z.array(inzageRegelAntwoord))
  inzage(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams) {
    return this.huishoudens.inzage(ik, p.id);
  }
}
