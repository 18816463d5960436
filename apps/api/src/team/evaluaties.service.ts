import { Injectable } from '@nestjs/common';
import type { evaluatiePlannenSchema, evaluatieVastleggenSchema, z } from '@eenplan/contracts';
import { ProbleemFout, problemen } from '../common/problemen.js';
import type { Ingelogd } from '../common/verzoek.js';
import { HuishoudenToegangService } from '../huishoudens/huishouden-toegang.service.js';
import { registreerWijziging, werkBijMetVersie } from '../tijdlijn/versies.js';

/** Evaluation moments of the plan: planned, then recorded with the household. */
@Injectable()
export class EvaluatiesService {
  constructor(private readonly toegang: HuishoudenToegangService) {}

  async plan(ingelogd: Ingelogd, huishoudenId: string, invoer: z.infer<typeof evaluatiePlannenSchema>): Promise<void> {
    await this.toegang.wijzig(ingelogd, huishoudenId, 'update', async (tx, ctx) => {
      const [plan] = await tx.query(`SELECT id FROM plan WHERE huishouden_id = $1 AND status <> 'afgesloten'`, [huishoudenId]);
      if (!plan) throw new ProbleemFout(409, 'geen-plan', 'Geen actief plan', 'Er is geen actief plan om te evalueren.');
      const [rij] = await tx.query(`INSERT INTO evaluatie (huishouden_id, plan_id, gepland_op) VALUES ($1, $2, $3) RETURNING id`, [huishoudenId, plan.id, invoer.geplandOp]);
      await registreerWijziging(tx, ctx, 'evaluatie', rij.id, 1, 'aangemaakt', { geplandOp: { oud: null, nieuw: invoer.geplandOp } });
    });
  }

  /**
   * Records the evaluation: progress per goal, whether the household feels heard and seen,
   * whether the regie still fits, and plans the next moment — all in one transaction.
   */
  async legVast(ingelogd: Ingelogd, evaluatieId: string, invoer: z.infer<typeof evaluatieVastleggenSchema>): Promise<string> {
    const [e] = await this.toegang.query(`SELECT huishouden_id, plan_id FROM evaluatie WHERE id = $1`, [evaluatieId]);
    if (!e?.huishouden_id) throw problemen.nietGevonden();
    await this.toegang.wijzig(ingelogd, e.huishouden_id, 'update', async (tx, ctx) => {
      const [huidig] = await tx.query(`SELECT gehouden_op FROM evaluatie WHERE id = $1`, [evaluatieId]);
      if (huidig.gehouden_op) throw new ProbleemFout(409, 'al-vastgelegd', 'Al vastgelegd', 'Deze evaluatie is al vastgelegd.');
      const doelen: { id: string }[] = await tx.query(`SELECT id FROM doel WHERE plan_id = $1`, [e.plan_id]);
      const fouten = invoer.doelen
        .filter((d) => !doelen.some((doel) => doel.id === d.doelId))
        .map((d) => ({ veld: `doelen.${d.doelId}`, melding: 'Dit doel hoort niet bij het plan van deze evaluatie.' }));
      if (fouten.length) throw problemen.ongeldigeInvoer(fouten);
      await werkBijMetVersie(tx, ctx, 'evaluatie', evaluatieId, invoer.versie, {
        gehoudenOp: invoer.gehoudenOp,
        gehoordEnGezien: invoer.gehoordEnGezien,
        regiePassend: invoer.regiePassend,
        toelichting: invoer.toelichting ?? null,
        volgendeMoment: invoer.volgendeMoment ?? null,
        vastgelegdDoor: ingelogd.id,
      });
      for (const d of invoer.doelen) {
        await tx.query(`INSERT INTO evaluatie_doel (evaluatie_id, doel_id, voortgang, toelichting) VALUES ($1, $2, $3, $4)`, [evaluatieId, d.doelId, d.voortgang, d.toelichting ?? null]);
      }
      if (invoer.volgendeMoment) {
        const [volgende] = await tx.query(`INSERT INTO evaluatie (huishouden_id, plan_id, gepland_op) VALUES ($1, $2, $3) RETURNING id`, [e.huishouden_id, e.plan_id, invoer.volgendeMoment]);
        await registreerWijziging(tx, ctx, 'evaluatie', volgende.id, 1, 'aangemaakt', { geplandOp: { oud: null, nieuw: invoer.volgendeMoment } });
      }
    });
    return e.huishouden_id;
  }
}
