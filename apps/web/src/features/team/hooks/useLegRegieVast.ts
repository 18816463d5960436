import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { legRegieVast } from '../api/team-api';

/** Records who holds regie; a current agreement ends in the same step. */
export function useLegRegieVast(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: (invoer: Parameters<typeof legRegieVast>[1]) => legRegieVast(huishoudenId, invoer), onSuccess: na.detail });
}
