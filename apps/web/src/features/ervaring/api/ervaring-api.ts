import type { ErvaringsmetingInvoer } from '@eenplan/contracts';
import { vraag } from '../../../shared/api/http';
import type { ErvaringVragen } from '@eenplan/contracts';

export const ervaringSleutel = (token: string) => ['ervaring', token] as const;

/** The questionnaire behind a link; 404 (unknown) or 410 (used or expired) with a Dutch detail. No login. */
export function haalErvaring(token: string, signal?: AbortSignal): Promise<ErvaringVragen> {
  return vraag<ErvaringVragen>('GET', `/ervaring/${encodeURIComponent(token)}`, undefined, signal);
}

/** Sends the answers (each 1–5, or null for "weet niet"); the link can be used once. */
export function stuurErvaring(token: string, antwoorden: ErvaringsmetingInvoer): Promise<void> {
  return vraag<void>('POST', `/ervaring/${encodeURIComponent(token)}`, antwoorden);
}
