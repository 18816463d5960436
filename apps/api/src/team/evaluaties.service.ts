import { Injectable } from '@nestjs/common';
import type { evaluatiePlannenSchema, evaluatieVastleggenSchema, z } from '@eenplan/contracts';
import { ProbleemFout, problemen } from '../common/problemen.js';
import { enkeleRij, rij, rijen } from '../common/sql.js';
import type { Ingelogd } from '../common/verzoek.js';
import { registreerWijziging, werkBijMetVersie } from '../tijdlijn/versies.js';
import { ToegangService } from '../toegang/toegang.service.js';

/** Evaluation moments of the plan: planned, then recorded with the household. Each answers the household's id. */
@Injectable()
export class EvaluatiesService {
  constructor(private readonly toegang: ToegangService) {}

  async plan(ingelogd: Ingelogd, huishoudenId: string, invoer: z.infer<typeof evaluatiePlannenSchema>): Promise<string> {
    await this.toegang.wijzig(ingelogd, huishoudenId, 'update', async (w) => {
      const plan = await rij<{ id: string }>(w.tx, `SELECT id FROM plan WHERE huishouden_id = $1 AND status <> 'afgesloten'`, [huishoudenId]);
      if (!plan) throw new ProbleemFout(409, 'geen-plan', 'Geen actief plan', 'Er is geen actief plan om te evalueren.');
      const nieuw = await enkeleRij<{ id: string }>(w.tx, `INSERT INTO evaluatie (huishouden_id, plan_id, gepland_op) VALUES ($1, $2, $3) RETURNING id`, [huishoudenId, plan.id, invoer.geplandOp]);
      await registreerWijziging(w, 'evaluatie', nieuw.id, 1, 'aangemaakt', { geplandOp: { oud: null, nieuw: invoer.geplandOp } });
    });
    return huishoudenId;
  }

  /**
   * Records the evaluation: progress per goal, whether the household feels heard and seen,
   * whether the regie still fits, and plans the next moment — all in one transaction.
   */
  async legVast(ingelogd: Ingelogd, evaluatieId: string, invoer: z.infer<typeof evaluatieVastleggenSchema>): Promise<string> {
    const { huishoudenId } = await this.toegang.wijzig(ingelogd, { evaluatie: evaluatieId }, 'update', async (w) => {
      const huidig = await enkeleRij<{ plan_id: string; gehouden_op: string | null }>(w.tx, `SELECT plan_id, gehouden_op FROM evaluatie WHERE id = $1`, [evaluatieId]);
      if (huidig.gehouden_op) throw new ProbleemFout(409, 'al-vastgelegd', 'Al vastgelegd', 'Deze evaluatie is al vastgelegd.');
      const doelen = await rijen<{ id: string }>(w.tx, `SELECT id FROM doel WHERE plan_id = $1`, [huidig.plan_id]);
      const fouten = invoer.doelen
        .filter((d) => !doelen.some((doel) => doel.id === d.doelId))
        .map((d) => ({ veld: `doelen.${d.doelId}`, melding: 'Dit doel hoort niet bij het plan van deze evaluatie.' }));
      if (fouten.length) throw problemen.ongeldigeInvoer(fouten);
      await werkBijMetVersie(w, 'evaluatie', evaluatieId, invoer.versie, {
        gehoudenOp: invoer.gehoudenOp,
        gehoordEnGezien: invoer.gehoordEnGezien,
        regiePassend: invoer.regiePassend,
        toelichting: invoer.toelichting ?? null,
        volgendeMoment: invoer.volgendeMoment ?? null,
        vastgelegdDoor: ingelogd.id,
      });
      for (const d of invoer.doelen) {
        await w.tx.query(`INSERT INTO evaluatie_doel (evaluatie_id, doel_id, voortgang, toelichting) VALUES ($1, $2, $3, $4)`, [evaluatieId, d.doelId, d.voortgang, d.toelichting ?? null]);
      }
      if (invoer.volgendeMoment) {
        const volgende = await enkeleRij<{ id: string }>(w.tx, `INSERT INTO evaluatie (huishouden_id, plan_id, gepland_op) VALUES ($1, $2, $3) RETURNING id`, [w.huishoudenId, huidig.plan_id, invoer.volgendeMoment]);
        await registreerWijziging(w, 'evaluatie', volgende.id, 1, 'aangemaakt', { geplandOp: { oud: null, nieuw: invoer.volgendeMoment } });
      }
    });
    return huishoudenId;
  }
}
