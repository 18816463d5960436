import type { HuishoudenLijstQuery } from '@eenplan/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lijstSleutel } from '../../../shared/api/sleutels';
import { zoekHuishoudens } from '../api/huishoudens-api';

/** Search within the households the user may see (name or postcode). Off while there is no search term. */
export function useZoekHuishoudens(query: Partial<HuishoudenLijstQuery>) {
  return useQuery({
    queryKey: lijstSleutel(query),
    queryFn: ({ signal }) => zoekHuishoudens(query, signal),
    enabled: Boolean(query.zoek),
    placeholderData: keepPreviousData,
  });
}
