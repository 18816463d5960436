import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface ActieDetail {
  id: string;
  omschrijving: string;
  eigenaarSoort: string;
  eigenaarNaam: string | null;
  eigenaarGebruiker: { id: string; naam: string } | null;
  deadline: string;
  status: string;
  versie: number;
}
export interface DoelDetail {
  id: string;
  leefgebied: string;
  omschrijving: string;
  prioriteit: number;
  status: string;
  resultaat: string | null;
  versie: number;
  acties: ActieDetail[];
}
export interface PlanDetail {
  id: string;
  status: string;
  versie: number;
  aangemaaktOp: string;
  vastgesteldOp: string | null;
  akkoordHuishoudenOp: string | null;
  afgeslotenOp: string | null;
  afsluitreden: string | null;
  doelen: DoelDetail[];
}

/** Reads a plan with its doelen (by the household's priority) and their acties, in three queries. */
@Injectable()
export class PlanLezer {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async actiefPlan(huishoudenId: string): Promise<PlanDetail | null> {
    const [plan] = await this.db.query(
      `SELECT id FROM plan WHERE huishouden_id = $1 ORDER BY (status <> 'afgesloten') DESC, aangemaakt_op DESC LIMIT 1`,
      [huishoudenId],
    );
    return plan ? this.plan(plan.id) : null;
  }

  async plan(planId: string): Promise<PlanDetail | null> {
    const [p] = await this.db.query(
      `SELECT id, status, versie, aangemaakt_op AS "aangemaaktOp", vastgesteld_op AS "vastgesteldOp",
              to_char(akkoord_huishouden_op, 'YYYY-MM-DD') AS "akkoordHuishoudenOp", afgesloten_op AS "afgeslotenOp", afsluitreden
       FROM plan WHERE id = $1`,
      [planId],
    );
    if (!p) return null;
    const doelen: DoelDetail[] = await this.db.query(
      `SELECT id, leefgebied, omschrijving, prioriteit, status, resultaat, versie FROM doel WHERE plan_id = $1 ORDER BY prioriteit, aangemaakt_op`,
      [planId],
    );
    const acties = await this.db.query(
      `SELECT a.id, a.doel_id AS "doelId", a.omschrijving, a.eigenaar_soort AS "eigenaarSoort", a.eigenaar_naam AS "eigenaarNaam",
              a.eigenaar_gebruiker_id AS "eigenaarGebruikerId", u.naam AS "eigenaarGebruikerNaam",
              to_char(a.deadline, 'YYYY-MM-DD') AS deadline, a.status, a.versie
       FROM actie a JOIN doel d ON d.id = a.doel_id LEFT JOIN gebruiker u ON u.id = a.eigenaar_gebruiker_id
       WHERE d.plan_id = $1 ORDER BY a.deadline, a.aangemaakt_op`,
      [planId],
    );
    for (const doel of doelen) {
      doel.acties = acties
        .filter((a: { doelId: string }) => a.doelId === doel.id)
        .map(({ doelId: _d, eigenaarGebruikerId, eigenaarGebruikerNaam, ...a }: Record<string, unknown>) => ({
          ...a,
          eigenaarGebruiker: eigenaarGebruikerId ? { id: eigenaarGebruikerId, naam: eigenaarGebruikerNaam } : null,
        }));
    }
    return { ...p, doelen };
  }
}
