import { Module } from '@nestjs/common';
import { PlannenController } from '../plannen/plannen.controller.js';
import { PlanLezer } from '../plannen/plan-lezer.js';
import { PlannenService } from '../plannen/plannen.service.js';
import { WerkvoorraadController } from '../werkvoorraad/werkvoorraad.controller.js';
import { WerkvoorraadService } from '../werkvoorraad/werkvoorraad.service.js';
import { HuishoudenToegangService } from './huishouden-toegang.service.js';
import { HuishoudensController } from './huishoudens.controller.js';
import { HuishoudensService } from './huishoudens.service.js';

/** Case work: households, their one plan, and the werkvoorraad built on them. */
@Module({
  controllers: [HuishoudensController, PlannenController, WerkvoorraadController],
  providers: [HuishoudenToegangService, HuishoudensService, PlanLezer, PlannenService, WerkvoorraadService],
  exports: [HuishoudenToegangService],
})
export class HuishoudensModule {}
