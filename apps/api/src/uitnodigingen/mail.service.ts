import { Inject, Injectable } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { CONFIG } from '../config/config.provider.js';
import type { AppConfig } from '../config/config.js';

/** E-mail over SMTP when SMTP_URL is set; without it `kanVersturen` is false and nothing is sent. */
@Injectable()
export class MailService {
  private readonly transport: Transporter | null;

  constructor(@Inject(CONFIG) private readonly config: AppConfig) {
    this.transport = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
  }

  get kanVersturen(): boolean {
    return this.transport !== null;
  }

  async verstuur(aan: string, onderwerp: string, tekst: string): Promise<void> {
    if (!this.transport) throw new Error('geen SMTP_URL ingesteld');
    await this.transport.sendMail({ from: this.config.MAIL_AFZENDER, to: aan, subject: onderwerp, text: tekst });
  }
}
