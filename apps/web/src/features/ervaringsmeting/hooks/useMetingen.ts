import { useMutation } from '@tanstack/react-query';
import type { ErvaringsmetingInvoer, positieveGezondheidSchema, z } from '@eenplan/contracts';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { legErvaringsmetingVast, legPositieveGezondheidVast, maakMeetlink } from '../api/ervaringsmeting-api';

// The API answers these with a short confirmation, not the household: fetch the household again.

export function useLegErvaringsmetingVast(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({
    mutationFn: ({ evaluatieId, antwoorden }: { evaluatieId: string; antwoorden: ErvaringsmetingInvoer }) => legErvaringsmetingVast(evaluatieId, antwoorden),
    onSettled: na.ververs,
  });
}

export function useMaakMeetlink(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: (evaluatieId: string) => maakMeetlink(evaluatieId), onSettled: na.ververs });
}

export function useLegPositieveGezondheidVast(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: (invoer: z.infer<typeof positieveGezondheidSchema>) => legPositieveGezondheidVast(huishoudenId, invoer), onSuccess: na.ververs });
}
