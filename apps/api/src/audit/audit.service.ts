import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { Klok } from '../common/klok.js';
import { AuditLogRegel, type AuditGebeurtenis } from './audit-log.entity.js';

export interface AuditInvoer {
  gebruikerId?: string | null;
  organisatieId?: string | null;
  huishoudenId?: string | null;
  /** The households a list showed. */
  huishoudenIds?: string[];
  /** Ids, routes and reasons only — never names, BSNs, addresses or free text of clients. */
  details?: Record<string, string | number | boolean | null>;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditLogRegel) private readonly regels: Repository<AuditLogRegel>,
    private readonly klok: Klok,
  ) {}

  /** With `tx`, the row is written in that transaction: it is stored exactly when the change it records is. */
  async registreer(gebeurtenis: AuditGebeurtenis, invoer: AuditInvoer = {}, tx?: EntityManager): Promise<void> {
    await (tx ? tx.getRepository(AuditLogRegel) : this.regels).insert({
      tijdstip: this.klok.nu(),
      gebeurtenis,
      gebruikerId: invoer.gebruikerId ?? null,
      organisatieId: invoer.organisatieId ?? null,
      huishoudenId: invoer.huishoudenId ?? null,
      huishoudenIds: invoer.huishoudenIds ?? null,
      details: invoer.details ?? {},
    });
  }
}
