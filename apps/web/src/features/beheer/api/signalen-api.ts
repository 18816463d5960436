import { vraag } from '../../../shared/api/http';
import type { VerwijsindexBegrensd } from '@eenplan/contracts';

export const VERWIJSINDEX_BEGRENSD_SLEUTEL = ['beheer', 'signalen', 'verwijsindex'] as const;

/** Users stopped for looking up too many BSNs in an hour, over the last days. */
export function haalVerwijsindexBegrensd(signal?: AbortSignal): Promise<VerwijsindexBegrensd> {
  return vraag<VerwijsindexBegrensd>('GET', '/beheer/signalen/verwijsindex', undefined, signal);
}
