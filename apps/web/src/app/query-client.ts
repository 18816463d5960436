import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiFout, isApiFout } from '../shared/api/http';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiFout | Error;
    mutationMeta: {
      /** The mutation shows its own 401 (login: wrong password), instead of "session ended". */
      eigen401Afhandeling?: boolean;
    };
  }
}

/**
 * One QueryClient for the app. A 401 on any request means the session is gone (expired, ended
 * elsewhere, account disabled): `bijSessieEinde` gets the API's Dutch reason.
 */
export function maakQueryClient(bijSessieEinde: (melding: string) => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (fout) => {
        if (isApiFout(fout, 401)) bijSessieEinde(fout.probleem.detail);
      },
    }),
    mutationCache: new MutationCache({
      onError: (fout, _invoer, _resultaat, mutatie) => {
        if (isApiFout(fout, 401) && !mutatie.meta?.eigen401Afhandeling) bijSessieEinde(fout.probleem.detail);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx answer will not change by asking again; a network or server error might.
        retry: (pogingen, fout) => !(fout instanceof ApiFout && fout.status >= 400 && fout.status < 500) && pogingen < 2,
      },
    },
  });
}
