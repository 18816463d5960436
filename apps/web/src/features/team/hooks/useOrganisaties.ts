import { useQuery } from '@tanstack/react-query';
import { haalOrganisaties } from '../api/team-api';

export const ORGANISATIES_SLEUTEL = ['organisaties'] as const;

/** Organisations and their active staff; changes rarely. */
export function useOrganisaties() {
  return useQuery({ queryKey: ORGANISATIES_SLEUTEL, queryFn: ({ signal }) => haalOrganisaties(signal), staleTime: 5 * 60_000 });
}
