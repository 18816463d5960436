import { Module } from '@nestjs/common';
import { ToegangModule } from '../toegang/toegang.module.js';
import { WerkvoorraadController } from './werkvoorraad.controller.js';
import { WerkvoorraadService } from './werkvoorraad.service.js';

/** A consultant's or professional's work list, with the signals that need attention. */
@Module({ imports: [ToegangModule], controllers: [WerkvoorraadController], providers: [WerkvoorraadService] })
export class WerkvoorraadModule {}
