import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { actieWijzigenSchema, doelWijzigenSchema, nieuweActieSchema, nieuwDoelSchema, planAfsluitenSchema, planVaststellenSchema, z } from '@eenplan/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Klok } from '../common/klok.js';
import { ProbleemFout, problemen } from '../common/problemen.js';
import type { Ingelogd } from '../common/verzoek.js';
import { HuishoudenToegangService } from '../huishoudens/huishouden-toegang.service.js';
import { conflict, registreerWijziging, werkBijMetVersie, type WijzigingContext } from '../tijdlijn/versies.js';
import { PlanLezer, type PlanDetail } from './plan-lezer.js';

type Entiteit = 'plan' | 'doel' | 'actie';

const HUISHOUDEN_VAN: Record<Entiteit, string> = {
  plan: `SELECT p.huishouden_id, p.id AS plan_id, p.status AS plan_status FROM plan p WHERE p.id = $1`,
  doel: `SELECT p.huishouden_id, p.id AS plan_id, p.status AS plan_status FROM doel d JOIN plan p ON p.id = d.plan_id WHERE d.id = $1`,
  actie: `SELECT p.huishouden_id, p.id AS plan_id, p.status AS plan_status FROM actie a JOIN doel d ON d.id = a.doel_id JOIN plan p ON p.id = d.plan_id WHERE a.id = $1`,
};

const planAfgesloten = () => new ProbleemFout(409, 'plan-afgesloten', 'Plan is afgesloten', 'Dit plan is afgesloten en kan niet meer worden gewijzigd.');

/** The plan van aanpak: doelen, acties, vaststellen and afsluiten. Each change is one transaction with its history. */
@Injectable()
export class PlannenService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly toegang: HuishoudenToegangService,
    private readonly lezer: PlanLezer,
    private readonly audit: AuditService,
    private readonly klok: Klok,
  ) {}

  /** A new concept plan once the previous one is closed: one active plan per household. */
  async nieuwPlan(ingelogd: Ingelogd, huishoudenId: string): Promise<PlanDetail> {
    let planId = '';
    await this.db.transaction(async (tx) => {
      await this.toegang.vereis(ingelogd, huishoudenId, 'update', tx);
      const [actief] = await tx.query(`SELECT id FROM plan WHERE huishouden_id = $1 AND status <> 'afgesloten'`, [huishoudenId]);
      if (actief) throw new ProbleemFout(409, 'al-een-plan', 'Er is al een plan', 'Dit huishouden heeft al een actief plan. Sluit dat eerst af.');
      const nu = this.klok.nu();
      const [plan] = await tx.query(`INSERT INTO plan (huishouden_id, aangemaakt_op) VALUES ($1, $2) RETURNING id`, [huishoudenId, nu]);
      await tx.query(`UPDATE huishouden SET status = 'actief' WHERE id = $1`, [huishoudenId]);
      await registreerWijziging(tx, { huishoudenId, gebruikerId: ingelogd.id, nu }, 'plan', plan.id, 1, 'aangemaakt');
      planId = plan.id;
    });
    await this.auditWijziging(ingelogd, huishoudenId);
    return (await this.lezer.plan(planId))!;
  }

  async voegDoelToe(ingelogd: Ingelogd, planId: string, invoer: z.infer<typeof nieuwDoelSchema>): Promise<PlanDetail> {
    return this.wijzigPlan(ingelogd, 'plan', planId, async (tx, ctx) => {
      const [doel] = await tx.query(`INSERT INTO doel (plan_id, leefgebied, omschrijving, prioriteit, aangemaakt_op) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
        planId,
        invoer.leefgebied,
        invoer.omschrijving,
        invoer.prioriteit,
        ctx.nu,
      ]);
      await registreerWijziging(tx, ctx, 'doel', doel.id, 1, 'aangemaakt', {
        leefgebied: { oud: null, nieuw: invoer.leefgebied },
        omschrijving: { oud: null, nieuw: invoer.omschrijving },
        prioriteit: { oud: null, nieuw: invoer.prioriteit },
      });
    });
  }

  async wijzigDoel(ingelogd: Ingelogd, doelId: string, invoer: z.infer<typeof doelWijzigenSchema>): Promise<PlanDetail> {
    return this.wijzigPlan(ingelogd, 'doel', doelId, async (tx, ctx) => {
      const { versie, ...velden } = invoer;
      await werkBijMetVersie(tx, ctx, 'doel', doelId, versie, velden);
    });
  }

  async verwijderDoel(ingelogd: Ingelogd, doelId: string, versie: number): Promise<PlanDetail> {
    return this.wijzigPlan(ingelogd, 'doel', doelId, (tx, ctx) => this.verwijder(tx, ctx, 'doel', doelId, versie));
  }

  async voegActieToe(ingelogd: Ingelogd, doelId: string, invoer: z.infer<typeof nieuweActieSchema>): Promise<PlanDetail> {
    return this.wijzigPlan(ingelogd, 'doel', doelId, async (tx, ctx) => {
      if (invoer.eigenaarSoort === 'professional') await this.vereisTeamlid(tx, ctx, invoer.eigenaarGebruikerId!);
      const [actie] = await tx.query(
        `INSERT INTO actie (doel_id, omschrijving, eigenaar_soort, eigenaar_naam, eigenaar_gebruiker_id, deadline, aangemaakt_op) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [doelId, invoer.omschrijving, invoer.eigenaarSoort, invoer.eigenaarSoort === 'professional' ? null : invoer.eigenaarNaam, invoer.eigenaarSoort === 'professional' ? invoer.eigenaarGebruikerId : null, invoer.deadline, ctx.nu],
      );
      await registreerWijziging(tx, ctx, 'actie', actie.id, 1, 'aangemaakt', {
        omschrijving: { oud: null, nieuw: invoer.omschrijving },
        eigenaarSoort: { oud: null, nieuw: invoer.eigenaarSoort },
        deadline: { oud: null, nieuw: invoer.deadline },
      });
    });
  }

  /**
   * Whoever may edit the household may edit its actions. A professional who may only read it
   * may change what CASL allows on actions they own (the status), nothing else.
   */
  async wijzigActie(ingelogd: Ingelogd, actieId: string, invoer: z.infer<typeof actieWijzigenSchema>): Promise<PlanDetail> {
    const [actie] = await this.db.query(`${HUISHOUDEN_VAN.actie.replace('SELECT p.huishouden_id', 'SELECT p.huishouden_id, a.eigenaar_gebruiker_id')}`, [actieId]);
    let nodig: 'update' | 'read' = 'update';
    if (actie && !(await this.toegang.mag(ingelogd, actie.huishouden_id, 'update')) && (await this.toegang.mag(ingelogd, actie.huishouden_id, 'read'))) {
      const eigen = subject('Actie', { eigenaarGebruikerId: actie.eigenaar_gebruiker_id as string | null });
      const velden = Object.keys(invoer).filter((veld) => veld !== 'versie' && invoer[veld as keyof typeof invoer] !== undefined);
      const verboden = velden.filter((veld) => !ingelogd.ability.can('update', eigen, veld));
      if (!ingelogd.ability.can('update', eigen) || verboden.length) {
        throw problemen.geenToegang(
          actie.eigenaar_gebruiker_id === ingelogd.id ? `U mag bij uw eigen acties alleen de status wijzigen (niet: ${verboden.join(', ')}).` : 'U kunt alleen uw eigen acties bijwerken.',
        );
      }
      nodig = 'read';
    }
    return this.wijzigPlan(ingelogd, 'actie', actieId, async (tx, ctx) => {
      const { versie, ...velden } = invoer;
      if (velden.eigenaarSoort === 'professional' && !velden.eigenaarGebruikerId) {
        throw problemen.ongeldigeInvoer([{ veld: 'eigenaarGebruikerId', melding: 'Kies welke professional de actie uitvoert.' }]);
      }
      if (velden.eigenaarGebruikerId) await this.vereisTeamlid(tx, ctx, velden.eigenaarGebruikerId);
      // A new kind of owner replaces the old one completely: a professional who no longer owns
      // the action must lose the rights that came with owning it.
      const eigenaar =
        velden.eigenaarSoort === undefined ? {}
        : velden.eigenaarSoort === 'professional' ? { eigenaarNaam: null }
        : { eigenaarGebruikerId: null };
      await werkBijMetVersie(tx, ctx, 'actie', actieId, versie, { ...velden, ...eigenaar });
    }, false, nodig);
  }

  async verwijderActie(ingelogd: Ingelogd, actieId: string, versie: number): Promise<PlanDetail> {
    return this.wijzigPlan(ingelogd, 'actie', actieId, (tx, ctx) => this.verwijder(tx, ctx, 'actie', actieId, versie));
  }

  /** The household agreed: concept → vastgesteld, in one transaction. */
  async vaststellen(ingelogd: Ingelogd, planId: string, invoer: z.infer<typeof planVaststellenSchema>): Promise<PlanDetail> {
    return this.wijzigPlan(ingelogd, 'plan', planId, async (tx, ctx, plan) => {
      if (plan.status !== 'concept') throw new ProbleemFout(409, 'al-vastgesteld', 'Al vastgesteld', 'Dit plan is al vastgesteld.');
      const [{ aantal }] = await tx.query(`SELECT count(*)::int AS aantal FROM doel WHERE plan_id = $1`, [planId]);
      if (aantal === 0) throw problemen.ongeldigeInvoer([{ veld: 'doelen', melding: 'Een plan heeft minstens één doel voordat het wordt vastgesteld.' }]);
      await werkBijMetVersie(tx, ctx, 'plan', planId, invoer.versie, { status: 'vastgesteld', vastgesteldOp: ctx.nu, akkoordHuishoudenOp: invoer.akkoordHuishoudenOp }, 'vastgesteld');
    });
  }

  /** Close with a reason and, for every doel, whether it was achieved; the household's file closes with it. */
  async afsluiten(ingelogd: Ingelogd, planId: string, invoer: z.infer<typeof planAfsluitenSchema>): Promise<PlanDetail> {
    return this.wijzigPlan(ingelogd, 'plan', planId, async (tx, ctx) => {
      const doelen: { id: string; versie: number }[] = await tx.query(`SELECT id, versie FROM doel WHERE plan_id = $1 FOR UPDATE`, [planId]);
      const resultaten = new Map(invoer.resultaten.map((r) => [r.doelId, r.resultaat]));
      const fouten = doelen.filter((d) => !resultaten.has(d.id)).map((d) => ({ veld: `resultaten.${d.id}`, melding: 'Geef voor elk doel aan of het is behaald.' }));
      const onbekend = [...resultaten.keys()].filter((id) => !doelen.some((d) => d.id === id));
      for (const id of onbekend) fouten.push({ veld: `resultaten.${id}`, melding: 'Dit doel hoort niet bij dit plan.' });
      if (fouten.length) throw problemen.ongeldigeInvoer(fouten);
      await werkBijMetVersie(tx, ctx, 'plan', planId, invoer.versie, { status: 'afgesloten', afgeslotenOp: ctx.nu, afsluitreden: invoer.reden, afsluitToelichting: invoer.toelichting ?? null }, 'afgesloten');
      for (const doel of doelen) await werkBijMetVersie(tx, ctx, 'doel', doel.id, doel.versie, { resultaat: resultaten.get(doel.id) });
      await tx.query(`UPDATE huishouden SET status = 'afgesloten' WHERE id = $1`, [ctx.huishoudenId]);
    }, true);
  }

  /**
   * Finds the household the plan/doel/actie belongs to, checks update rights on it (row locked,
   * 404 when not allowed or not there), refuses changes to a closed plan, runs `werk` in the
   * same transaction and returns the plan as it is now.
   */
  private async wijzigPlan(
    ingelogd: Ingelogd,
    entiteit: Entiteit,
    id: string,
    werk: (tx: EntityManager, ctx: WijzigingContext, plan: { id: string; status: string }) => Promise<void>,
    afsluitenToegestaan = false,
    nodig: 'update' | 'read' = 'update',
  ): Promise<PlanDetail> {
    let planId = '';
    let huishoudenId = '';
    await this.db.transaction(async (tx) => {
      const [rij] = await tx.query(HUISHOUDEN_VAN[entiteit], [id]);
      if (!rij) throw problemen.nietGevonden();
      await this.toegang.vereis(ingelogd, rij.huishouden_id, nodig, tx);
      const [plan] = await tx.query(`SELECT id, status FROM plan WHERE id = $1 FOR UPDATE`, [rij.plan_id]);
      if (plan.status === 'afgesloten' && !afsluitenToegestaan) throw planAfgesloten();
      if (plan.status === 'afgesloten') throw new ProbleemFout(409, 'al-afgesloten', 'Al afgesloten', 'Dit plan is al afgesloten.');
      planId = rij.plan_id;
      huishoudenId = rij.huishouden_id;
      await werk(tx, { huishoudenId, gebruikerId: ingelogd.id, nu: this.klok.nu() }, plan);
    });
    await this.auditWijziging(ingelogd, huishoudenId);
    return (await this.lezer.plan(planId))!;
  }

  private async verwijder(tx: EntityManager, ctx: WijzigingContext, entiteit: 'doel' | 'actie', id: string, versie: number): Promise<void> {
    const [rij] = await tx.query(`SELECT versie, omschrijving FROM ${entiteit} WHERE id = $1 FOR UPDATE`, [id]);
    if (rij.versie !== versie) throw conflict();
    await tx.query(`DELETE FROM ${entiteit} WHERE id = $1`, [id]);
    await registreerWijziging(tx, ctx, entiteit, id, versie + 1, 'verwijderd', { omschrijving: { oud: rij.omschrijving, nieuw: null } });
  }

  /** An action's professional owner must be in the household's team (or be its casemanager). */
  private async vereisTeamlid(tx: EntityManager, ctx: WijzigingContext, gebruikerId: string): Promise<void> {
    const vandaag = ctx.nu.toISOString().slice(0, 10);
    const [rij] = await tx.query(
      `SELECT 1 FROM huishouden h WHERE h.id = $1 AND (h.casemanager_id = $2 OR EXISTS (
         SELECT 1 FROM betrokkene b WHERE b.huishouden_id = h.id AND b.gebruiker_id = $2 AND b.van <= $3 AND (b.tot IS NULL OR b.tot >= $3)))`,
      [ctx.huishoudenId, gebruikerId, vandaag],
    );
    if (!rij) throw problemen.ongeldigeInvoer([{ veld: 'eigenaarGebruikerId', melding: 'Deze professional hoort niet bij het team van dit huishouden.' }]);
  }

  private async auditWijziging(ingelogd: Ingelogd, huishoudenId: string): Promise<void> {
    await this.audit.registreer('huishouden_gewijzigd', { gebruikerId: ingelogd.id, organisatieId: ingelogd.organisatie.id, huishoudenId });
  }
}
