import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { startNieuwPlan } from '../api/plannen-api';

/** A new concept plan after the previous one was closed. */
export function useStartNieuwPlan(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: (huishoudenId: string) => startNieuwPlan(huishoudenId), onSuccess: na.plan });
}
