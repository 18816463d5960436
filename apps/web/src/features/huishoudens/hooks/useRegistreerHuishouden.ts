import { useMutation, useQueryClient } from '@tanstack/react-query';
import { naHuishoudenWijziging } from '../../../shared/huishouden/useHuishoudenWijziging';
import { registreerHuishouden } from '../api/huishoudens-api';

/** Takes `{ invoer, sleutel }`: the form's Idempotency-Key goes along with every send. */
export function useRegistreerHuishouden() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: registreerHuishouden, onSuccess: (huishouden) => naHuishoudenWijziging(queryClient, huishouden) });
}
