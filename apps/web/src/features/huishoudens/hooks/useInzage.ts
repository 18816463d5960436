import { useQuery } from '@tanstack/react-query';
import { inzageSleutel } from '../../../shared/api/sleutels';
import { haalInzage } from '../api/huishoudens-api';

/** Who read or changed this file (AVG inzage); for the casemanager. */
export function useInzage(id: string, mag: boolean) {
  return useQuery({ queryKey: inzageSleutel(id), queryFn: ({ signal }) => haalInzage(id, signal), staleTime: 0, enabled: mag });
}
