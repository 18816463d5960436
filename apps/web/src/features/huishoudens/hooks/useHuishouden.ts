import { useQuery } from '@tanstack/react-query';
import { detailSleutel } from '../../../shared/api/sleutels';
import { haalHuishouden } from '../api/huishoudens-api';

/**
 * One household's file: members, plan, team, regie, evaluations and the user's rights on it.
 * Opening the file reads it fresh, so it shows the team's latest work and the read is logged
 * (AVG inzage); changes made on the page then update it from their own answers.
 */
export function useHuishouden(id: string) {
  return useQuery({ queryKey: detailSleutel(id), queryFn: ({ signal }) => haalHuishouden(id, signal), refetchOnMount: 'always' });
}
