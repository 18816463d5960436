import type { z } from './zod-nl.js';

/** Every error response has this shape: RFC 9457 problem details, with Dutch text. */
export interface Probleem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Field-level messages for validation errors; `veld` is a dotted path such as `leden.0.bsn`. */
  fouten?: { veld: string; melding: string }[];
}

export const PROBLEEM_CONTENT_TYPE = 'application/problem+json';

export type Veldfout = NonNullable<Probleem['fouten']>[number];

/**
 * Zod's issues as the field errors the API sends and the web app shows: `veld` is the dotted
 * path (`leden.0.bsn`); unknown fields are named by their keys; an issue about the whole
 * request is `(verzoek)`. The one mapping, used by the API's validation and the web's forms.
 */
export function veldfouten(fout: z.ZodError): Veldfout[] {
  return fout.issues.map((issue) => ({
    veld: issue.path.length ? issue.path.join('.') : issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(verzoek)',
    melding: issue.message,
  }));
}
