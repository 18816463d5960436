import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Doel, Plan, PlanActie } from '@eenplan/contracts';
import type { DataSource } from 'typeorm';
import { isoDatum, isoMoment, rij, rijen } from '../common/sql.js';

type ActieRij = Omit<PlanActie, 'eigenaarGebruiker'> & { doelId: string; eigenaarGebruikerId: string | null; eigenaarGebruikerNaam: string | null };

/** Reads a plan with its doelen (by the household's priority) and their acties, in three queries. */
@Injectable()
export class PlanLezer {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The active plan, or else the most recent closed one. */
  async actiefPlan(huishoudenId: string): Promise<Plan | null> {
    const plan = await rij<{ id: string }>(this.db, `SELECT id FROM plan WHERE huishouden_id = $1 ORDER BY (status <> 'afgesloten') DESC, aangemaakt_op DESC LIMIT 1`, [huishoudenId]);
    return plan ? this.plan(plan.id) : null;
  }

  async plan(planId: string): Promise<Plan | null> {
    const p = await rij<Omit<Plan, 'doelen'>>(
      this.db,
      `SELECT id, status, versie, ${isoMoment('aangemaakt_op')} AS "aangemaaktOp", ${isoMoment('vastgesteld_op')} AS "vastgesteldOp",
              ${isoDatum('akkoord_huishouden_op')} AS "akkoordHuishoudenOp", ${isoMoment('afgesloten_op')} AS "afgeslotenOp", afsluitreden
       FROM plan WHERE id = $1`,
      [planId],
    );
    if (!p) return null;
    const doelen = await rijen<Omit<Doel, 'acties'>>(
      this.db,
      `SELECT id, leefgebied, omschrijving, prioriteit, status, resultaat, versie FROM doel WHERE plan_id = $1 ORDER BY prioriteit, aangemaakt_op`,
      [planId],
    );
    const acties = await rijen<ActieRij>(
      this.db,
      `SELECT a.id, a.doel_id AS "doelId", a.omschrijving, a.eigenaar_soort AS "eigenaarSoort", a.eigenaar_naam AS "eigenaarNaam",
              a.eigenaar_gebruiker_id AS "eigenaarGebruikerId", u.naam AS "eigenaarGebruikerNaam",
              ${isoDatum('a.deadline')} AS deadline, a.status, a.versie
       FROM actie a JOIN doel d ON d.id = a.doel_id LEFT JOIN gebruiker u ON u.id = a.eigenaar_gebruiker_id
       WHERE d.plan_id = $1 ORDER BY a.deadline, a.aangemaakt_op`,
      [planId],
    );
    return {
      ...p,
      doelen: doelen.map((doel) => ({
        ...doel,
        acties: acties
          .filter((a) => a.doelId === doel.id)
          .map(({ doelId: _d, eigenaarGebruikerId, eigenaarGebruikerNaam, ...a }) => ({
            ...a,
            eigenaarGebruiker: eigenaarGebruikerId ? { id: eigenaarGebruikerId, naam: eigenaarGebruikerNaam ?? '' } : null,
          })),
      })),
    };
  }
}
