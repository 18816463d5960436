import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { beeindigTeamlid } from '../api/team-api';

/** Ends a team membership on a given day. */
export function useBeeindigTeamlid(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: ({ teamlidId, invoer }: { teamlidId: string; invoer: Parameters<typeof beeindigTeamlid>[1] }) => beeindigTeamlid(teamlidId, invoer), onSuccess: na.detail });
}
