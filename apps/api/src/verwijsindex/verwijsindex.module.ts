import { Module } from '@nestjs/common';
import { VerwijsindexController } from './verwijsindex.controller.js';
import { VerwijsindexService } from './verwijsindex.service.js';

/** "Is this household known?" by BSN: existence and whom to contact, never content. */
@Module({ controllers: [VerwijsindexController], providers: [VerwijsindexService] })
export class VerwijsindexModule {}
