import { vraag } from '../../../shared/api/http';
import type { VerwijsindexAntwoord } from '@eenplan/contracts';

/** POST, so the BSN travels in the body and never in a URL or log. Every lookup is logged. */
export function raadpleegVerwijsindex(bsn: string): Promise<VerwijsindexAntwoord> {
  return vraag('POST', '/verwijsindex', { bsn });
}
