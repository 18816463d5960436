import type { Release, ReleaseOverzicht } from '@eenplan/contracts';
import { vraag } from '../../../shared/api/http';

export const RELEASES_SLEUTEL = ['rapportages', 'releases'] as const;
export const releaseSleutel = (periode: string) => [...RELEASES_SLEUTEL, periode] as const;

/** Every published release, newest first (GET /api/rapportages/releases). */
export function haalReleases(signal?: AbortSignal): Promise<ReleaseOverzicht[]> {
  return vraag<ReleaseOverzicht[]>('GET', '/rapportages/releases', undefined, signal);
}

/** One release with all its tables. A published release never changes, so it can be cached for good. */
export function haalRelease(periode: string, signal?: AbortSignal): Promise<Release> {
  return vraag<Release>('GET', `/rapportages/releases/${encodeURIComponent(periode)}`, undefined, signal);
}

/** Publishes (freezes) the release of a period that has ended: 409 when it already exists. */
export function maakRelease(invoer: { periode: string }): Promise<Release> {
  return vraag<Release>('POST', '/rapportages/releases', invoer);
}

/** Where one table is downloaded: CSV (UTF-8 with BOM, `;`, decimal comma: for Dutch Excel) or JSON. */
export function downloadAdres(periode: string, tabelId: string, formaat: 'csv' | 'json'): string {
  return `/api/rapportages/releases/${encodeURIComponent(periode)}/tabellen/${encodeURIComponent(tabelId)}.${formaat}`;
}
