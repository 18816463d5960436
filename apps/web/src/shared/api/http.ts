import { CSRF_HEADER, PROBLEEM_CONTENT_TYPE, type Probleem } from '@eenplan/contracts';

/** An error answer of the API, as RFC 9457 problem details with Dutch texts. */
export class ApiFout extends Error {
  constructor(readonly probleem: Probleem) {
    super(probleem.detail);
    this.name = 'ApiFout';
  }

  get status(): number {
    return this.probleem.status;
  }
}

export function isApiFout(fout: unknown, status?: number): fout is ApiFout {
  return fout instanceof ApiFout && (status === undefined || fout.status === status);
}

/** The text to show for any error: the API's own Dutch detail, or a general line. */
export function foutmelding(fout: unknown): string {
  if (fout instanceof ApiFout) return fout.probleem.detail || fout.probleem.title;
  return 'Er ging iets mis. Probeer het later opnieuw.';
}

// The CSRF token of the current session. It comes with the login and /auth/me answers and
// goes along on every request that changes something.
let csrfToken: string | undefined;
export function zetCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

const VEILIGE_METHODEN = new Set(['GET', 'HEAD']);

export async function vraag<T>(
  methode: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  pad: string,
  body?: unknown,
  signal?: AbortSignal,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = { ...extraHeaders, Accept: `application/json, ${PROBLEEM_CONTENT_TYPE}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (!VEILIGE_METHODEN.has(methode) && csrfToken) headers[CSRF_HEADER] = csrfToken;

  let antwoord: Response;
  try {
    antwoord = await fetch(`/api${pad}`, {
      method: methode,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (fout) {
    if (signal?.aborted) throw fout;
    throw new ApiFout({
      type: 'about:blank',
      title: 'Geen verbinding',
      status: 0,
      detail: 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
    });
  }

  if (!antwoord.ok) throw new ApiFout(await leesProbleem(antwoord));
  if (antwoord.status === 204) return undefined as T;
  return (await antwoord.json()) as T;
}

async function leesProbleem(antwoord: Response): Promise<Probleem> {
  try {
    const data = (await antwoord.json()) as Partial<Probleem>;
    if (typeof data.detail === 'string') {
      return { type: data.type ?? 'about:blank', title: data.title ?? '', status: data.status ?? antwoord.status, detail: data.detail, fouten: data.fouten };
    }
  } catch {
    // no JSON body: fall through to a general message
  }
  return {
    type: 'about:blank',
    title: 'Fout',
    status: antwoord.status,
    detail: antwoord.status >= 500 ? 'Er ging iets mis op de server. Probeer het later opnieuw.' : 'Dit verzoek kon niet worden verwerkt.',
  };
}

/**
 * A new Idempotency-Key: one per form, kept when the same form is sent again. randomUUID needs
 * a secure context (https or localhost); elsewhere the same 122 random bits by hand.
 */
export function nieuweIdempotentieSleutel(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
