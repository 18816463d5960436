import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { verwijderActie } from '../api/plannen-api';

export function useVerwijderActie(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: ({ actieId, versie }: { actieId: string; versie: number }) => verwijderActie(actieId, versie), onSuccess: na.plan });
}
