import { vraag } from '../../../shared/api/http';
import type { GebruikerOverzicht } from '@eenplan/contracts';

export const GEBRUIKERS_SLEUTEL = ['beheer', 'gebruikers'] as const;

export function haalGebruikers(signal?: AbortSignal): Promise<GebruikerOverzicht[]> {
  return vraag<GebruikerOverzicht[]>('GET', '/beheer/gebruikers', undefined, signal);
}

/** Enables or disables an account; disabling ends all its sessions at once. */
export function zetGebruikerActief(id: string, actief: boolean): Promise<GebruikerOverzicht> {
  return vraag<GebruikerOverzicht>('PATCH', `/beheer/gebruikers/${encodeURIComponent(id)}`, { actief });
}
