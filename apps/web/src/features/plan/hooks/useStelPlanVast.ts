import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { stelPlanVast } from '../api/plannen-api';

/** Concept → vastgesteld, with the day the household agreed. */
export function useStelPlanVast(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: ({ planId, invoer }: { planId: string; invoer: Parameters<typeof stelPlanVast>[1] }) => stelPlanVast(planId, invoer), onSuccess: na.plan });
}
