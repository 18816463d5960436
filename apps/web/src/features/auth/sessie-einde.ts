import type { QueryClient } from '@tanstack/react-query';
import { zetCsrfToken } from '../../shared/api/http';
import { HUIDIGE_GEBRUIKER_SLEUTEL, onthoudAfmeldReden } from './api/auth-api';

/**
 * Any request answered with 401 ends the session in the app: the user is forgotten, and
 * the guarded pages send them to /inloggen with the API's reason (e.g. "Uw sessie is verlopen.").
 */
export function beeindigSessie(queryClient: QueryClient, reden: string): void {
  zetCsrfToken(undefined);
  onthoudAfmeldReden({ tekst: reden, soort: 'warning' });
  queryClient.setQueryData(HUIDIGE_GEBRUIKER_SLEUTEL, null);
}
