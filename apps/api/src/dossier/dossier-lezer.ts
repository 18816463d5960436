import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HuishoudenDetail, Lid } from '@eenplan/contracts';
import type { DataSource } from 'typeorm';
import { Klok } from '../common/klok.js';
import { enkeleRij, rijen } from '../common/sql.js';
import type { Ingelogd } from '../common/verzoek.js';
import { ToegangService } from '../toegang/toegang.service.js';
import { ErvaringLezer } from './ervaring-lezer.js';
import { PlanLezer } from './plan-lezer.js';
import { TeamLezer } from './team-lezer.js';

type HuishoudenRij = Pick<HuishoudenDetail, 'id' | 'naam' | 'straat' | 'huisnummer' | 'postcode' | 'woonplaats' | 'status' | 'versie'> & {
  gemeenteId: string;
  gemeenteNaam: string;
  casemanagerId: string;
  casemanagerNaam: string;
  casemanagerOrganisatie: string;
};

/**
 * A household's file as its page shows it: the household, its members, plan, team and
 * measurements, and what the reader may do with it. Every change to a file answers with this.
 */
@Injectable()
export class DossierLezer {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly toegang: ToegangService,
    private readonly planLezer: PlanLezer,
    private readonly teamLezer: TeamLezer,
    private readonly ervaringLezer: ErvaringLezer,
    private readonly klok: Klok,
  ) {}

  /** The file as it is after the caller's own change: the answer to every change (the change itself is audited). */
  naWijziging(ingelogd: Ingelogd, id: string): Promise<HuishoudenDetail> {
    return this.lees(ingelogd, id, { audit: false });
  }

  /** Access checked (404 when not allowed); the read audited unless it follows the reader's own change. */
  async lees(ingelogd: Ingelogd, id: string, { audit }: { audit: boolean } = { audit: true }): Promise<HuishoudenDetail> {
    await this.toegang.lees(ingelogd, id, 'read', audit ? 'huishouden_ingezien' : null);
    const h = await enkeleRij<HuishoudenRij>(
      this.db,
      `SELECT h.id, h.naam, h.straat, h.huisnummer, h.postcode, h.woonplaats, h.status, h.versie,
              g.id AS "gemeenteId", g.naam AS "gemeenteNaam", c.id AS "casemanagerId", c.naam AS "casemanagerNaam", co.naam AS "casemanagerOrganisatie"
       FROM huishouden h JOIN gemeente g ON g.id = h.gemeente_id
       JOIN gebruiker c ON c.id = h.casemanager_id JOIN organisatie co ON co.id = c.organisatie_id
       WHERE h.id = $1`,
      [id],
    );
    const mijnRechten = await this.toegang.rechten(ingelogd, id);
    const leden = (
      await rijen<Lid>(this.db, `SELECT id, voornaam, achternaam, geboortedatum, rol, bsn, tweede_huishouden_reden AS "tweedeHuishoudenReden", versie FROM lid WHERE huishouden_id = $1 ORDER BY geboortedatum, achternaam`, [id])
    ).map((l) => (mijnRechten.bsnZien ? l : { ...l, bsn: undefined }));
    const { gemeenteId, gemeenteNaam, casemanagerId, casemanagerNaam, casemanagerOrganisatie, ...huishouden } = h;
    return {
      ...huishouden,
      gemeente: { id: gemeenteId, naam: gemeenteNaam },
      casemanager: { id: casemanagerId, naam: casemanagerNaam, organisatie: casemanagerOrganisatie },
      leden,
      plan: await this.planLezer.actiefPlan(id),
      ...(await this.teamLezer.voor(id)),
      ...(await this.ervaringLezer.voor(id, this.klok.nu())),
      mijnRechten,
    };
  }
}
