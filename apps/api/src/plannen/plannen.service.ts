import { Injectable } from '@nestjs/common';
import type { actieWijzigenSchema, doelWijzigenSchema, nieuweActieSchema, nieuwDoelSchema, planAfsluitenSchema, planVaststellenSchema, PlanStatus, z } from '@eenplan/contracts';
import { ProbleemFout, problemen } from '../common/problemen.js';
import { enkeleRij, rij, rijen } from '../common/sql.js';
import type { Ingelogd } from '../common/verzoek.js';
import { conflict, registreerWijziging, werkBijMetVersie, type Wijziging } from '../tijdlijn/versies.js';
import { vereisBsnsVanHuishoudenVrij } from '../huishoudens/bsn-uniek.js';
import { inTeamOp } from '../toegang/regels-sql.js';
import { ToegangService, type Doelwit } from '../toegang/toegang.service.js';

const planAfgesloten = () => new ProbleemFout(409, 'plan-afgesloten', 'Plan is afgesloten', 'Dit plan is afgesloten en kan niet meer worden gewijzigd.');

/** The plan a record belongs to, for the check that a closed plan is not changed. */
const PLAN_VAN = {
  plan: `SELECT id, status FROM plan WHERE id = $1 FOR UPDATE`,
  doel: `SELECT p.id, p.status FROM plan p JOIN doel d ON d.plan_id = p.id WHERE d.id = $1 FOR UPDATE OF p`,
  actie: `SELECT p.id, p.status FROM plan p JOIN doel d ON d.plan_id = p.id JOIN actie a ON a.doel_id = d.id WHERE a.id = $1 FOR UPDATE OF p`,
} as const;
type PlanRecord = keyof typeof PLAN_VAN;

/** The plan van aanpak: doelen, acties, vaststellen and afsluiten. Each change is one transaction with its history. Each answers the household's id. */
@Injectable()
export class PlannenService {
  constructor(private readonly toegang: ToegangService) {}

  /** A new concept plan once the previous one is closed: one active plan per household. */
  async nieuwPlan(ingelogd: Ingelogd, huishoudenId: string): Promise<string> {
    await this.toegang.wijzig(ingelogd, huishoudenId, 'update', async (w) => {
      const actief = await rij<{ id: string }>(w.tx, `SELECT id FROM plan WHERE huishouden_id = $1 AND status <> 'afgesloten'`, [huishoudenId]);
      if (actief) throw new ProbleemFout(409, 'al-een-plan', 'Er is al een plan', 'Dit huishouden heeft al een actief plan. Sluit dat eerst af.');
      // Active again: its members' BSNs must not meanwhile be in another active household.
      await vereisBsnsVanHuishoudenVrij(w);
      const plan = await enkeleRij<{ id: string }>(w.tx, `INSERT INTO plan (huishouden_id, aangemaakt_op) VALUES ($1, $2) RETURNING id`, [huishoudenId, w.nu]);
      await w.tx.query(`UPDATE huishouden SET status = 'actief' WHERE id = $1`, [huishoudenId]);
      await registreerWijziging(w, 'plan', plan.id, 1, 'aangemaakt');
    });
    return huishoudenId;
  }

  async voegDoelToe(ingelogd: Ingelogd, planId: string, invoer: z.infer<typeof nieuwDoelSchema>): Promise<string> {
    return this.wijzigPlan(ingelogd, 'plan', planId, async (w) => {
      const doel = await enkeleRij<{ id: string }>(w.tx, `INSERT INTO doel (plan_id, leefgebied, omschrijving, prioriteit, aangemaakt_op) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
        planId,
        invoer.leefgebied,
        invoer.omschrijving,
        invoer.prioriteit,
        w.nu,
      ]);
      await registreerWijziging(w, 'doel', doel.id, 1, 'aangemaakt', {
        leefgebied: { oud: null, nieuw: invoer.leefgebied },
        omschrijving: { oud: null, nieuw: invoer.omschrijving },
        prioriteit: { oud: null, nieuw: invoer.prioriteit },
      });
    });
  }

  async wijzigDoel(ingelogd: Ingelogd, doelId: string, invoer: z.infer<typeof doelWijzigenSchema>): Promise<string> {
    return this.wijzigPlan(ingelogd, 'doel', doelId, async (w) => {
      const { versie, ...velden } = invoer;
      await werkBijMetVersie(w, 'doel', doelId, versie, velden);
    });
  }

  async verwijderDoel(ingelogd: Ingelogd, doelId: string, versie: number): Promise<string> {
    return this.wijzigPlan(ingelogd, 'doel', doelId, (w) => this.verwijder(w, 'doel', doelId, versie));
  }

  async voegActieToe(ingelogd: Ingelogd, doelId: string, invoer: z.infer<typeof nieuweActieSchema>): Promise<string> {
    return this.wijzigPlan(ingelogd, 'doel', doelId, async (w) => {
      if (invoer.eigenaarSoort === 'professional') await this.vereisTeamlid(w, invoer.eigenaarGebruikerId!);
      const professional = invoer.eigenaarSoort === 'professional';
      const actie = await enkeleRij<{ id: string }>(
        w.tx,
        `INSERT INTO actie (doel_id, omschrijving, eigenaar_soort, eigenaar_naam, eigenaar_gebruiker_id, deadline, aangemaakt_op) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [doelId, invoer.omschrijving, invoer.eigenaarSoort, professional ? null : invoer.eigenaarNaam, professional ? invoer.eigenaarGebruikerId : null, invoer.deadline, w.nu],
      );
      await registreerWijziging(w, 'actie', actie.id, 1, 'aangemaakt', {
        omschrijving: { oud: null, nieuw: invoer.omschrijving },
        eigenaarSoort: { oud: null, nieuw: invoer.eigenaarSoort },
        deadline: { oud: null, nieuw: invoer.deadline },
      });
    });
  }

  /**
   * Whoever may edit the household may edit its actions. A professional who may only read it
   * may change what the Actie rules allow on actions they own (the status), nothing else.
   */
  async wijzigActie(ingelogd: Ingelogd, actieId: string, invoer: z.infer<typeof actieWijzigenSchema>): Promise<string> {
    const huishoudenId = await this.toegang.huishoudenVan({ actie: actieId });
    const alleenEigen = !(await this.toegang.mag(ingelogd, huishoudenId, 'update')) && (await this.toegang.mag(ingelogd, huishoudenId, 'read'));
    return this.wijzigPlan(
      ingelogd,
      'actie',
      actieId,
      async (w) => {
        const { versie, ...velden } = invoer;
        if (alleenEigen) await this.toegang.vereisEigenActie(ingelogd, actieId, Object.keys(velden).filter((veld) => velden[veld as keyof typeof velden] !== undefined), w.tx);
        if (velden.eigenaarSoort === 'professional' && !velden.eigenaarGebruikerId) {
          throw problemen.ongeldigeInvoer([{ veld: 'eigenaarGebruikerId', melding: 'Kies welke professional de actie uitvoert.' }]);
        }
        if (velden.eigenaarGebruikerId) await this.vereisTeamlid(w, velden.eigenaarGebruikerId);
        // A new kind of owner replaces the old one completely: a professional who no longer owns
        // the action must lose the rights that came with owning it.
        const eigenaar =
          velden.eigenaarSoort === undefined ? {}
          : velden.eigenaarSoort === 'professional' ? { eigenaarNaam: null }
          : { eigenaarGebruikerId: null };
        await werkBijMetVersie(w, 'actie', actieId, versie, { ...velden, ...eigenaar });
      },
      false,
      alleenEigen ? 'read' : 'update',
    );
  }

  async verwijderActie(ingelogd: Ingelogd, actieId: string, versie: number): Promise<string> {
    return this.wijzigPlan(ingelogd, 'actie', actieId, (w) => this.verwijder(w, 'actie', actieId, versie));
  }

  /** The household agreed: concept → vastgesteld, in one transaction. */
  async vaststellen(ingelogd: Ingelogd, planId: string, invoer: z.infer<typeof planVaststellenSchema>): Promise<string> {
    return this.wijzigPlan(ingelogd, 'plan', planId, async (w, plan) => {
      if (plan.status !== 'concept') throw new ProbleemFout(409, 'al-vastgesteld', 'Al vastgesteld', 'Dit plan is al vastgesteld.');
      const { aantal } = await enkeleRij<{ aantal: number }>(w.tx, `SELECT count(*)::int AS aantal FROM doel WHERE plan_id = $1`, [planId]);
      if (aantal === 0) throw problemen.ongeldigeInvoer([{ veld: 'doelen', melding: 'Een plan heeft minstens één doel voordat het wordt vastgesteld.' }]);
      // The household cannot have agreed to a plan before it existed (the contract already refuses the future).
      const { gemaakt } = await enkeleRij<{ gemaakt: string }>(w.tx, `SELECT to_char(aangemaakt_op AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS gemaakt FROM plan WHERE id = $1`, [planId]);
      if (invoer.akkoordHuishoudenOp < gemaakt) {
        throw problemen.ongeldigeInvoer([{ veld: 'akkoordHuishoudenOp', melding: `Het plan bestaat sinds ${gemaakt.split('-').reverse().join('-')}; het akkoord kan niet eerder zijn.` }]);
      }
      await werkBijMetVersie(w, 'plan', planId, invoer.versie, { status: 'vastgesteld', vastgesteldOp: w.nu, akkoordHuishoudenOp: invoer.akkoordHuishoudenOp }, 'vastgesteld');
    });
  }

  /** Close with a reason and, for every doel, whether it was achieved; the household's file closes with it. */
  async afsluiten(ingelogd: Ingelogd, planId: string, invoer: z.infer<typeof planAfsluitenSchema>): Promise<string> {
    return this.wijzigPlan(
      ingelogd,
      'plan',
      planId,
      async (w) => {
        const doelen = await rijen<{ id: string; versie: number }>(w.tx, `SELECT id, versie FROM doel WHERE plan_id = $1 FOR UPDATE`, [planId]);
        const resultaten = new Map(invoer.resultaten.map((r) => [r.doelId, r.resultaat]));
        const fouten = doelen.filter((d) => !resultaten.has(d.id)).map((d) => ({ veld: `resultaten.${d.id}`, melding: 'Geef voor elk doel aan of het is behaald.' }));
        const onbekend = [...resultaten.keys()].filter((id) => !doelen.some((d) => d.id === id));
        for (const id of onbekend) fouten.push({ veld: `resultaten.${id}`, melding: 'Dit doel hoort niet bij dit plan.' });
        if (fouten.length) throw problemen.ongeldigeInvoer(fouten);
        await werkBijMetVersie(w, 'plan', planId, invoer.versie, { status: 'afgesloten', afgeslotenOp: w.nu, afsluitreden: invoer.reden, afsluitToelichting: invoer.toelichting ?? null }, 'afgesloten');
        for (const doel of doelen) await werkBijMetVersie(w, 'doel', doel.id, doel.versie, { resultaat: resultaten.get(doel.id) });
        await w.tx.query(`UPDATE huishouden SET status = 'afgesloten' WHERE id = $1`, [w.huishoudenId]);
      },
      true,
    );
  }

  /**
   * A change to a plan, a doel or an actie through the one write path (household found,
   * locked and checked); then the plan is locked and a closed plan refused.
   */
  private async wijzigPlan(
    ingelogd: Ingelogd,
    soort: PlanRecord,
    id: string,
    werk: (w: Wijziging, plan: { id: string; status: PlanStatus }) => Promise<void>,
    afsluitenToegestaan = false,
    nodig: 'update' | 'read' = 'update',
  ): Promise<string> {
    const doelwit: Doelwit = { [soort]: id };
    const { huishoudenId } = await this.toegang.wijzig(ingelogd, doelwit, nodig, async (w) => {
      const plan = await rij<{ id: string; status: PlanStatus }>(w.tx, PLAN_VAN[soort], [id]);
      if (!plan) throw problemen.nietGevonden();
      if (plan.status === 'afgesloten') throw afsluitenToegestaan ? new ProbleemFout(409, 'al-afgesloten', 'Al afgesloten', 'Dit plan is al afgesloten.') : planAfgesloten();
      await werk(w, plan);
    });
    return huishoudenId;
  }

  private async verwijder(w: Wijziging, soort: 'doel' | 'actie', id: string, versie: number): Promise<void> {
    const huidig = await rij<{ versie: number; omschrijving: string }>(w.tx, `SELECT versie, omschrijving FROM ${soort} WHERE id = $1 FOR UPDATE`, [id]);
    if (!huidig) throw problemen.nietGevonden();
    if (huidig.versie !== versie) throw conflict();
    await w.tx.query(`DELETE FROM ${soort} WHERE id = $1`, [id]);
    await registreerWijziging(w, soort, id, versie + 1, 'verwijderd', { omschrijving: { oud: huidig.omschrijving, nieuw: null } });
  }

  /** An action's professional owner must be in the household's team (or be its casemanager). */
  private async vereisTeamlid(w: Wijziging, gebruikerId: string): Promise<void> {
    const gevonden = await rij<{ ja: number }>(
      w.tx,
      `SELECT 1 AS ja FROM huishouden h WHERE h.id = $1 AND (h.casemanager_id = $2 OR EXISTS (
         SELECT 1 FROM betrokkene b WHERE b.huishouden_id = h.id AND b.gebruiker_id = $2 AND ${inTeamOp('b', '$3')}))`,
      [w.huishoudenId, gebruikerId, w.nu.toISOString().slice(0, 10)],
    );
    if (!gevonden) throw problemen.ongeldigeInvoer([{ veld: 'eigenaarGebruikerId', melding: 'Deze professional hoort niet bij het team van dit huishouden.' }]);
  }
}
