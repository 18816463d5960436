import { useQuery } from '@tanstack/react-query';
import { GEBRUIKERS_SLEUTEL, haalGebruikers } from '../api/gebruikers-api';

export function useGebruikers() {
  return useQuery({ queryKey: GEBRUIKERS_SLEUTEL, queryFn: ({ signal }) => haalGebruikers(signal) });
}
