import type { HuishoudenLijstQuery } from '@eenplan/contracts';

/** Query keys of case data. Everything under 'huishoudens' is one household's file or a list of them. */
export const LIJSTEN_SLEUTEL = ['huishoudens', 'lijst'] as const;
export const lijstSleutel = (query: Partial<HuishoudenLijstQuery>) => [...LIJSTEN_SLEUTEL, query] as const;
export const detailSleutel = (id: string) => ['huishoudens', 'detail', id] as const;
export const tijdlijnSleutel = (id: string) => ['huishoudens', 'detail', id, 'tijdlijn'] as const;
export const inzageSleutel = (id: string) => ['huishoudens', 'detail', id, 'inzage'] as const;
export const WERKVOORRAAD_SLEUTEL = ['werkvoorraad'] as const;
