import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { legEvaluatieVast } from '../api/team-api';

/** Records a held evaluation and plans the next one. */
export function useLegEvaluatieVast(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: ({ evaluatieId, invoer }: { evaluatieId: string; invoer: Parameters<typeof legEvaluatieVast>[1] }) => legEvaluatieVast(evaluatieId, invoer), onSuccess: na.detail });
}
