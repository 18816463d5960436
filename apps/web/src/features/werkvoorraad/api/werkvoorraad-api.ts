import type { PlanStatus, RegieHouder } from '@eenplan/contracts';
import { vraag } from '../../../shared/api/http';
import type { Pagina } from '../../../shared/api/typen';

/** One row of the werkvoorraad (GET /api/werkvoorraad): a household and what needs attention. */
export interface WerkvoorraadItem {
  huishouden: { id: string; naam: string; postcode: string; woonplaats: string; gemeente: string };
  plan: { id: string; status: PlanStatus; aangemaaktOp: string } | null;
  verlopenActies: number;
  /** Open actions of which the signed-in user is the owner. */
  mijnOpenActies: number;
  /** The first planned evaluation moment not yet held ('YYYY-MM-DD'). */
  volgendeEvaluatie: string | null;
  regie: RegieHouder | null;
  laatsteActiviteitOp: string;
  /** Texts come from the API. */
  signalen: { soort: string; tekst: string }[];
}

export function haalWerkvoorraad(pagina: number, perPagina: number, signal?: AbortSignal): Promise<Pagina<WerkvoorraadItem>> {
  return vraag('GET', `/werkvoorraad?pagina=${pagina}&perPagina=${perPagina}`, undefined, signal);
}
