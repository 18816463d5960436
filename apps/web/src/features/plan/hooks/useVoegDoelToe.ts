import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { voegDoelToe } from '../api/plannen-api';

export function useVoegDoelToe(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: ({ planId, invoer }: { planId: string; invoer: Parameters<typeof voegDoelToe>[1] }) => voegDoelToe(planId, invoer), onSuccess: na.plan });
}
