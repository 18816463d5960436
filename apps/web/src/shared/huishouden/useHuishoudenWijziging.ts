import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isApiFout } from '../api/http';
import { detailSleutel, LIJSTEN_SLEUTEL, tijdlijnSleutel, WERKVOORRAAD_SLEUTEL } from '../api/sleutels';
import type { HuishoudenDetail } from '@eenplan/contracts';

/**
 * What every change to a household does to the cache. The API answers with the whole
 * household as GET /huishoudens/:id returns it, so that answer becomes the file as shown
 * (nothing is fetched again); lists, werkvoorraad and timeline are fetched when next shown.
 */
export function naHuishoudenWijziging(queryClient: QueryClient, huishouden: HuishoudenDetail): void {
  queryClient.setQueryData(detailSleutel(huishouden.id), huishouden);
  void queryClient.invalidateQueries({ queryKey: LIJSTEN_SLEUTEL });
  void queryClient.invalidateQueries({ queryKey: WERKVOORRAAD_SLEUTEL });
  void queryClient.invalidateQueries({ queryKey: tijdlijnSleutel(huishouden.id) });
}

/**
 * A change to one household's file. After a conflict (409) someone else changed it meanwhile:
 * the current version is fetched at once, so the form can show it beside what was typed.
 */
export function useHuishoudenWijziging<V>(huishoudenId: string, wijzig: (variabelen: V) => Promise<HuishoudenDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: wijzig,
    onSuccess: (huishouden) => naHuishoudenWijziging(queryClient, huishouden),
    onError: (fout) => {
      if (isApiFout(fout, 409)) void queryClient.invalidateQueries({ queryKey: detailSleutel(huishoudenId), exact: true });
    },
  });
}
