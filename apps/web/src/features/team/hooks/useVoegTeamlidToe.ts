import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { voegTeamlidToe } from '../api/team-api';

/** Adds a professional or someone of the household's network to the team. */
export function useVoegTeamlidToe(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: (invoer: Parameters<typeof voegTeamlidToe>[1]) => voegTeamlidToe(huishoudenId, invoer), onSuccess: na.detail });
}
