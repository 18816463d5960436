import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { BeheerGebruikersController } from './beheer-gebruikers.controller.js';
import { Gebruiker } from './gebruiker.entity.js';
import { GebruikersService } from './gebruikers.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Gebruiker]), AuthModule],
  controllers: [BeheerGebruikersController],
  providers: [GebruikersService],
})
export class GebruikersModule {}
