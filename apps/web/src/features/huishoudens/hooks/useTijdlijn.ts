import { useQuery } from '@tanstack/react-query';
import { tijdlijnSleutel } from '../../../shared/api/sleutels';
import { haalTijdlijn } from '../api/huishoudens-api';

export function useTijdlijn(id: string) {
  return useQuery({ queryKey: tijdlijnSleutel(id), queryFn: ({ signal }) => haalTijdlijn(id, signal), staleTime: 0 });
}
