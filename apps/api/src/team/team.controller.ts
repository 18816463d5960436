import { Controller, Delete, HttpCode, Post, Put } from '@nestjs/common';
import { bijdrageSchema, evaluatiePlannenSchema, evaluatieVastleggenSchema, grondslagenSchema, regieAfspraakSchema, teamlidBeeindigenSchema, teamlidSchema, toestemmingIntrekkenSchema, toestemmingSchema, veiligheidssignaalSchema, z, type RegieAfspraakInvoer, type TeamlidInvoer } from '@eenplan/contracts';
import { Vereist } from '../common/toegang.js';
import { GeldigeBody, GeldigeParams, GeldigeQuery, idParams, type IdParams, versieQuery, type VersieQuery } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { HuishoudensService } from '../huishoudens/huishoudens.service.js';
import { EvaluatiesService } from './evaluaties.service.js';
import { TeamService } from './team.service.js';


/** Team, consent, legal basis, safety, regie, evaluations and contributions. Each answers with the household as it is now. */
@Controller()
export class TeamController {
  constructor(
    private readonly team: TeamService,
    private readonly evaluaties: EvaluatiesService,
    private readonly huishoudens: HuishoudensService,
  ) {}

  @Post('huishoudens/:id/team')
  @Vereist('update', 'Huishouden')
  async voegTeamlidToe(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(teamlidSchema) invoer: TeamlidInvoer) {
    await this.team.voegTeamlidToe(ik, p.id, invoer);
    return this.huishoudens.detail(ik, p.id, false);
  }

  @Post('team/:id/beeindigen')
  @HttpCode(200)
  @Vereist('update', 'Huishouden')
  async beeindigTeamlid(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(teamlidBeeindigenSchema) invoer: z.infer<typeof teamlidBeeindigenSchema>) {
    return this.huishoudens.detail(ik, await this.team.beeindigTeamlid(ik, p.id, invoer), false);
  }

  @Post('huishoudens/:id/toestemmingen')
  @Vereist('update', 'Huishouden')
  async geefToestemming(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(toestemmingSchema) invoer: z.infer<typeof toestemmingSchema>) {
    await this.team.geefToestemming(ik, p.id, invoer);
    return this.huishoudens.detail(ik, p.id, false);
  }

  @Post('toestemmingen/:id/intrekken')
  @HttpCode(200)
  @Vereist('update', 'Huishouden')
  async trekToestemmingIn(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(toestemmingIntrekkenSchema) invoer: z.infer<typeof toestemmingIntrekkenSchema>) {
    return this.huishoudens.detail(ik, await this.team.trekToestemmingIn(ik, p.id, invoer), false);
  }

  @Put('huishoudens/:id/grondslagen')
  @Vereist('update', 'Huishouden')
  async zetGrondslagen(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(grondslagenSchema) invoer: z.infer<typeof grondslagenSchema>) {
    await this.team.zetGrondslagen(ik, p.id, invoer);
    return this.huishoudens.detail(ik, p.id, false);
  }

  @Post('huishoudens/:id/veiligheidssignalen')
  @Vereist('bijdragen', 'Huishouden')
  async legVeiligheidssignaalVast(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(veiligheidssignaalSchema) invoer: z.infer<typeof veiligheidssignaalSchema>) {
    await this.team.legVeiligheidssignaalVast(ik, p.id, invoer);
    return this.huishoudens.detail(ik, p.id, false);
  }

  @Post('huishoudens/:id/regie')
  @Vereist('update', 'Huishouden')
  async legRegieVast(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(regieAfspraakSchema) invoer: RegieAfspraakInvoer) {
    await this.team.legRegieVast(ik, p.id, invoer);
    return this.huishoudens.detail(ik, p.id, false);
  }

  @Delete('regie-afspraken/:id')
  @Vereist('update', 'Huishouden')
  async beeindigRegie(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeQuery(versieQuery) q: VersieQuery) {
    return this.huishoudens.detail(ik, await this.team.beeindigRegie(ik, p.id, q.versie), false);
  }

  @Post('huishoudens/:id/evaluaties')
  @Vereist('update', 'Huishouden')
  async planEvaluatie(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(evaluatiePlannenSchema) invoer: z.infer<typeof evaluatiePlannenSchema>) {
    await this.evaluaties.plan(ik, p.id, invoer);
    return this.huishoudens.detail(ik, p.id, false);
  }

  @Post('evaluaties/:id/vastleggen')
  @HttpCode(200)
  @Vereist('update', 'Huishouden')
  async legEvaluatieVast(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(evaluatieVastleggenSchema) invoer: z.infer<typeof evaluatieVastleggenSchema>) {
    return this.huishoudens.detail(ik, await this.evaluaties.legVast(ik, p.id, invoer), false);
  }

  @Post('huishoudens/:id/bijdragen')
  @Vereist('bijdragen', 'Huishouden')
  async voegBijdrageToe(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(bijdrageSchema) invoer: z.infer<typeof bijdrageSchema>) {
    await this.team.voegBijdrageToe(ik, p.id, invoer);
    return this.huishoudens.detail(ik, p.id, false);
  }
}
