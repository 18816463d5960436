import { Inject, Injectable } from '@nestjs/common';
import { Begrenzer, type Terugval, type TerugvalSleutel } from '../begrenzing/begrenzer.service.js';
import { CONFIG } from '../config/config.provider.js';
import type { AppConfig } from '../config/config.js';

export interface InlogSleutels {
  accountAdres: string;
  adres: string;
}

/**
 * Login throttling with exponential back-off instead of a lock (issue 11, findings 1 and 10).
 * Two keys, both reserved before the password is checked:
 * - account + address: LOGIN_MAX_FAILURES_PER_ACCOUNT attempts in a row, then a pause that
 *   doubles with each further attempt. Guessing from address A never slows the owner at B.
 * - address alone: the same with LOGIN_MAX_FAILURES_PER_IP, against trying many accounts.
 * There is deliberately no key on the account alone: whoever can fill it from anywhere could
 * keep its owner out (see README, "Login throttling").
 */
@Injectable()
export class InlogBegrenzer {
  constructor(
    private readonly begrenzer: Begrenzer,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  sleutels(gebruikersnaam: string, ip: string): InlogSleutels {
    return {
      accountAdres: this.begrenzer.sleutel('inloggen_account_adres', gebruikersnaam.toLowerCase(), ip),
      adres: this.begrenzer.sleutel('inloggen_adres', ip),
    };
  }

  /**
   * Reserves this attempt on both keys in one transaction, or refuses with the seconds to wait.
   * Every attempt that gets through counts, whatever its outcome, so a burst cannot outrun it.
   */
  async reserveer(sleutels: InlogSleutels): Promise<number> {
    // Fixed order (account + address, then address) so parallel reservations cannot deadlock.
    const keys: TerugvalSleutel[] = [
      { soort: 'inloggen_account_adres', sleutel: sleutels.accountAdres, vrij: this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT },
      { soort: 'inloggen_adres', sleutel: sleutels.adres, vrij: this.config.LOGIN_MAX_FAILURES_PER_IP },
    ];
    const terugval: Terugval = {
      basisSeconden: this.config.LOGIN_BACKOFF_BASE_SECONDS,
      maxSeconden: this.config.LOGIN_BACKOFF_MAX_SECONDS,
      rustSeconden: this.config.LOGIN_WINDOW_MINUTES * 60,
    };
    const uitkomst = await this.begrenzer.reserveerMetTerugval(keys, terugval);
    return uitkomst.toegestaan ? 0 : uitkomst.wachtSeconden;
  }

  /**
   * A right password: the account + address count starts over, and the address gets this
   * attempt back, so colleagues behind one office address don't use up each other's allowance.
   * A pause already running is not cut short: of a burst, the attempts refused stay refused.
   */
  async geslaagd(sleutels: InlogSleutels): Promise<void> {
    await this.begrenzer.wis('inloggen_account_adres', sleutels.accountAdres);
    await this.begrenzer.geefTerug('inloggen_adres', sleutels.adres);
    await this.begrenzer.ruimOp();
  }
}
