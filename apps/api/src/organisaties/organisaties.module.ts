import { Module } from '@nestjs/common';
import { OrganisatiesController } from './organisaties.controller.js';
import { OrganisatiesService } from './organisaties.service.js';

/** The organisations that work with the one plan, and their staff. */
@Module({ controllers: [OrganisatiesController], providers: [OrganisatiesService] })
export class OrganisatiesModule {}
