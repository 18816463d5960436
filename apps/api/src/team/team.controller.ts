import { Controller, Delete, HttpCode, Post, Put } from '@nestjs/common';
import { bijdrageSchema, evaluatiePlannenSchema, evaluatieVastleggenSchema, grondslagenSchema, regieAfspraakSchema, teamlidBeeindigenSchema, teamlidSchema, toestemmingIntrekkenSchema, toestemmingSchema, veiligheidssignaalSchema, z, type RegieAfspraakInvoer, type TeamlidInvoer } from '@eenplan/contracts';
import { Vereist } from '../common/toegang.js';
import { AntwoordtMetDossier, GeldigeBody, GeldigeParams, GeldigeQuery, idParams, type IdParams, versieQuery, type VersieQuery } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { DossierLezer } from '../dossier/dossier-lezer.js';
import { EvaluatiesService } from './evaluaties.service.js';
import { TeamService } from './team.service.js';
import { Antwoorden, Omschrijving, Onderdeel } from '../common/documentatie.js';


/** Team, consent, legal basis, safety, regie, evaluations and contributions. Each answers with the household as it is now. */
@Onderdeel('team', 'Het team rond het huishouden: teamleden, toestemmingen, grondslagen, veiligheid, regie, evaluaties en bijdragen.')
@Controller()
export class TeamController {
  constructor(
    private readonly team: TeamService,
    private readonly evaluaties: EvaluatiesService,
    private readonly dossier: DossierLezer,
  ) {}

  @Post('huishoudens/:id/team')
  @Omschrijving('Voegt een professional of iemand uit het netwerk toe aan het team.')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async voegTeamlidToe(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(teamlidSchema) invoer: TeamlidInvoer) {
    return this.dossier.naWijziging(ik, await this.team.voegTeamlidToe(ik, p.id, invoer));
  }

  @Post('team/:id/beeindigen')
  @Omschrijving('Beëindigt de deelname van een teamlid per een datum.')
  @HttpCode(200)
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async beeindigTeamlid(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(teamlidBeeindigenSchema) invoer: z.infer<typeof teamlidBeeindigenSchema>) {
    return this.dossier.naWijziging(ik, await this.team.beeindigTeamlid(ik, p.id, invoer));
  }

  @Post('huishoudens/:id/toestemmingen')
  @Omschrijving('Legt de toestemming van het huishouden vast om gegevens met een organisatie te delen.')
  @Antwoorden(409)
  @Vereist('toestemming', 'Huishouden')
  @AntwoordtMetDossier()
  async geefToestemming(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(toestemmingSchema) invoer: z.infer<typeof toestemmingSchema>) {
    return this.dossier.naWijziging(ik, await this.team.geefToestemming(ik, p.id, invoer));
  }

  @Post('toestemmingen/:id/intrekken')
  @Omschrijving('Trekt een toestemming in per een datum.')
  @Antwoorden(409)
  @HttpCode(200)
  @Vereist('toestemming', 'Huishouden')
  @AntwoordtMetDossier()
  async trekToestemmingIn(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(toestemmingIntrekkenSchema) invoer: z.infer<typeof toestemmingIntrekkenSchema>) {
    return this.dossier.naWijziging(ik, await this.team.trekToestemmingIn(ik, p.id, invoer));
  }

  @Put('huishoudens/:id/grondslagen')
  @Omschrijving('Legt de wetten vast waarop de hulp berust (Wmo 2015, Jeugdwet, Participatiewet).')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async zetGrondslagen(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(grondslagenSchema) invoer: z.infer<typeof grondslagenSchema>) {
    return this.dossier.naWijziging(ik, await this.team.zetGrondslagen(ik, p.id, invoer));
  }

  @Post('huishoudens/:id/veiligheidssignalen')
  @Omschrijving('Legt een veiligheidssignaal vast met de stap van de meldcode.')
  @Vereist('bijdragen', 'Huishouden')
  @AntwoordtMetDossier()
  async legVeiligheidssignaalVast(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(veiligheidssignaalSchema) invoer: z.infer<typeof veiligheidssignaalSchema>) {
    return this.dossier.naWijziging(ik, await this.team.legVeiligheidssignaalVast(ik, p.id, invoer));
  }

  @Post('huishoudens/:id/regie')
  @Omschrijving('Legt vast wie de regie heeft, met start- en evaluatiedatum.')
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async legRegieVast(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(regieAfspraakSchema) invoer: RegieAfspraakInvoer) {
    return this.dossier.naWijziging(ik, await this.team.legRegieVast(ik, p.id, invoer));
  }

  @Delete('regie-afspraken/:id')
  @Omschrijving('Beëindigt een regie-afspraak.')
  @Antwoorden(409)
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async beeindigRegie(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeQuery(versieQuery) q: VersieQuery) {
    return this.dossier.naWijziging(ik, await this.team.beeindigRegie(ik, p.id, q.versie));
  }

  @Post('huishoudens/:id/evaluaties')
  @Omschrijving('Plant een evaluatiemoment van het actieve plan.')
  @Antwoorden(409)
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async planEvaluatie(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(evaluatiePlannenSchema) invoer: z.infer<typeof evaluatiePlannenSchema>) {
    return this.dossier.naWijziging(ik, await this.evaluaties.plan(ik, p.id, invoer));
  }

  @Post('evaluaties/:id/vastleggen')
  @Omschrijving('Legt de uitkomst van een evaluatie vast: de voortgang per doel.')
  @Antwoorden(409)
  @HttpCode(200)
  @Vereist('update', 'Huishouden')
  @AntwoordtMetDossier()
  async legEvaluatieVast(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(evaluatieVastleggenSchema) invoer: z.infer<typeof evaluatieVastleggenSchema>) {
    return this.dossier.naWijziging(ik, await this.evaluaties.legVast(ik, p.id, invoer));
  }

  @Post('huishoudens/:id/bijdragen')
  @Omschrijving('Voegt een bijdrage (notitie) van een teamlid toe aan het dossier.')
  @Vereist('bijdragen', 'Huishouden')
  @AntwoordtMetDossier()
  async voegBijdrageToe(@HuidigeGebruiker() ik: Ingelogd, @GeldigeParams(idParams) p: IdParams, @GeldigeBody(bijdrageSchema) invoer: z.infer<typeof bijdrageSchema>) {
    return this.dossier.naWijziging(ik, await this.team.voegBijdrageToe(ik, p.id, invoer));
  }
}
