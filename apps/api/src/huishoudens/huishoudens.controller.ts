import { Controller, Delete, Get, Headers, Patch, Post } from '@nestjs/common';
import { huishoudenRegelAntwoord, inzageRegelAntwoord, paginaAntwoord, tijdlijnRegelAntwoord, huishoudenLijstSchema, huishoudenWijzigenSchema, idVeld, lidSchema, lidWijzigenSchema, nieuwHuishoudenSchema, z, type HuishoudenLijstQuery, type LidInvoer, type NieuwHuishoudenInvoer } from '@eenplan/contracts';
import { Vereist } from '../common/toegang.js';
import { Antwoord, AntwoordtMetDossier, GeldigeBody, GeldigeParams, GeldigeQuery, idParams, type IdParams, versieQuery, type VersieQuery } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { DossierLezer } from '../dossier/dossier-lezer.js';
import { HuishoudensService } from './huishoudens.service.js';
import { Omschrijving, Onderdeel } from '../common/documentatie.js';
import { leesSleutel } from './idempotentie.js';

const lidParams = z.object({ id: idVeld, lidId: idVeld }).strict();

@Onderdeel('huishoudens', 'Huishoudens en hun leden, de tijdlijn van wijzigingen en de AVG-inzage.')
@Controller('huishoudens')
export class HuishoudensController {
  constructor(
    private readonly huishoudens: HuishoudensService,
    private readonly dossier: DossierLezer,
  ) {}

  @Get()
  @Omschrijving('Zoekt en bladert in de huishoudens die u mag zien (op naam of postcode).')
  @Vereist('read', 'Huishouden')
  @Antwoord('HuishoudenPagina', paginaAntwoord(huishoudenRegelAntwoord))
  lijst(@HuidigeGebruiker() ik: Ingelogd, @GeldigeQuery(huishoudenLijstSchema) query: HuishoudenLijstQuery) {
    return this.huishoudens.lijst(ik, query);
  }

  @Post()
  @Omschrijving('Registreert een huishouden met zijn leden in een van uw gemeenten en start het conceptplan.')
  @Vereist('create', 'Huishouden')
  @AntwoordtMetDossier()
  maak(@HuidigeGebruiker() ik: Ingelogd, @GeldigeBody(nieuwHuishoudenSchema) invoer: NieuwHuishoudenInvoer, @Headers('idempotency-key') sleutel: string | undefined) {
    // Idempotency-Key (optional): the same key and body answer with the household made the first time.
    return this.huishoudens.maak(ik, invoer, leesSleutel(sleutel));
  }

  @Get(':id')
  @Omschrijving('Het dossier van een huishouden: leden, team, plan, afspraken en wat u ermee mag.')
  @Vereist('read', 'Huishouden')
  @AntwoordtMetDossier()
  detail(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams) {
    return this.huishoudens.detail(ik, p.id);
  }

  @Patch(':id')
  @Omschrijving('Wijzigt het adres van een huishouden.')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async wijzig(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(huishoudenWijzigenSchema) invoer: z.infer<typeof huishoudenWijzigenSchema>) {
    return this.dossier.naWijziging(ik, await this.huishoudens.wijzig(ik, p.id, invoer));
  }

  @Post(':id/leden')
  @Omschrijving('Voegt een lid toe aan het huishouden.')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async voegLidToe(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(lidSchema) lid: LidInvoer) {
    return this.dossier.naWijziging(ik, await this.huishoudens.voegLidToe(ik, p.id, lid));
  }

  @Patch(':id/leden/:lidId')
  @Omschrijving('Wijzigt een lid van het huishouden.')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async wijzigLid(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(lidParams) p: z.infer<typeof lidParams>, @GeldigeBody(lidWijzigenSchema) invoer: z.infer<typeof lidWijzigenSchema>) {
    return this.dossier.naWijziging(ik, await this.huishoudens.wijzigLid(ik, p.id, p.lidId, invoer));
  }

  @Delete(':id/leden/:lidId')
  @Omschrijving('Verwijdert een lid uit het huishouden.')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async verwijderLid(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(lidParams) p: z.infer<typeof lidParams>, @GeldigeQuery(versieQuery) q: VersieQuery) {
    return this.dossier.naWijziging(ik, await this.huishoudens.verwijderLid(ik, p.id, p.lidId, q.versie));
  }

  @Get(':id/tijdlijn')
  @Omschrijving('Elke wijziging aan het dossier: wie, wanneer, wat (BSN-waarden nooit).')
  @Vereist('read', 'Huishouden')
  @Antwoord('Tijdlijn', z.array(tijdlijnRegelAntwoord))
  tijdlijn(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams) {
    return this.huishoudens.tijdlijn(ik, p.id);
  }

  @Get(':id/inzage')
  @Omschrijving('AVG-inzage: wie dit dossier las of wijzigde (alleen voor de casemanager).')
  @Vereist('inzage', 'Huishouden')
  @Antwoord('Inzage', z.array(inzageRegelAntwoord))
  inzage(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams) {
    return this.huishoudens.inzage(ik, p.id);
  }
}
