import type { Rol } from '@eenplan/contracts';
import { vraag } from '../../../shared/api/http';

/** A user account as functioneel beheer sees it (GET /api/beheer/gebruikers). */
export interface GebruikerOverzicht {
  id: string;
  gebruikersnaam: string;
  naam: string;
  rol: Rol;
  organisatie: { id: string; naam: string };
  gemeenten: { id: string; naam: string }[];
  actief: boolean;
}

export const GEBRUIKERS_SLEUTEL = ['beheer', 'gebruikers'] as const;

export function haalGebruikers(signal?: AbortSignal): Promise<GebruikerOverzicht[]> {
  return vraag<GebruikerOverzicht[]>('GET', '/beheer/gebruikers', undefined, signal);
}

/** Enables or disables an account; disabling ends all its sessions at once. */
export function zetGebruikerActief(id: string, actief: boolean): Promise<GebruikerOverzicht> {
  return vraag<GebruikerOverzicht>('PATCH', `/beheer/gebruikers/${encodeURIComponent(id)}`, { actief });
}
