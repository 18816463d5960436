import { Module } from '@nestjs/common';
import { DossierModule } from '../dossier/dossier.module.js';
import { ToegangModule } from '../toegang/toegang.module.js';
import { HuishoudensController } from './huishoudens.controller.js';
import { HuishoudensService } from './huishoudens.service.js';

/** Households: register, list and search, the address and members, the timeline and inzage. */
@Module({ imports: [ToegangModule, DossierModule], controllers: [HuishoudensController], providers: [HuishoudensService] })
export class HuishoudensModule {}
