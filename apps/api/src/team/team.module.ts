import { Module } from '@nestjs/common';
import { DossierModule } from '../dossier/dossier.module.js';
import { ToegangModule } from '../toegang/toegang.module.js';
import { EvaluatiesService } from './evaluaties.service.js';
import { TeamController } from './team.controller.js';
import { TeamService } from './team.service.js';

/** One team around the household: members, consent, legal basis, safety, regie, evaluations, contributions. */
@Module({ imports: [ToegangModule, DossierModule], controllers: [TeamController], providers: [TeamService, EvaluatiesService] })
export class TeamModule {}
