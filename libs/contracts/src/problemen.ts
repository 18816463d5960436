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
