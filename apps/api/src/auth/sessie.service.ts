import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, type Repository } from 'typeorm';
import { Klok } from '../common/klok.js';
import { CONFIG } from '../config/config.provider.js';
import type { AppConfig } from '../config/config.js';
import { Sessie } from './sessie.entity.js';

export type SessieUitkomst = { status: 'geldig'; sessie: Sessie } | { status: 'geen' } | { status: 'verlopen' };

const MINUUT = 60_000;

export function hashSessieId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

@Injectable()
export class SessieService {
  constructor(
    @InjectRepository(Sessie) private readonly sessies: Repository<Sessie>,
    @Inject(CONFIG) private readonly config: AppConfig,
    private readonly klok: Klok,
  ) {}

  /** A fresh, unguessable id (256 bits); only its hash is stored. */
  async maak(gebruikerId: string, viaProvider?: { acr: string | null; amr: string[] | null; idToken: string }, inschrijvenNodig = false): Promise<{ id: string; sessie: Sessie }> {
    const id = randomBytes(32).toString('base64url');
    const nu = this.klok.nu();
    const sessie = this.sessies.create({
      idHash: hashSessieId(id),
      gebruikerId,
      csrfToken: randomBytes(32).toString('base64url'),
      aangemaaktOp: nu,
      laatstActiefOp: nu,
      acr: viaProvider?.acr ?? null,
      amr: viaProvider?.amr ?? null,
      idToken: viaProvider?.idToken ?? null,
      inschrijvenNodig,
    });
    await this.sessies.insert(sessie);
    return { id, sessie };
  }

  /** Checks the idle and absolute timeouts; an expired session is deleted on the spot. */
  async controleer(id: string | undefined): Promise<SessieUitkomst> {
    if (!id) return { status: 'geen' };
    const sessie = await this.sessies.findOneBy({ idHash: hashSessieId(id) });
    if (!sessie) return { status: 'geen' };
    const nu = this.klok.nu().getTime();
    const inactief = nu - sessie.laatstActiefOp.getTime() > this.config.SESSION_IDLE_MINUTES * MINUUT;
    const teOud = nu - sessie.aangemaaktOp.getTime() > this.config.SESSION_ABSOLUTE_HOURS * 60 * MINUUT;
    if (inactief || teOud) {
      await this.sessies.delete({ idHash: sessie.idHash });
      return { status: 'verlopen' };
    }
    // Touch at most once a minute: enough precision for a 30-minute idle timeout, far fewer writes.
    if (nu - sessie.laatstActiefOp.getTime() > MINUUT) {
      sessie.laatstActiefOp = new Date(nu);
      await this.sessies.update({ idHash: sessie.idHash }, { laatstActiefOp: sessie.laatstActiefOp });
    }
    return { status: 'geldig', sessie };
  }

  /** The ID token of a session started through the identity provider, for its logout. */
  async idToken(id: string): Promise<string | null> {
    const sessie = await this.sessies.createQueryBuilder('s').addSelect('s.idToken').where('s.idHash = :h', { h: hashSessieId(id) }).getOne();
    return sessie?.idToken ?? null;
  }

  async beeindig(id: string): Promise<void> {
    await this.sessies.delete({ idHash: hashSessieId(id) });
  }

  async beeindigAlleVan(gebruikerId: string): Promise<void> {
    await this.sessies.delete({ gebruikerId });
  }

  /** Sessions past their absolute lifetime; called now and then so the table stays small. */
  async ruimOp(): Promise<void> {
    const grens = new Date(this.klok.nu().getTime() - this.config.SESSION_ABSOLUTE_HOURS * 60 * MINUUT);
    await this.sessies.delete({ aangemaaktOp: LessThan(grens) });
  }
}
