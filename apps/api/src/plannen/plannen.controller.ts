import { Controller, Delete, HttpCode, Patch, Post } from '@nestjs/common';
import { actieWijzigenSchema, doelWijzigenSchema, nieuweActieSchema, nieuwDoelSchema, planAfsluitenSchema, planVaststellenSchema, z } from '@eenplan/contracts';
import { Vereist } from '../common/toegang.js';
import { GeldigeBody, GeldigeParams, GeldigeQuery, idParams, type IdParams, versieQuery, type VersieQuery } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { PlannenService } from './plannen.service.js';

const leegBody = z.object({}).strict();

/** Plan, doel and actie routes. Access is always decided on the household they belong to. */
@Controller()
export class PlannenController {
  constructor(private readonly plannen: PlannenService) {}

  @Post('huishoudens/:id/plannen')
  @Vereist('update', 'Huishouden')
  nieuwPlan(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(leegBody) _body: object) {
    return this.plannen.nieuwPlan(ik, p.id);
  }

  @Post('plannen/:id/doelen')
  @Vereist('update', 'Huishouden')
  voegDoelToe(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(nieuwDoelSchema) invoer: z.infer<typeof nieuwDoelSchema>) {
    return this.plannen.voegDoelToe(ik, p.id, invoer);
  }

  @Post('plannen/:id/vaststellen')
  @HttpCode(200)
  @Vereist('update', 'Huishouden')
  vaststellen(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(planVaststellenSchema) invoer: z.infer<typeof planVaststellenSchema>) {
    return this.plannen.vaststellen(ik, p.id, invoer);
  }

  @Post('plannen/:id/afsluiten')
  @HttpCode(200)
  @Vereist('update', 'Huishouden')
  afsluiten(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(planAfsluitenSchema) invoer: z.infer<typeof planAfsluitenSchema>) {
    return this.plannen.afsluiten(ik, p.id, invoer);
  }

  @Patch('doelen/:id')
  @Vereist('update', 'Huishouden')
  wijzigDoel(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(doelWijzigenSchema) invoer: z.infer<typeof doelWijzigenSchema>) {
    return this.plannen.wijzigDoel(ik, p.id, invoer);
  }

  @Delete('doelen/:id')
  @Vereist('update', 'Huishouden')
  verwijderDoel(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeQuery(versieQuery) q: VersieQuery) {
    return this.plannen.verwijderDoel(ik, p.id, q.versie);
  }

  @Post('doelen/:id/acties')
  @Vereist('update', 'Huishouden')
  voegActieToe(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(nieuweActieSchema) invoer: z.infer<typeof nieuweActieSchema>) {
    return this.plannen.voegActieToe(ik, p.id, invoer);
  }

  @Patch('acties/:id')
  @Vereist('update', 'Actie')
  wijzigActie(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(actieWijzigenSchema) invoer: z.infer<typeof actieWijzigenSchema>) {
    return this.plannen.wijzigActie(ik, p.id, invoer);
  }

  @Delete('acties/:id')
  @Vereist('update', 'Huishouden')
  verwijderActie(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeQuery(versieQuery) q: VersieQuery) {
    return this.plannen.verwijderActie(ik, p.id, q.versie);
  }
}
