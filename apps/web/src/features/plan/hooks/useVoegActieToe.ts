import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { voegActieToe } from '../api/plannen-api';

export function useVoegActieToe(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: ({ doelId, invoer }: { doelId: string; invoer: Parameters<typeof voegActieToe>[1] }) => voegActieToe(doelId, invoer), onSuccess: na.plan });
}
