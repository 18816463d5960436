import { vraag } from '../../../shared/api/http';
import type { Pagina, WerkvoorraadItem } from '../../../shared/api/typen';

export function haalWerkvoorraad(pagina: number, perPagina: number, signal?: AbortSignal): Promise<Pagina<WerkvoorraadItem>> {
  return vraag('GET', `/werkvoorraad?pagina=${pagina}&perPagina=${perPagina}`, undefined, signal);
}
