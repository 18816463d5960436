import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { sluitPlanAf } from '../api/plannen-api';

/** Closes the plan with a reason and a result per goal; the household's file closes with it. */
export function useSluitPlanAf(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: ({ planId, invoer }: { planId: string; invoer: Parameters<typeof sluitPlanAf>[1] }) => sluitPlanAf(planId, invoer), onSuccess: na.plan });
}
