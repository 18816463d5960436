import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import type { DataSource } from 'typeorm';
import { Klok } from '../common/klok.js';
import { ProbleemFout } from '../common/problemen.js';

const hash = (waarde: string) => createHash('sha256').update(waarde).digest('hex');
/** One period either side: a phone clock a little off still works, and the window stays 90 s. */
const TOLERANTIE_SECONDEN = 30;
const STAP_MINUTEN = 5;
const HERSTELCODES = 10;

/** Roles that see case content; these need a second factor where it is required. */
export const ROLLEN_MET_DOSSIERS = new Set(['consulent', 'professional']);

export const codeOnjuist = () =>
  new ProbleemFout(401, 'code-onjuist', 'Code onjuist', 'De code klopt niet of is al gebruikt. Wacht op een nieuwe code in uw app.', [
    { veld: 'code', melding: 'De code klopt niet of is al gebruikt.' },
  ]);

/** TOTP (RFC 6238, otplib) with recovery codes; every check against the app's clock. */
@Injectable()
export class TweedeFactorService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly klok: Klok,
  ) {}

  async heeftActieve(gebruikerId: string): Promise<boolean> {
    const rijen = await this.db.query<unknown[]>(`SELECT 1 FROM tweede_factor WHERE gebruiker_id = $1 AND bevestigd_op IS NOT NULL`, [gebruikerId]);
    return rijen.length > 0;
  }

  /** A new secret (not yet active) and its QR code; an active factor is replaced only after a reset. */
  async begin(gebruikerId: string, gebruikersnaam: string): Promise<{ geheim: string; uri: string; qrCode: string }> {
    if (await this.heeftActieve(gebruikerId)) {
      throw new ProbleemFout(409, 'tweede-factor-actief', 'Al ingesteld', 'Tweestapsverificatie is al ingesteld. Functioneel beheer kan die opnieuw laten instellen.');
    }
    const geheim = generateSecret();
    await this.db.query(
      `INSERT INTO tweede_factor (gebruiker_id, geheim) VALUES ($1, $2) ON CONFLICT (gebruiker_id) DO UPDATE SET geheim = EXCLUDED.geheim, laatste_tijdstap = NULL, aangemaakt_op = now()`,
      [gebruikerId, geheim],
    );
    const uri = generateURI({ issuer: 'Eén plan voor elk thuis', label: gebruikersnaam, secret: geheim });
    return { geheim, uri, qrCode: await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2 }) };
  }

  /** The first right code activates the factor and hands out ten recovery codes, shown this once. */
  async bevestig(gebruikerId: string, code: string): Promise<string[]> {
    const [rij] = await this.db.query<{ geheim: string; bevestigd_op: Date | null }[]>(`SELECT geheim, bevestigd_op FROM tweede_factor WHERE gebruiker_id = $1`, [gebruikerId]);
    if (!rij || rij.bevestigd_op) {
      throw new ProbleemFout(409, 'geen-inschrijving', 'Niet begonnen', 'Begin eerst met instellen: scan de QR-code.', [{ veld: 'code', melding: 'Scan eerst de QR-code.' }]);
    }
    if (!(await this.controleerTotp(gebruikerId, code))) throw codeOnjuist();
    const codes = Array.from({ length: HERSTELCODES }, () => randomBytes(8).toString('hex').replace(/(.{4})(?=.)/g, '$1-'));
    await this.db.transaction(async (tx) => {
      await tx.query(`UPDATE tweede_factor SET bevestigd_op = now() WHERE gebruiker_id = $1`, [gebruikerId]);
      await tx.query(`DELETE FROM herstelcode WHERE gebruiker_id = $1`, [gebruikerId]);
      for (const c of codes) await tx.query(`INSERT INTO herstelcode (gebruiker_id, code_hash) VALUES ($1, $2)`, [gebruikerId, hash(normaliseer(c))]);
      await tx.query(`UPDATE sessie SET inschrijven_nodig = false WHERE gebruiker_id = $1`, [gebruikerId]);
    });
    return codes;
  }

  /**
   * A TOTP code or a recovery code. The TOTP time step is stored in the same statement that
   * accepts it, so a code is good once even when two requests race.
   */
  async controleer(gebruikerId: string, code: string): Promise<boolean> {
    const schoon = normaliseer(code);
    if (/^\d{6}$/.test(schoon)) return this.controleerTotp(gebruikerId, schoon);
    const [, aantal] = await this.db.query<[unknown, number]>(`UPDATE herstelcode SET gebruikt_op = now() WHERE gebruiker_id = $1 AND code_hash = $2 AND gebruikt_op IS NULL`, [
      gebruikerId,
      hash(schoon),
    ]);
    return aantal === 1;
  }

  private async controleerTotp(gebruikerId: string, code: string): Promise<boolean> {
    const [rij] = await this.db.query<{ geheim: string; laatste_tijdstap: string | null }[]>(`SELECT geheim, laatste_tijdstap FROM tweede_factor WHERE gebruiker_id = $1`, [gebruikerId]);
    if (!rij || !/^\d{6}$/.test(code)) return false;
    const laatste = rij.laatste_tijdstap === null ? undefined : Number(rij.laatste_tijdstap);
    const uitkomst = await verify({
      secret: rij.geheim,
      token: code,
      epoch: Math.floor(this.klok.nu().getTime() / 1000),
      epochTolerance: TOLERANTIE_SECONDEN,
      ...(laatste === undefined ? {} : { afterTimeStep: laatste }),
    }).catch(() => ({ valid: false as const }));
    // The functional API's type also covers HOTP; a TOTP answer carries its time step.
    if (!uitkomst.valid || !('timeStep' in uitkomst)) return false;
    const [, aantal] = await this.db.query<[unknown, number]>(
      `UPDATE tweede_factor SET laatste_tijdstap = $2 WHERE gebruiker_id = $1 AND (laatste_tijdstap IS NULL OR laatste_tijdstap < $2)`,
      [gebruikerId, uitkomst.timeStep],
    );
    return aantal === 1;
  }

  /** After a right password, while the code is still to come: a token for a cookie, valid five minutes. */
  async openStap(gebruikerId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.db.query(`DELETE FROM tweede_stap WHERE aangemaakt_op < now() - make_interval(mins => $1)`, [STAP_MINUTEN]);
    await this.db.query(`INSERT INTO tweede_stap (token_hash, gebruiker_id) VALUES ($1, $2)`, [hash(token), gebruikerId]);
    return token;
  }

  async stapVan(token: string | undefined): Promise<string | null> {
    if (!token) return null;
    const [rij] = await this.db.query<{ gebruiker_id: string }[]>(`SELECT gebruiker_id FROM tweede_stap WHERE token_hash = $1 AND aangemaakt_op > now() - make_interval(mins => $2)`, [hash(token), STAP_MINUTEN]);
    return rij?.gebruiker_id ?? null;
  }

  async sluitStap(token: string): Promise<void> {
    await this.db.query(`DELETE FROM tweede_stap WHERE token_hash = $1`, [hash(token)]);
  }

  /** Beheer's reset: the factor and its recovery codes go; the user sets it up again at the next login. */
  async wis(gebruikerId: string): Promise<boolean> {
    const [, aantal] = await this.db.query<[unknown, number]>(`DELETE FROM tweede_factor WHERE gebruiker_id = $1`, [gebruikerId]);
    await this.db.query(`DELETE FROM herstelcode WHERE gebruiker_id = $1`, [gebruikerId]);
    return aantal > 0;
  }
}

function normaliseer(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}
