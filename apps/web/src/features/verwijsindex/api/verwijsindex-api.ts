import { vraag } from '../../../shared/api/http';

/** Whether a household with this member is known, and whom to contact; never plan content. */
export interface VerwijsindexAntwoord {
  bekend: boolean;
  actiefPlan: boolean;
  contact: { rol: 'casemanager' | 'regisseur'; naam: string; organisatie: string }[];
}

/** POST, so the BSN travels in the body and never in a URL or log. Every lookup is logged. */
export function raadpleegVerwijsindex(bsn: string): Promise<VerwijsindexAntwoord> {
  return vraag('POST', '/verwijsindex', { bsn });
}
