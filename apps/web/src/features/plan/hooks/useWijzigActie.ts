import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { wijzigActie } from '../api/plannen-api';

/** Edits an action; a professional may only send `status` for their own actions. */
export function useWijzigActie(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: ({ actieId, invoer }: { actieId: string; invoer: Parameters<typeof wijzigActie>[1] }) => wijzigActie(actieId, invoer), onSuccess: na.plan });
}
