import { useQuery } from '@tanstack/react-query';
import { haalVerwijsindexBegrensd, VERWIJSINDEX_BEGRENSD_SLEUTEL } from '../api/signalen-api';

export function useVerwijsindexBegrensd() {
  return useQuery({ queryKey: VERWIJSINDEX_BEGRENSD_SLEUTEL, queryFn: ({ signal }) => haalVerwijsindexBegrensd(signal) });
}
