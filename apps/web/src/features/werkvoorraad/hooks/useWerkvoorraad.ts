import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { WERKVOORRAAD_SLEUTEL } from '../../../shared/api/sleutels';
import { haalWerkvoorraad } from '../api/werkvoorraad-api';

export function useWerkvoorraad(pagina: number, perPagina: number) {
  return useQuery({
    queryKey: [...WERKVOORRAAD_SLEUTEL, { pagina, perPagina }],
    queryFn: ({ signal }) => haalWerkvoorraad(pagina, perPagina, signal),
    placeholderData: keepPreviousData,
  });
}
