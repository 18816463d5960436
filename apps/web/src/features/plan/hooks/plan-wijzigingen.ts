import { useHuishoudenWijziging } from '../../../shared/huishouden/useHuishoudenWijziging';
import { sluitPlanAf, startNieuwPlan, stelPlanVast, verwijderActie, verwijderDoel, voegActieToe, voegDoelToe, wijzigActie, wijzigDoel } from '../api/plannen-api';

// One hook per change to the plan; each answers with the whole household (see useHuishoudenWijziging).

/** A new concept plan, the first or after the previous one was closed. */
export const useStartNieuwPlan = (huishoudenId: string) => useHuishoudenWijziging(huishoudenId, () => startNieuwPlan(huishoudenId));

export const useVoegDoelToe = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, ({ planId, invoer }: { planId: string; invoer: Parameters<typeof voegDoelToe>[1] }) => voegDoelToe(planId, invoer));

export const useWijzigDoel = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, ({ doelId, invoer }: { doelId: string; invoer: Parameters<typeof wijzigDoel>[1] }) => wijzigDoel(doelId, invoer));

export const useVerwijderDoel = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, ({ doelId, versie }: { doelId: string; versie: number }) => verwijderDoel(doelId, versie));

export const useVoegActieToe = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, ({ doelId, invoer }: { doelId: string; invoer: Parameters<typeof voegActieToe>[1] }) => voegActieToe(doelId, invoer));

/** Edits an action; a professional may only send `status` for their own actions. */
export const useWijzigActie = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, ({ actieId, invoer }: { actieId: string; invoer: Parameters<typeof wijzigActie>[1] }) => wijzigActie(actieId, invoer));

export const useVerwijderActie = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, ({ actieId, versie }: { actieId: string; versie: number }) => verwijderActie(actieId, versie));

/** Concept → vastgesteld, with the day the household agreed. */
export const useStelPlanVast = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, ({ planId, invoer }: { planId: string; invoer: Parameters<typeof stelPlanVast>[1] }) => stelPlanVast(planId, invoer));

/** Closes the plan with a reason and a result per goal; the household's file closes with it. */
export const useSluitPlanAf = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, ({ planId, invoer }: { planId: string; invoer: Parameters<typeof sluitPlanAf>[1] }) => sluitPlanAf(planId, invoer));
