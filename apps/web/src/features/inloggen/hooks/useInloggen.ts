import { useMutation, useQueryClient } from '@tanstack/react-query';
import { HUIDIGE_GEBRUIKER_SLEUTEL, inloggen } from '../../auth';

export function useInloggen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inloggen,
    // A 401 here means "wrong username or password" and is shown on the form, not "session ended".
    meta: { eigen401Afhandeling: true },
    onSuccess: (gebruiker) => {
      // Nothing of an earlier user may linger in the cache.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== HUIDIGE_GEBRUIKER_SLEUTEL[0] });
      queryClient.setQueryData(HUIDIGE_GEBRUIKER_SLEUTEL, gebruiker);
    },
  });
}
