import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { VerwijsindexAntwoord, VerwijsindexBegrensd } from '@eenplan/contracts';
import type { DataSource } from 'typeorm';
import { Begrenzer } from '../begrenzing/begrenzer.service.js';
import { Klok } from '../common/klok.js';
import { problemen } from '../common/problemen.js';
import { isoMoment, rij, rijen } from '../common/sql.js';
import { CONFIG } from '../config/config.provider.js';
import type { AppConfig } from '../config/config.js';
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

interface BegrensdRij {
  id: string;
  gebruikersnaam: string;
  naam: string;
  organisatie_id: string;
  organisatie_naam: string;
  geweigerd: number;
  laatste_op: string;
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
    private readonly begrenzer: Begrenzer,
    private readonly klok: Klok,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  async zoek(ingelogd: Ingelogd, bsn: string): Promise<VerwijsindexAntwoord> {
    // Per user, counted before the lookup in one atomic step, so a burst cannot outrun it (finding 11).
    const maximum = this.config.VERWIJSINDEX_MAX_PER_UUR;
    const ruimte = await this.begrenzer.reserveerInVenster('verwijsindex', this.begrenzer.sleutel('verwijsindex', ingelogd.id), maximum, 3600);
    if (!ruimte.toegestaan) {
      // No BSN and no household: only that this user was stopped, for beheer to see.
      await this.audit.registreer('verwijsindex_begrensd', {
        gebruikerId: ingelogd.id,
        organisatieId: ingelogd.organisatie.id,
        details: { maximumPerUur: maximum },
      });
      throw problemen.teVeelRaadplegingen(maximum, ruimte.wachtSeconden);
    }
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

  /** Per user, the lookups refused in the last `dagen` days, most refused first. */
  async begrensd(dagen: number): Promise<VerwijsindexBegrensd> {
    const vanaf = new Date(this.klok.nu().getTime() - dagen * 24 * 3600_000);
    const gebruikers = await rijen<BegrensdRij>(
      this.db,
      `SELECT g.id, g.gebruikersnaam, g.naam, o.id AS organisatie_id, o.naam AS organisatie_naam,
              count(*)::int AS geweigerd, ${isoMoment('max(a.tijdstip)')} AS laatste_op
       FROM audit_log a JOIN gebruiker g ON g.id = a.gebruiker_id JOIN organisatie o ON o.id = g.organisatie_id
       WHERE a.gebeurtenis = 'verwijsindex_begrensd' AND a.tijdstip >= $1
       GROUP BY g.id, o.id
       ORDER BY geweigerd DESC, laatste_op DESC, g.naam`,
      [vanaf],
    );
    return {
      dagen,
      gebruikers: gebruikers.map((r) => ({
        gebruiker: { id: r.id, gebruikersnaam: r.gebruikersnaam, naam: r.naam },
        organisatie: { id: r.organisatie_id, naam: r.organisatie_naam },
        geweigerd: r.geweigerd,
        laatsteOp: r.laatste_op,
      })),
    };
  }
}
