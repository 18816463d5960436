import { Module } from '@nestjs/common';
import { MailService } from './mail.service.js';
import { UitnodigingenController } from './uitnodigingen.controller.js';
import { UitnodigingenService } from './uitnodigingen.service.js';

/** Invitations for new accounts and the e-mail that carries them. */
@Module({ controllers: [UitnodigingenController], providers: [UitnodigingenService, MailService], exports: [UitnodigingenService] })
export class UitnodigingenModule {}
