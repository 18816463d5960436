import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { wijzigDoel } from '../api/plannen-api';

export function useWijzigDoel(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: ({ doelId, invoer }: { doelId: string; invoer: Parameters<typeof wijzigDoel>[1] }) => wijzigDoel(doelId, invoer), onSuccess: na.plan });
}
