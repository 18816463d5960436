import type { Rol } from '@eenplan/contracts';

/** Where each role starts after logging in. */
export const STARTPAGINA: Record<Rol, string> = {
  consulent: '/werkvoorraad',
  professional: '/werkvoorraad',
  beleid: '/rapportages',
  beheer: '/beheer',
};
