import { useQueries, useQuery } from '@tanstack/react-query';
import type { ReleaseOverzicht } from '@eenplan/contracts';
import { haalRelease, haalReleases, RELEASES_SLEUTEL, releaseSleutel } from '../api/rapportages-api';
import { aantalCijfers, nieuwsteEerst } from '../weergave';

/** How many quarters the trend chart looks back. */
export const TREND_KWARTALEN = 8;

export function useReleases() {
  // Ordered by period, newest first (the API orders by the moment of publishing).
  return useQuery({ queryKey: RELEASES_SLEUTEL, queryFn: ({ signal }) => haalReleases(signal), select: nieuwsteEerst });
}

/** One release; published releases are frozen, so once loaded it never needs fetching again. */
export function useRelease(periode: string | undefined) {
  return useQuery({
    queryKey: releaseSleutel(periode ?? ''),
    queryFn: ({ signal }) => haalRelease(periode!, signal),
    enabled: Boolean(periode),
    staleTime: Infinity,
    // While another period loads, the previous one stays (with the chart choices made for it).
    placeholderData: (vorige) => vorige,
  });
}

/** The published quarterly releases for the trend (the last eight quarters), oldest first. */
export function useKwartaalreeks(overzicht: ReleaseOverzicht[] | undefined) {
  const kwartalen = nieuwsteEerst((overzicht ?? []).filter((r) => r.soort === 'kwartaal'))
    .slice(0, TREND_KWARTALEN)
    .reverse();
  return useQueries({
    queries: kwartalen.map((r) => ({
      queryKey: releaseSleutel(r.periode),
      queryFn: ({ signal }: { signal: AbortSignal }) => haalRelease(r.periode, signal),
      staleTime: Infinity,
    })),
    combine: (resultaten) => ({
      releases: resultaten.flatMap((r) => (r.data ? [r.data] : [])),
      bezig: resultaten.some((r) => r.isPending),
      fout: resultaten.find((r) => r.isError)?.error,
    }),
  });
}

/**
 * The period the dashboard opens on: of the newest quarter, year and rolling year, the one that
 * shows the most figures (a quarter per gemeente is often too small; twelve months are not).
 */
export function useMeesteCijfers(lijst: ReleaseOverzicht[]) {
  const kandidaten = (['kwartaal', 'rollend', 'jaar'] as const).flatMap((soort) => lijst.find((r) => r.soort === soort) ?? []);
  return useQueries({
    queries: kandidaten.map((r) => ({ queryKey: releaseSleutel(r.periode), queryFn: ({ signal }: { signal: AbortSignal }) => haalRelease(r.periode, signal), staleTime: Infinity })),
    combine: (resultaten) => {
      if (resultaten.some((r) => r.isPending)) return undefined;
      const geteld = kandidaten.map((r, i) => ({ periode: r.periode, cijfers: resultaten[i]!.data ? aantalCijfers(resultaten[i]!.data.tabellen) : -1 }));
      // Newest first on a tie: the list is ordered newest first and sort is stable.
      return [...geteld].sort((a, b) => b.cijfers - a.cijfers)[0];
    },
  });
}
