import { Module } from '@nestjs/common';
import { DossierModule } from '../dossier/dossier.module.js';
import { ToegangModule } from '../toegang/toegang.module.js';
import { PlannenController } from './plannen.controller.js';
import { PlannenService } from './plannen.service.js';

/** The plan van aanpak: doelen, acties, vaststellen, afsluiten. */
@Module({ imports: [ToegangModule, DossierModule], controllers: [PlannenController], providers: [PlannenService] })
export class PlannenModule {}
