import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiFout } from '../api/http';
import { proefhuishouden } from '../api/proefhuishouden';
import { detailSleutel, lijstSleutel, tijdlijnSleutel, WERKVOORRAAD_SLEUTEL } from '../api/sleutels';
import type { HuishoudenDetail } from '@eenplan/contracts';
import { useHuishoudenWijziging } from './useHuishoudenWijziging';

/** The open file of household h1 (a query that is watched, so an invalidation would fetch it again) and one change. */
function opzet(wijzig: (invoer: { naam: string }) => Promise<HuishoudenDetail>) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
  queryClient.setQueryData(lijstSleutel({ zoek: 'Bong' }), { items: [] });
  queryClient.setQueryData([...WERKVOORRAAD_SLEUTEL, { pagina: 1, perPagina: 20 }], { items: [] });
  queryClient.setQueryData(tijdlijnSleutel('h1'), []);
  queryClient.setQueryData(tijdlijnSleutel('h2'), []);
  const haalHuishouden = vi.fn(() => Promise.resolve(proefhuishouden()));
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const { result } = renderHook(
    () => ({ dossier: useQuery({ queryKey: detailSleutel('h1'), queryFn: haalHuishouden }), wijziging: useHuishoudenWijziging('h1', wijzig) }),
    { wrapper },
  );
  const ongeldig = (sleutel: readonly unknown[]) => queryClient.getQueryState(sleutel)?.isInvalidated;
  return { queryClient, haalHuishouden, result, ongeldig };
}

describe('useHuishoudenWijziging', () => {
  it('shows the household the API answered with, without fetching it again', async () => {
    const nieuw = proefhuishouden({ naam: 'Bongers-Smeets', versie: 2 });
    const { result, haalHuishouden, ongeldig } = opzet(() => Promise.resolve(nieuw));
    await waitFor(() => expect(result.current.dossier.data?.versie).toBe(1));

    await act(() => result.current.wijziging.mutateAsync({ naam: 'Bongers-Smeets' }));

    await waitFor(() => expect(result.current.dossier.data).toEqual(nieuw));
    expect(ongeldig(detailSleutel('h1'))).toBe(false);
    expect(haalHuishouden).toHaveBeenCalledOnce();
  });

  it('marks the lists, the werkvoorraad and this household’s timeline as out of date, and nothing of another household', async () => {
    const { result, ongeldig } = opzet(() => Promise.resolve(proefhuishouden({ versie: 2 })));
    await waitFor(() => expect(result.current.dossier.isSuccess).toBe(true));

    await act(() => result.current.wijziging.mutateAsync({ naam: 'x' }));

    expect(ongeldig(lijstSleutel({ zoek: 'Bong' }))).toBe(true);
    expect(ongeldig([...WERKVOORRAAD_SLEUTEL, { pagina: 1, perPagina: 20 }])).toBe(true);
    expect(ongeldig(tijdlijnSleutel('h1'))).toBe(true);
    expect(ongeldig(tijdlijnSleutel('h2'))).toBe(false);
  });

  it('after a conflict (409) fetches the current version of the household at once', async () => {
    const conflict = new ApiFout({ type: 'about:blank', title: 'Intussen gewijzigd', status: 409, detail: 'Iemand anders heeft dit gewijzigd.' });
    const { result, haalHuishouden, ongeldig } = opzet(() => Promise.reject(conflict));
    await waitFor(() => expect(result.current.dossier.isSuccess).toBe(true));

    await act(() => result.current.wijziging.mutateAsync({ naam: 'x' }).catch(() => undefined));

    await waitFor(() => expect(haalHuishouden).toHaveBeenCalledTimes(2));
    // Nothing changed: the lists stay as they are.
    expect(ongeldig(lijstSleutel({ zoek: 'Bong' }))).toBe(false);
  });

  it('after another error leaves the file as it is', async () => {
    const ongeldigeInvoer = new ApiFout({ type: 'about:blank', title: 'Ongeldige invoer', status: 400, detail: 'Controleer de invoer.' });
    const { result, haalHuishouden } = opzet(() => Promise.reject(ongeldigeInvoer));
    await waitFor(() => expect(result.current.dossier.isSuccess).toBe(true));

    await act(() => result.current.wijziging.mutateAsync({ naam: 'x' }).catch(() => undefined));

    await waitFor(() => expect(result.current.wijziging.error).toBe(ongeldigeInvoer));
    expect(haalHuishouden).toHaveBeenCalledOnce();
  });
});
