import { Module } from '@nestjs/common';
import { InrichtingController } from './inrichting.controller.js';
import { InrichtingService } from './inrichting.service.js';

/** The region's set-up kept by functioneel beheer: gemeenten and organisaties. */
@Module({ controllers: [InrichtingController], providers: [InrichtingService], exports: [InrichtingService] })
export class InrichtingModule {}
