import { useMutation, useQueryClient } from '@tanstack/react-query';
import { registreerHuishouden } from '../api/huishoudens-api';
import { detailSleutel, WERKVOORRAAD_SLEUTEL } from '../../../shared/api/sleutels';

export function useRegistreerHuishouden() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registreerHuishouden,
    onSuccess: (huishouden) => {
      queryClient.setQueryData(detailSleutel(huishouden.id), huishouden);
      void queryClient.invalidateQueries({ queryKey: ['huishoudens', 'lijst'] });
      void queryClient.invalidateQueries({ queryKey: WERKVOORRAAD_SLEUTEL });
    },
  });
}
