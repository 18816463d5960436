import { useMutation, useQueryClient } from '@tanstack/react-query';
import { HUIDIGE_GEBRUIKER_SLEUTEL, onthoudAfmeldReden, uitloggen } from '../api/auth-api';

/** Ends the session; the pages then send the user to /inloggen with "U bent uitgelogd.". */
export function useUitloggen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uitloggen,
    onSuccess: ({ uitlogUrl }) => {
      // Signed in through the organisation: end that session too (RP-initiated logout).
      if (uitlogUrl) {
        window.location.assign(uitlogUrl);
        return;
      }
      onthoudAfmeldReden({ tekst: 'U bent uitgelogd.', soort: 'ok' });
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== HUIDIGE_GEBRUIKER_SLEUTEL[0] });
      queryClient.setQueryData(HUIDIGE_GEBRUIKER_SLEUTEL, null);
    },
  });
}
