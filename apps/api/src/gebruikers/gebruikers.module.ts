import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { UitnodigingenModule } from '../uitnodigingen/uitnodigingen.module.js';
import { BeheerGebruikersController } from './beheer-gebruikers.controller.js';
import { GebruikersService } from './gebruikers.service.js';

@Module({
  imports: [AuthModule, UitnodigingenModule],
  controllers: [BeheerGebruikersController],
  providers: [GebruikersService],
})
export class GebruikersModule {}
