import { Module } from '@nestjs/common';
import { RapportageController } from './rapportage.controller.js';
import { ReleaseService } from './release.service.js';

/** Thema-2 measurements for beleid: anonymised, disclosure-controlled, frozen releases. */
@Module({ controllers: [RapportageController], providers: [ReleaseService], exports: [ReleaseService] })
export class RapportageModule {}
