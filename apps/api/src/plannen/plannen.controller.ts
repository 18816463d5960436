import { Controller, Delete, HttpCode, Patch, Post } from '@nestjs/common';
import { actieWijzigenSchema, doelWijzigenSchema, nieuweActieSchema, nieuwDoelSchema, planAfsluitenSchema, planVaststellenSchema, z } from '@eenplan/contracts';
import { Vereist } from '../common/toegang.js';
import { AntwoordtMetDossier, GeldigeBody, GeldigeParams, GeldigeQuery, idParams, type IdParams, versieQuery, type VersieQuery } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { DossierLezer } from '../dossier/dossier-lezer.js';
import { PlannenService } from './plannen.service.js';
import { Antwoorden, Omschrijving, Onderdeel } from '../common/documentatie.js';

const leegBody = z.object({}).strict();

/** Plan, doel and actie routes. Access is always decided on the household they belong to; each answers with the household. */
@Onderdeel('plannen', 'Het plan van aanpak: doelen, acties, vaststellen en afsluiten. Een afgesloten plan verandert niet meer (409).')
@Antwoorden(409)
@Controller()
export class PlannenController {
  constructor(
    private readonly plannen: PlannenService,
    private readonly dossier: DossierLezer,
  ) {}

  @Post('huishoudens/:id/plannen')
  @Omschrijving('Start een nieuw conceptplan nadat het vorige is afgesloten.')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async nieuwPlan(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(leegBody) _body: object) {
    return this.dossier.naWijziging(ik, await this.plannen.nieuwPlan(ik, p.id));
  }

  @Post('plannen/:id/doelen')
  @Omschrijving('Voegt een doel op een leefgebied toe aan het plan, in de woorden van het huishouden.')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async voegDoelToe(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(nieuwDoelSchema) invoer: z.infer<typeof nieuwDoelSchema>) {
    return this.dossier.naWijziging(ik, await this.plannen.voegDoelToe(ik, p.id, invoer));
  }

  @Post('plannen/:id/vaststellen')
  @Omschrijving('Stelt het plan vast, met de datum waarop het huishouden akkoord gaf.')
  @HttpCode(200)
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async vaststellen(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(planVaststellenSchema) invoer: z.infer<typeof planVaststellenSchema>) {
    return this.dossier.naWijziging(ik, await this.plannen.vaststellen(ik, p.id, invoer));
  }

  @Post('plannen/:id/afsluiten')
  @Omschrijving('Sluit het plan af met een reden en per doel of het bereikt is.')
  @HttpCode(200)
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async afsluiten(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(planAfsluitenSchema) invoer: z.infer<typeof planAfsluitenSchema>) {
    return this.dossier.naWijziging(ik, await this.plannen.afsluiten(ik, p.id, invoer));
  }

  @Patch('doelen/:id')
  @Omschrijving('Wijzigt een doel.')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async wijzigDoel(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(doelWijzigenSchema) invoer: z.infer<typeof doelWijzigenSchema>) {
    return this.dossier.naWijziging(ik, await this.plannen.wijzigDoel(ik, p.id, invoer));
  }

  @Delete('doelen/:id')
  @Omschrijving('Verwijdert een doel met zijn acties.')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async verwijderDoel(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeQuery(versieQuery) q: VersieQuery) {
    return this.dossier.naWijziging(ik, await this.plannen.verwijderDoel(ik, p.id, q.versie));
  }

  @Post('doelen/:id/acties')
  @Omschrijving('Voegt een actie toe aan een doel, met eigenaar en deadline.')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async voegActieToe(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(nieuweActieSchema) invoer: z.infer<typeof nieuweActieSchema>) {
    return this.dossier.naWijziging(ik, await this.plannen.voegActieToe(ik, p.id, invoer));
  }

  @Patch('acties/:id')
  @Omschrijving('Wijzigt een actie (ook de eigenaar van de actie, voor zijn status).')
  @Vereist('update', 'Actie')
  @AntwoordtMetDossier()
  async wijzigActie(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(actieWijzigenSchema) invoer: z.infer<typeof actieWijzigenSchema>) {
    return this.dossier.naWijziging(ik, await this.plannen.wijzigActie(ik, p.id, invoer));
  }

  @Delete('acties/:id')
  @Omschrijving('Verwijdert een actie.')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async verwijderActie(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeQuery(versieQuery) q: VersieQuery) {
    return this.dossier.naWijziging(ik, await this.plannen.verwijderActie(ik, p.id, q.versie));
  }
}
