import { Module } from '@nestjs/common';
import { DossierModule } from '../dossier/dossier.module.js';
import { ToegangModule } from '../toegang/toegang.module.js';
import { ErvaringController } from './ervaring.controller.js';
import { ErvaringService } from './ervaring.service.js';

/** Thema 2 measurements in the file: ervaringsmeting (with the household or by a one-time link) and positieve gezondheid. */
@Module({ imports: [ToegangModule, DossierModule], controllers: [ErvaringController], providers: [ErvaringService] })
export class ErvaringModule {}
