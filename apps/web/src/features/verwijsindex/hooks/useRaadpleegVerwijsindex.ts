import { useMutation } from '@tanstack/react-query';
import { raadpleegVerwijsindex } from '../api/verwijsindex-api';

/** A mutation, not a query: the BSN is never cached or kept in a query key. */
export function useRaadpleegVerwijsindex() {
  return useMutation({ mutationFn: raadpleegVerwijsindex });
}
