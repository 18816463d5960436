import { useMutation } from '@tanstack/react-query';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { trekToestemmingIn } from '../api/team-api';

/** Withdraws consent; the organisation loses access on its next request. */
export function useTrekToestemmingIn(huishoudenId: string) {
  const na = useNaWijziging(huishoudenId);
  return useMutation({ mutationFn: ({ toestemmingId, invoer }: { toestemmingId: string; invoer: Parameters<typeof trekToestemmingIn>[1] }) => trekToestemmingIn(toestemmingId, invoer), onSuccess: na.detail });
}
