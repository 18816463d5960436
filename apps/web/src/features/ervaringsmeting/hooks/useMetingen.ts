import type { ErvaringsmetingInvoer, positieveGezondheidSchema, z } from '@eenplan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { detailSleutel } from '../../../shared/api/sleutels';
import { useHuishoudenWijziging } from '../../../shared/huishouden/useHuishoudenWijziging';
import { legErvaringsmetingVast, legPositieveGezondheidVast, maakMeetlink } from '../api/ervaringsmeting-api';

/** The household's experience, answered with the professional; answers with the whole household. */
export const useLegErvaringsmetingVast = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, ({ evaluatieId, antwoorden }: { evaluatieId: string; antwoorden: ErvaringsmetingInvoer }) => legErvaringsmetingVast(evaluatieId, antwoorden));

export const useLegPositieveGezondheidVast = (huishoudenId: string) =>
  useHuishoudenWijziging(huishoudenId, (invoer: z.infer<typeof positieveGezondheidSchema>) => legPositieveGezondheidVast(huishoudenId, invoer));

/**
 * A one-time link for the household. The API answers with the link only (shown once), not the
 * household, so the household is fetched again for its open links.
 */
export function useMaakMeetlink(huishoudenId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (evaluatieId: string) => maakMeetlink(evaluatieId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: detailSleutel(huishoudenId), exact: true }),
  });
}
