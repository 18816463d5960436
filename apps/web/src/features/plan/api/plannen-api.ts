import type { actieWijzigenSchema, doelWijzigenSchema, nieuweActieSchema, nieuwDoelSchema, planAfsluitenSchema, planVaststellenSchema, z } from '@eenplan/contracts';
import { vraag } from '../../../shared/api/http';
import type { HuishoudenDetail } from '@eenplan/contracts';

const id = (waarde: string) => encodeURIComponent(waarde);

export function startNieuwPlan(huishoudenId: string): Promise<HuishoudenDetail> {
  return vraag('POST', `/huishoudens/${id(huishoudenId)}/plannen`, {});
}

export function voegDoelToe(planId: string, invoer: z.infer<typeof nieuwDoelSchema>): Promise<HuishoudenDetail> {
  return vraag('POST', `/plannen/${id(planId)}/doelen`, invoer);
}

export function wijzigDoel(doelId: string, invoer: z.infer<typeof doelWijzigenSchema>): Promise<HuishoudenDetail> {
  return vraag('PATCH', `/doelen/${id(doelId)}`, invoer);
}

export function verwijderDoel(doelId: string, versie: number): Promise<HuishoudenDetail> {
  return vraag('DELETE', `/doelen/${id(doelId)}?versie=${versie}`);
}

export function voegActieToe(doelId: string, invoer: z.infer<typeof nieuweActieSchema>): Promise<HuishoudenDetail> {
  return vraag('POST', `/doelen/${id(doelId)}/acties`, invoer);
}

export function wijzigActie(actieId: string, invoer: z.infer<typeof actieWijzigenSchema>): Promise<HuishoudenDetail> {
  return vraag('PATCH', `/acties/${id(actieId)}`, invoer);
}

export function verwijderActie(actieId: string, versie: number): Promise<HuishoudenDetail> {
  return vraag('DELETE', `/acties/${id(actieId)}?versie=${versie}`);
}

export function stelPlanVast(planId: string, invoer: z.infer<typeof planVaststellenSchema>): Promise<HuishoudenDetail> {
  return vraag('POST', `/plannen/${id(planId)}/vaststellen`, invoer);
}

export function sluitPlanAf(planId: string, invoer: z.infer<typeof planAfsluitenSchema>): Promise<HuishoudenDetail> {
  return vraag('POST', `/plannen/${id(planId)}/afsluiten`, invoer);
}
