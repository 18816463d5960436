import { vraag } from '../../../shared/api/http';
import type { AccountWijziging, BeheerGemeente, BeheerOrganisatie, GebruikerOverzicht, GemeenteWijziging, NieuwAccount, NieuwAccountAntwoord, NieuweGemeente, NieuweOrganisatie } from '@eenplan/contracts';

export const GEMEENTEN_SLEUTEL = ['beheer', 'gemeenten'] as const;
export const ORGANISATIES_SLEUTEL = ['beheer', 'organisaties'] as const;

export const haalGemeenten = (signal?: AbortSignal) => vraag<BeheerGemeente[]>('GET', '/beheer/gemeenten', undefined, signal);
export const maakGemeente = (invoer: NieuweGemeente) => vraag<BeheerGemeente>('POST', '/beheer/gemeenten', invoer);
export const wijzigGemeente = (id: string, invoer: GemeenteWijziging) => vraag<BeheerGemeente>('PATCH', `/beheer/gemeenten/${encodeURIComponent(id)}`, invoer);
export const haalOrganisaties = (signal?: AbortSignal) => vraag<BeheerOrganisatie[]>('GET', '/beheer/organisaties', undefined, signal);
export const maakOrganisatie = (invoer: NieuweOrganisatie) => vraag<BeheerOrganisatie>('POST', '/beheer/organisaties', invoer);
export const maakAccount = (invoer: NieuwAccount) => vraag<NieuwAccountAntwoord>('POST', '/beheer/gebruikers', invoer);
export const wijzigAccount = (id: string, invoer: AccountWijziging) => vraag<GebruikerOverzicht>('PATCH', `/beheer/gebruikers/${encodeURIComponent(id)}`, invoer);
