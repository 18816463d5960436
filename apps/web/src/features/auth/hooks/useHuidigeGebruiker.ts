import type { HuidigeGebruiker } from '@eenplan/contracts';
import { useQuery } from '@tanstack/react-query';
import { haalHuidigeGebruiker, HUIDIGE_GEBRUIKER_SLEUTEL } from '../api/auth-api';

/** Who is signed in; null when nobody is (then the pages send the user to /inloggen). */
export function useHuidigeGebruiker() {
  return useQuery<HuidigeGebruiker | null>({
    queryKey: HUIDIGE_GEBRUIKER_SLEUTEL,
    queryFn: ({ signal }) => haalHuidigeGebruiker(signal),
    staleTime: 60_000,
  });
}
