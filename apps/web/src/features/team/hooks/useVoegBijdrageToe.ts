import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { voegBijdrageToe } from '../api/team-api';

/** Adds a contribution (note) of a team member. */
export function useVoegBijdrageToe(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: (invoer: Parameters<typeof voegBijdrageToe>[1]) => voegBijdrageToe(huishoudenId, invoer), onSuccess: na.detail });
}
