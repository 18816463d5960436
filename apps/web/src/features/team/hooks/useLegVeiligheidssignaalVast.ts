import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { legVeiligheidssignaalVast } from '../api/team-api';

/** Records a meldcode step; visible to the whole team. */
export function useLegVeiligheidssignaalVast(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: (invoer: Parameters<typeof legVeiligheidssignaalVast>[1]) => legVeiligheidssignaalVast(huishoudenId, invoer), onSuccess: na.detail });
}
