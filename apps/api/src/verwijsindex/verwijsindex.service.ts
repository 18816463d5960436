import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { VerwijsindexAntwoord } from '@eenplan/contracts';
import type { DataSource } from 'typeorm';
import { rij } from '../common/sql.js';
import { huidigeRegie } from '../toegang/regels-sql.js';
import { AuditService } from '../audit/audit.service.js';
import type { Ingelogd } from '../common/verzoek.js';

interface GevondenRij {
  id: string;
  actief: boolean;
  cm_naam: string;
  cm_org: string;
  r_naam: string | null;
  r_org: string | null;
}

/**
 * "Is this household known?" Like a verwijsindex: whether a household with this member has an
 * active plan and whom to contact — never plan content. Every lookup is audited (without the BSN).
 */
@Injectable()
export class VerwijsindexService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async zoek(ingelogd: Ingelogd, bsn: string): Promise<VerwijsindexAntwoord> {
    const gevonden = await rij<GevondenRij>(
      this.db,
      `SELECT h.id, EXISTS (SELECT 1 FROM plan p WHERE p.huishouden_id = h.id AND p.status <> 'afgesloten') AS actief,
              c.naam AS cm_naam, co.naam AS cm_org, r.naam AS r_naam, ro.naam AS r_org
       FROM lid l JOIN huishouden h ON h.id = l.huishouden_id
       JOIN gebruiker c ON c.id = h.casemanager_id JOIN organisatie co ON co.id = c.organisatie_id
       LEFT JOIN regie_afspraak ra ON ra.huishouden_id = h.id AND ${huidigeRegie('ra')}
       LEFT JOIN gebruiker r ON r.id = ra.regisseur_id LEFT JOIN organisatie ro ON ro.id = r.organisatie_id
       WHERE l.bsn = $1
       ORDER BY actief DESC, h.laatste_activiteit_op DESC
       LIMIT 1`,
      [bsn],
    );
    await this.audit.registreer('verwijsindex_geraadpleegd', {
      gebruikerId: ingelogd.id,
      organisatieId: ingelogd.organisatie.id,
      huishoudenId: gevonden?.id ?? null,
      details: { gevonden: Boolean(gevonden) },
    });
    if (!gevonden) return { bekend: false, actiefPlan: false, contact: [] };
    const contact: VerwijsindexAntwoord['contact'] = [{ rol: 'casemanager', naam: gevonden.cm_naam, organisatie: gevonden.cm_org }];
    if (gevonden.r_naam && gevonden.r_org) contact.push({ rol: 'regisseur', naam: gevonden.r_naam, organisatie: gevonden.r_org });
    return { bekend: true, actiefPlan: gevonden.actief, contact };
  }
}
