import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { geefToestemming } from '../api/team-api';

/** Records the household's consent to share its plan with an organisation. */
export function useGeefToestemming(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: (invoer: Parameters<typeof geefToestemming>[1]) => geefToestemming(huishoudenId, invoer), onSuccess: na.detail });
}
