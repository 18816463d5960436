import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BegrenzingModule } from '../begrenzing/begrenzing.module.js';
import { Gebruiker } from '../gebruikers/gebruiker.entity.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { InlogBegrenzer } from './inlog-begrenzer.service.js';
import { Sessie } from './sessie.entity.js';
import { SessieService } from './sessie.service.js';
import { OidcService } from './oidc.service.js';
import { TweedeFactorService } from './tweede-factor.service.js';
import { TweedeFactorBeheerController, TweedeFactorController } from './tweede-factor.controller.js';
import { ToegangGuard } from './toegang.guard.js';

@Module({
  imports: [TypeOrmModule.forFeature([Gebruiker, Sessie]), BegrenzingModule],
  controllers: [AuthController, TweedeFactorController, TweedeFactorBeheerController],
  providers: [AuthService, SessieService, InlogBegrenzer, OidcService, TweedeFactorService, { provide: APP_GUARD, useClass: ToegangGuard }],
  exports: [SessieService],
})
export class AuthModule {}
