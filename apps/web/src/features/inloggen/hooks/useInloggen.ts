import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HuidigeGebruiker } from '@eenplan/contracts';
import { HUIDIGE_GEBRUIKER_SLEUTEL, inloggen, tweedeStap } from '../../auth';

export function useInloggen() {
  const queryClient = useQueryClient();
  const ingelogd = (gebruiker: HuidigeGebruiker) => {
    // Nothing of an earlier user may linger in the cache.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== HUIDIGE_GEBRUIKER_SLEUTEL[0] });
    queryClient.setQueryData(HUIDIGE_GEBRUIKER_SLEUTEL, gebruiker);
  };
  return {
    wachtwoord: useMutation({
      mutationFn: inloggen,
      // A 401 here means "wrong username or password" and is shown on the form, not "session ended".
      meta: { eigen401Afhandeling: true },
      onSuccess: (antwoord) => {
        if (!('tweedeStapNodig' in antwoord)) ingelogd(antwoord);
      },
    }),
    code: useMutation({ mutationFn: tweedeStap, meta: { eigen401Afhandeling: true }, onSuccess: ingelogd }),
  };
}
