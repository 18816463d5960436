import { Module } from '@nestjs/common';
import { ErvaringController } from '../ervaring/ervaring.controller.js';
import { ErvaringLezer } from '../ervaring/ervaring-lezer.js';
import { ErvaringService } from '../ervaring/ervaring.service.js';
import { PlannenController } from '../plannen/plannen.controller.js';
import { PlanLezer } from '../plannen/plan-lezer.js';
import { PlannenService } from '../plannen/plannen.service.js';
import { EvaluatiesService } from '../team/evaluaties.service.js';
import { TeamLezer } from '../team/team-lezer.js';
import { TeamController } from '../team/team.controller.js';
import { TeamService } from '../team/team.service.js';
import { VerwijsindexController } from '../team/verwijsindex.controller.js';
import { VerwijsindexService } from '../team/verwijsindex.service.js';
import { WerkvoorraadController } from '../werkvoorraad/werkvoorraad.controller.js';
import { WerkvoorraadService } from '../werkvoorraad/werkvoorraad.service.js';
import { HuishoudenToegangService } from './huishouden-toegang.service.js';
import { HuishoudensController } from './huishoudens.controller.js';
import { HuishoudensService } from './huishoudens.service.js';

/** Case work: households, their one plan, the team around them, and the werkvoorraad built on them. */
@Module({
  controllers: [ErvaringController, HuishoudensController, PlannenController, TeamController, VerwijsindexController, WerkvoorraadController],
  providers: [ErvaringLezer, ErvaringService, HuishoudenToegangService, HuishoudensService, PlanLezer, PlannenService, TeamLezer, TeamService, EvaluatiesService, VerwijsindexService, WerkvoorraadService],
  exports: [HuishoudenToegangService],
})
export class HuishoudensModule {}
