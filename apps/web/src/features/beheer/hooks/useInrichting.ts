import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NieuwAccount, NieuweGemeente, NieuweOrganisatie } from '@eenplan/contracts';
import { GEBRUIKERS_SLEUTEL } from '../api/gebruikers-api';
import { GEMEENTEN_SLEUTEL, haalGemeenten, haalOrganisaties, maakAccount, maakGemeente, maakOrganisatie, ORGANISATIES_SLEUTEL, wijzigGemeente } from '../api/inrichting-api';

export const useBeheerGemeenten = () => useQuery({ queryKey: GEMEENTEN_SLEUTEL, queryFn: ({ signal }) => haalGemeenten(signal) });
export const useBeheerOrganisaties = () => useQuery({ queryKey: ORGANISATIES_SLEUTEL, queryFn: ({ signal }) => haalOrganisaties(signal) });

/** After a change, everything beheer shows is fetched again: names appear in several lists. */
function useVernieuw() {
  const queryClient = useQueryClient();
  return () => {
    for (const queryKey of [GEMEENTEN_SLEUTEL, ORGANISATIES_SLEUTEL, GEBRUIKERS_SLEUTEL]) void queryClient.invalidateQueries({ queryKey });
  };
}

export function useMaakGemeente() {
  const vernieuw = useVernieuw();
  return useMutation({ mutationFn: (invoer: NieuweGemeente) => maakGemeente(invoer), onSuccess: vernieuw });
}

export function useZetGemeenteActief() {
  const vernieuw = useVernieuw();
  return useMutation({ mutationFn: ({ id, actief }: { id: string; actief: boolean }) => wijzigGemeente(id, { actief }), onSuccess: vernieuw });
}

export function useMaakOrganisatie() {
  const vernieuw = useVernieuw();
  return useMutation({ mutationFn: (invoer: NieuweOrganisatie) => maakOrganisatie(invoer), onSuccess: vernieuw });
}

export function useMaakAccount() {
  const vernieuw = useVernieuw();
  return useMutation({ mutationFn: (invoer: NieuwAccount) => maakAccount(invoer), onSuccess: vernieuw });
}
