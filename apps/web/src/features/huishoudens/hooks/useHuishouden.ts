import { useQuery } from '@tanstack/react-query';
import { detailSleutel } from '../../../shared/api/sleutels';
import { haalHuishouden } from '../api/huishoudens-api';

/** One household's file: members, plan, team, regie, evaluations and the user's rights on it. */
export function useHuishouden(id: string) {
  return useQuery({ queryKey: detailSleutel(id), queryFn: ({ signal }) => haalHuishouden(id, signal) });
}
