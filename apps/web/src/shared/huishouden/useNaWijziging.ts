import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { detailSleutel, tijdlijnSleutel, WERKVOORRAAD_SLEUTEL } from '../api/sleutels';
import type { HuishoudenDetail, Plan } from '../api/typen';

/**
 * What every change to a household does to the cache: the answer becomes the file as shown
 * (most changes answer with the fresh household, plan changes with the fresh plan), and
 * the lists, werkvoorraad and timeline are fetched again when next shown.
 */
export function useNaWijziging(huishoudenId: string) {
  const queryClient = useQueryClient();
  return useMemo(() => {
    const overige = () => {
      void queryClient.invalidateQueries({ queryKey: ['huishoudens', 'lijst'] });
      void queryClient.invalidateQueries({ queryKey: WERKVOORRAAD_SLEUTEL });
      void queryClient.invalidateQueries({ queryKey: tijdlijnSleutel(huishoudenId) });
    };
    return {
      detail: (huishouden: HuishoudenDetail) => {
        queryClient.setQueryData(detailSleutel(huishoudenId), huishouden);
        overige();
      },
      plan: (plan: Plan) => {
        queryClient.setQueryData<HuishoudenDetail>(detailSleutel(huishoudenId), (oud) => (oud ? { ...oud, plan } : oud));
        // Whether the case is complex (goals on several leefgebieden) and the household's
        // status follow from the plan: fetch the household again for those.
        void queryClient.invalidateQueries({ queryKey: detailSleutel(huishoudenId), exact: true });
        overige();
      },
      /** After a conflict (409): fetch the current version at once. */
      ververs: () => queryClient.invalidateQueries({ queryKey: detailSleutel(huishoudenId), exact: true }),
    };
  }, [queryClient, huishoudenId]);
}
