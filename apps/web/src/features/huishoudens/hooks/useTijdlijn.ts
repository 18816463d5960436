import { useQuery } from '@tanstack/react-query';
import { haalTijdlijn } from '../api/huishoudens-api';
import { tijdlijnSleutel } from '../../../shared/api/sleutels';

export function useTijdlijn(id: string) {
  return useQuery({ queryKey: tijdlijnSleutel(id), queryFn: ({ signal }) => haalTijdlijn(id, signal), staleTime: 0 });
}
