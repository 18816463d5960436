import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { zetGrondslagen } from '../api/team-api';

/** Sets the laws the support falls under (replaces the list). */
export function useZetGrondslagen(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: (invoer: Parameters<typeof zetGrondslagen>[1]) => zetGrondslagen(huishoudenId, invoer), onSuccess: na.detail });
}
