import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Uitnodiging } from '@eenplan/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { AuditService } from '../audit/audit.service.js';
import { hashWachtwoord } from '../auth/wachtwoord.js';
import { Klok } from '../common/klok.js';
import { LOGGER } from '../common/logger.js';
import { ProbleemFout, problemen } from '../common/problemen.js';
import { rij } from '../common/sql.js';
import type { Ingelogd } from '../common/verzoek.js';
import { CONFIG } from '../config/config.provider.js';
import type { AppConfig } from '../config/config.js';
import { MailService } from './mail.service.js';

const GELDIG_DAGEN = 7;
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * One-time invitations: a new account (or a reset) gets a link valid 7 days; only the token's
 * hash is stored. Accepting it sets the password; a used, replaced or expired link is a 410.
 */
@Injectable()
export class UitnodigingenService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly klok: Klok,
    private readonly mail: MailService,
    @Inject(CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** A new invitation for `gebruikerId`, replacing any open one; inside the caller's transaction. */
  async maak(tx: EntityManager, gebruikerId: string, door: Ingelogd): Promise<{ token: string; verlooptOp: Date }> {
    const token = randomBytes(32).toString('base64url');
    const nu = this.klok.nu();
    const verlooptOp = new Date(nu.getTime() + GELDIG_DAGEN * 86_400_000);
    await tx.query(`UPDATE uitnodiging SET vervangen_op = $2 WHERE gebruiker_id = $1 AND gebruikt_op IS NULL AND vervangen_op IS NULL`, [gebruikerId, nu]);
    await tx.query(`INSERT INTO uitnodiging (token_hash, gebruiker_id, aangemaakt_door, aangemaakt_op, verloopt_op) VALUES ($1, $2, $3, $4, $5)`, [hash(token), gebruikerId, door.id, nu, verlooptOp]);
    return { token, verlooptOp };
  }

  /**
   * Sends the invitation by e-mail when SMTP is set up; otherwise answers the link, for beheer
   * to pass on (shown once). A failed send also answers the link, so the account is not stuck.
   */
  async bezorg(gebruiker: { naam: string; email: string | null }, uitnodiging: { token: string; verlooptOp: Date }): Promise<Uitnodiging> {
    const link = `${this.config.PUBLIEKE_URL.replace(/\/$/, '')}/uitnodiging/${uitnodiging.token}`;
    const verlooptOp = uitnodiging.verlooptOp.toISOString();
    if (this.mail.kanVersturen && gebruiker.email) {
      try {
        await this.mail.verstuur(
          gebruiker.email,
          'Uw account voor Eén plan voor elk thuis',
          `Beste ${gebruiker.naam},\n\nEr is een account voor u aangemaakt. Kies uw wachtwoord via deze link:\n\n${link}\n\nDe link werkt één keer en is ${GELDIG_DAGEN} dagen geldig.\n`,
        );
        return { verlooptOp, perEmail: true, link: null };
      } catch (fout) {
        // No address or name in the log: only that sending failed.
        this.logger.warn({ fout: (fout as Error).name }, 'uitnodiging versturen mislukt');
      }
    }
    return { verlooptOp, perEmail: false, link };
  }

  /** A fresh invitation for an existing account (reset): the old link stops working. */
  async opnieuw(gebruikerId: string, door: Ingelogd): Promise<Uitnodiging> {
    const { gebruiker, uitnodiging } = await this.db.transaction(async (tx) => {
      const gebruiker = await rij<{ naam: string; email: string | null }>(tx, `SELECT naam, email FROM gebruiker WHERE id = $1 FOR UPDATE`, [gebruikerId]);
      if (!gebruiker) throw problemen.nietGevonden('Deze gebruiker bestaat niet.');
      const uitnodiging = await this.maak(tx, gebruikerId, door);
      await this.audit.registreer('gebruiker_gewijzigd', { gebruikerId: door.id, organisatieId: door.organisatie.id, details: { doelGebruikerId: gebruikerId, uitnodiging: 'opnieuw' } }, tx);
      return { gebruiker, uitnodiging };
    });
    return this.bezorg(gebruiker, uitnodiging);
  }

  /** Sets the password through the link; works once, within 7 days, only the newest link. */
  async aanvaard(token: string, wachtwoord: string): Promise<void> {
    const wachtwoordHash = await hashWachtwoord(wachtwoord);
    await this.db.transaction(async (tx) => {
      const u = await rij<{ id: string; gebruiker_id: string; organisatie_id: string; gebruikt_op: Date | null; vervangen_op: Date | null; verloopt_op: Date }>(
        tx,
        `SELECT u.id, u.gebruiker_id, g.organisatie_id, u.gebruikt_op, u.vervangen_op, u.verloopt_op FROM uitnodiging u JOIN gebruiker g ON g.id = u.gebruiker_id WHERE u.token_hash = $1 FOR UPDATE OF u`,
        [hash(token)],
      );
      if (!u) throw problemen.nietGevonden('Deze uitnodiging bestaat niet. Controleer of u de hele link hebt gebruikt.');
      if (u.gebruikt_op) throw new ProbleemFout(410, 'uitnodiging-gebruikt', 'Uitnodiging al gebruikt', 'Deze uitnodiging is al gebruikt. U kunt inloggen met het wachtwoord dat u toen koos, of functioneel beheer om een nieuwe uitnodiging vragen.');
      if (u.vervangen_op) throw new ProbleemFout(410, 'uitnodiging-vervangen', 'Uitnodiging vervangen', 'Deze uitnodiging is vervangen door een nieuwe. Gebruik de nieuwste link die u kreeg.');
      if (u.verloopt_op <= this.klok.nu()) throw new ProbleemFout(410, 'uitnodiging-verlopen', 'Uitnodiging verlopen', 'Deze uitnodiging is verlopen (na 7 dagen). Vraag functioneel beheer om een nieuwe.');
      await tx.query(`UPDATE uitnodiging SET gebruikt_op = $2 WHERE id = $1`, [u.id, this.klok.nu()]);
      await tx.query(`UPDATE gebruiker SET wachtwoord_hash = $2 WHERE id = $1`, [u.gebruiker_id, wachtwoordHash]);
      await this.audit.registreer('gebruiker_gewijzigd', { gebruikerId: u.gebruiker_id, organisatieId: u.organisatie_id, details: { doelGebruikerId: u.gebruiker_id, uitnodiging: 'aanvaard' } }, tx);
    });
  }
}

