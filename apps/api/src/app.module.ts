import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_FILTER, DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { KernModule } from './common/kern.module.js';
import type { Klok } from './common/klok.js';
import { ProbleemFilter } from './common/probleem.filter.js';
import type { AppConfig } from './config/config.js';
import { dataSourceOpties, RAPPORTAGE_VERBINDING, rapportageDataSourceOpties } from './database/data-source.js';
import type { DatabaseVerbindingen } from './database/database.js';
import { GebruikersModule } from './gebruikers/gebruikers.module.js';
import { InrichtingModule } from './inrichting/inrichting.module.js';
import { HealthController } from './health/health.controller.js';
import { ErvaringModule } from './ervaring/ervaring.module.js';
import { HuishoudensModule } from './huishoudens/huishoudens.module.js';
import { OpenApiController } from './openapi/openapi.controller.js';
import { OrganisatiesModule } from './organisaties/organisaties.module.js';
import { PlannenModule } from './plannen/plannen.module.js';
import { RapportageModule } from './rapportage/rapportage.module.js';
import { TeamModule } from './team/team.module.js';
import { VerwijsindexModule } from './verwijsindex/verwijsindex.module.js';
import { WerkvoorraadModule } from './werkvoorraad/werkvoorraad.module.js';

/** The app needs two logins: its own and the report role's. Migrations are not its job. */
export type AppVerbindingen = Pick<DatabaseVerbindingen, 'api' | 'rapportage'>;

@Module({})
export class AppModule {
  /** `extra` mounts additional modules; tests use it to prove the guard refuses undeclared routes. */
  static voor(config: AppConfig, database: AppVerbindingen, logger: Logger, klok: Klok, extra: Type[] = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        KernModule.voor(config, logger, klok),
        TypeOrmModule.forRoot(dataSourceOpties(database.api)),
        TypeOrmModule.forRoot({ ...rapportageDataSourceOpties(database.rapportage), name: RAPPORTAGE_VERBINDING }),
        DiscoveryModule,
        AuditModule,
        AuthModule,
        GebruikersModule,
        InrichtingModule,
        OrganisatiesModule,
        HuishoudensModule,
        PlannenModule,
        TeamModule,
        ErvaringModule,
        VerwijsindexModule,
        WerkvoorraadModule,
        RapportageModule,
        ...extra,
      ],
      controllers: [HealthController, OpenApiController],
      providers: [{ provide: APP_FILTER, useClass: ProbleemFilter }],
    };
  }
}
