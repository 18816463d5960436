import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { beeindigRegie } from '../api/team-api';

/** Ends the current regie agreement. */
export function useBeeindigRegie(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: ({ regieId, versie }: { regieId: string; versie: number }) => beeindigRegie(regieId, versie), onSuccess: na.detail });
}
