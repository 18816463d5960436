import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GebruikerOverzicht } from '@eenplan/contracts';
import { GEBRUIKERS_SLEUTEL, zetGebruikerActief } from '../api/gebruikers-api';

export function useZetGebruikerActief() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, actief }: { id: string; actief: boolean }) => zetGebruikerActief(id, actief),
    onSuccess: (bijgewerkt) => {
      queryClient.setQueryData<GebruikerOverzicht[]>(GEBRUIKERS_SLEUTEL, (lijst) => lijst?.map((g) => (g.id === bijgewerkt.id ? bijgewerkt : g)));
      void queryClient.invalidateQueries({ queryKey: GEBRUIKERS_SLEUTEL });
    },
  });
}
