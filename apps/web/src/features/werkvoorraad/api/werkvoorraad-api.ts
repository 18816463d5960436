import { vraag } from '../../../shared/api/http';
import type { Pagina, WerkvoorraadRegel } from '@eenplan/contracts';

export function haalWerkvoorraad(pagina: number, perPagina: number, signal?: AbortSignal): Promise<Pagina<WerkvoorraadRegel>> {
  return vraag('GET', `/werkvoorraad?pagina=${pagina}&perPagina=${perPagina}`, undefined, signal);
}
