import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { verwijderDoel } from '../api/plannen-api';

export function useVerwijderDoel(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: ({ doelId, versie }: { doelId: string; versie: number }) => verwijderDoel(doelId, versie), onSuccess: na.plan });
}
