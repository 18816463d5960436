import { IDEMPOTENTIE_HEADER, type HuishoudenLijstQuery, type NieuwHuishoudenInvoer } from '@eenplan/contracts';
import { vraag } from '../../../shared/api/http';
import type { HuishoudenDetail, HuishoudenRegel, InzageRegel, Pagina, TijdlijnRegel } from '@eenplan/contracts';

const pad = (id: string) => `/huishoudens/${encodeURIComponent(id)}`;

export function zoekHuishoudens(query: Partial<HuishoudenLijstQuery>, signal?: AbortSignal): Promise<Pagina<HuishoudenRegel>> {
  const params = new URLSearchParams();
  for (const [sleutel, waarde] of Object.entries(query)) if (waarde !== undefined && waarde !== '') params.set(sleutel, String(waarde));
  return vraag('GET', `/huishoudens?${params}`, undefined, signal);
}

export function haalHuishouden(id: string, signal?: AbortSignal): Promise<HuishoudenDetail> {
  return vraag('GET', pad(id), undefined, signal);
}

/** `sleutel`: the form's Idempotency-Key, so sending the same form twice registers the household once. */
export function registreerHuishouden({ invoer, sleutel }: { invoer: NieuwHuishoudenInvoer; sleutel: string }): Promise<HuishoudenDetail> {
  return vraag('POST', '/huishoudens', invoer, undefined, { [IDEMPOTENTIE_HEADER]: sleutel });
}

export function haalTijdlijn(id: string, signal?: AbortSignal): Promise<TijdlijnRegel[]> {
  return vraag('GET', `${pad(id)}/tijdlijn`, undefined, signal);
}

export function haalInzage(id: string, signal?: AbortSignal): Promise<InzageRegel[]> {
  return vraag('GET', `${pad(id)}/inzage`, undefined, signal);
}
