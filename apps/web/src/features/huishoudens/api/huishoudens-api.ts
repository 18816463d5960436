import { IDEMPOTENTIE_HEADER, type huishoudenWijzigenSchema, type HuishoudenLijstQuery, type LidInvoer, type lidWijzigenSchema, type NieuwHuishoudenInvoer, type z } from '@eenplan/contracts';
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

/** A corrected address (a move, a typing error); based on the household's version. */
export function wijzigAdres(id: string, invoer: z.infer<typeof huishoudenWijzigenSchema>): Promise<HuishoudenDetail> {
  return vraag('PATCH', pad(id), invoer);
}

/** A new member (a birth, someone moving in). */
export function voegLidToe(id: string, lid: LidInvoer): Promise<HuishoudenDetail> {
  return vraag('POST', `${pad(id)}/leden`, lid);
}

/** A member's details corrected (a BSN among them, for those who may change it). */
export function wijzigLid(id: string, lidId: string, invoer: z.infer<typeof lidWijzigenSchema>): Promise<HuishoudenDetail> {
  return vraag('PATCH', `${pad(id)}/leden/${encodeURIComponent(lidId)}`, invoer);
}

/** A member no longer part of the household; the timeline keeps that they were. */
export function verwijderLid(id: string, lidId: string, versie: number): Promise<HuishoudenDetail> {
  return vraag('DELETE', `${pad(id)}/leden/${encodeURIComponent(lidId)}?versie=${versie}`);
}
