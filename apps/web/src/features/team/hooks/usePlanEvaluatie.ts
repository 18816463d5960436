import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { planEvaluatie } from '../api/team-api';

/** Plans an evaluation moment. */
export function usePlanEvaluatie(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: (invoer: Parameters<typeof planEvaluatie>[1]) => planEvaluatie(huishoudenId, invoer), onSuccess: na.detail });
}
