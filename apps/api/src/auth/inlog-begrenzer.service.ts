import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, type Repository } from 'typeorm';
import { Klok } from '../common/klok.js';
import { enkeleRij } from '../common/sql.js';
import { CONFIG } from '../config/config.provider.js';
import type { AppConfig } from '../config/config.js';
import { MislukteInlogpoging } from './inlogpoging.entity.js';

export interface InlogSleutels {
  account: string;
  ip: string;
}

/** Failed attempts within the window, per account and per address, with the oldest of each (null when none). */
interface PogingenRij {
  account_aantal: number;
  ip_aantal: number;
  account_oudste: Date | null;
  ip_oudste: Date | null;
}

/**
 * Limits failed logins per account and per IP address within a sliding window. Counted in
 * PostgreSQL so every API instance enforces the same limit.
 */
@Injectable()
export class InlogBegrenzer {
  constructor(
    @InjectRepository(MislukteInlogpoging) private readonly pogingen: Repository<MislukteInlogpoging>,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly klok: Klok,
  ) {}

  sleutels(gebruikersnaam: string, ip: string): InlogSleutels {
    const hash = (tekst: string) => createHash('sha256').update(tekst).digest('hex');
    return { account: hash(`account:${gebruikersnaam.toLowerCase()}`), ip: hash(`ip:${ip}`) };
  }

  /** Seconds until another attempt is allowed, or 0 when the caller may try now. */
  async wachttijd(sleutels: InlogSleutels): Promise<number> {
    const vensterMs = this.config.LOGIN_WINDOW_MINUTES * 60_000;
    const nu = this.klok.nu();
    const rij = await enkeleRij<PogingenRij>(
      this.pogingen,
      `SELECT
         count(*) FILTER (WHERE account_sleutel = $1)::int AS account_aantal,
         count(*) FILTER (WHERE ip_sleutel = $2)::int AS ip_aantal,
         min(tijdstip) FILTER (WHERE account_sleutel = $1) AS account_oudste,
         min(tijdstip) FILTER (WHERE ip_sleutel = $2) AS ip_oudste
       FROM mislukte_inlogpoging
       WHERE (account_sleutel = $1 OR ip_sleutel = $2) AND tijdstip > $3`,
      [sleutels.account, sleutels.ip, new Date(nu.getTime() - vensterMs)],
    );
    const wachten = (oudste: Date | null) =>
      oudste ? Math.max(1, Math.ceil((new Date(oudste).getTime() + vensterMs - nu.getTime()) / 1000)) : 0;
    let seconden = 0;
    if (rij.account_aantal >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT) seconden = wachten(rij.account_oudste);
    if (rij.ip_aantal >= this.config.LOGIN_MAX_FAILURES_PER_IP) seconden = Math.max(seconden, wachten(rij.ip_oudste));
    return seconden;
  }

  async registreerMislukt(sleutels: InlogSleutels): Promise<void> {
    const nu = this.klok.nu();
    await this.pogingen.insert({ accountSleutel: sleutels.account, ipSleutel: sleutels.ip, tijdstip: nu });
    // Old attempts are no longer needed; the table holds a window's worth at most.
    const grens = new Date(nu.getTime() - this.config.LOGIN_WINDOW_MINUTES * 60_000);
    await this.pogingen.delete({ tijdstip: LessThan(grens) });
  }

  async wisVoorAccount(sleutels: InlogSleutels): Promise<void> {
    await this.pogingen.delete({ accountSleutel: sleutels.account });
  }
}
