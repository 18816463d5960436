import { useMutation, useQueryClient } from '@tanstack/react-query';
import { maakRelease, RELEASES_SLEUTEL, releaseSleutel } from '../api/rapportages-api';

export function useMaakRelease() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: maakRelease,
    onSuccess: (release) => {
      queryClient.setQueryData(releaseSleutel(release.periode), release);
      void queryClient.invalidateQueries({ queryKey: RELEASES_SLEUTEL, exact: true });
    },
  });
}
