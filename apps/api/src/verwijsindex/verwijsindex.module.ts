import { Module } from '@nestjs/common';
import { BegrenzingModule } from '../begrenzing/begrenzing.module.js';
import { BeheerVerwijsindexController } from './beheer-verwijsindex.controller.js';
import { VerwijsindexController } from './verwijsindex.controller.js';
import { VerwijsindexService } from './verwijsindex.service.js';

/** "Is this household known?" by BSN: existence and whom to contact, never content; throttled per user. */
@Module({ imports: [BegrenzingModule], controllers: [VerwijsindexController, BeheerVerwijsindexController], providers: [VerwijsindexService] })
export class VerwijsindexModule {}
