import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * The identity provider's accounts for development and tests: the subject is what the provider
 * hands out and what oidc_koppeling stores; the gebruikersnaam only says which demo account it is
 * linked to when the demo is seeded (koppelOntwikkelAccounts), never how a sign-in finds its user.
 */
export const ONTWIKKEL_ACCOUNTS = [
  { subject: 'idp-sanne-vermeulen', gebruikersnaam: 'consulent.weert' },
  { subject: 'idp-mark-janssen', gebruikersnaam: 'consulent.leudal' },
  { subject: 'idp-youssef-el-amrani', gebruikersnaam: 'professional.amw' },
  { subject: 'idp-rob-coenen', gebruikersnaam: 'beheer' },
  // Known to the provider, linked to no one: its sign-in must be refused.
  { subject: 'idp-onbekend', gebruikersnaam: null },
] as const;

export interface OntwikkelProvider {
  issuer: string;
  stop: () => Promise<void>;
}

/**
 * A real OpenID provider (oidc-provider) on loopback, with its own login page (any password
 * for the accounts above; its consent page asks once per account). Started by the tests and by `npm start` with OIDC_DEV=true.
 */
export async function startOntwikkelProvider(opties: {
  poort?: number;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  /** Subjects the provider knows; tests pass their own so they never share an account. */
  subjects?: string[];
}): Promise<OntwikkelProvider> {
  const server: Server = createServer();
  await new Promise<void>((klaar) => server.listen(opties.poort ?? 0, '127.0.0.1', klaar));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Set<string>(opties.subjects ?? ONTWIKKEL_ACCOUNTS.map((a) => a.subject));
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: opties.clientId,
        client_secret: opties.clientSecret,
        redirect_uris: opties.redirectUris,
        post_logout_redirect_uris: opties.postLogoutRedirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    claims: { openid: ['sub'] },
    findAccount(_ctx, id) {
      if (!accounts.has(id)) return undefined;
      return { accountId: id, claims: () => ({ sub: id }) };
    },
    acrValues: ['urn:eenplan:ontwikkel:wachtwoord'],
  });
  // Loopback only; no proxy in front.
  provider.on('server_error', () => undefined);
  const verwerk = provider.callback();
  server.on('request', (req, res) => void verwerk(req, res));
  return {
    issuer,
    stop: () => new Promise<void>((klaar) => { server.closeAllConnections(); server.close(() => klaar()); }),
  };
}

/**
 * `npm start` with OIDC_DEV=true: the provider on OIDC_DEV_PORT, and the app configured to use it
 * (loopback addresses, a fixed development secret: nothing here is secret or reachable from outside).
 */
export async function ontwikkelConfig<C extends { HOST: string; PORT: number; OIDC_DEV_PORT: number }>(config: C): Promise<{ config: C & OidcInstellingen; provider: OntwikkelProvider }> {
  const app = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`;
  const clientId = 'eenplan-ontwikkel';
  const clientSecret = 'ontwikkel-geheim';
  const provider = await startOntwikkelProvider({ poort: config.OIDC_DEV_PORT, clientId, clientSecret, redirectUris: [`${app}/api/auth/oidc/terug`], postLogoutRedirectUris: [`${app}/inloggen`] });
  return {
    provider,
    config: { ...config, OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret, OIDC_REDIRECT_URL: `${app}/api/auth/oidc/terug`, OIDC_POST_LOGOUT_URL: `${app}/inloggen` },
  };
}

interface OidcInstellingen {
  OIDC_ISSUER: string;
  OIDC_CLIENT_ID: string;
  OIDC_CLIENT_SECRET: string;
  OIDC_REDIRECT_URL: string;
  OIDC_POST_LOGOUT_URL: string;
}

/** Links the development provider's accounts to the demo users, as an invitation would in production. */
export async function koppelOntwikkelAccounts(db: { query: (sql: string, parameters?: unknown[]) => Promise<unknown> }, issuer: string): Promise<void> {
  for (const { subject, gebruikersnaam } of ONTWIKKEL_ACCOUNTS) {
    if (!gebruikersnaam) continue;
    await db.query(
      `INSERT INTO oidc_koppeling (issuer, subject, gebruiker_id) SELECT $1, $2, id FROM gebruiker WHERE gebruikersnaam = $3 ON CONFLICT DO NOTHING`,
      [issuer, subject, gebruikersnaam],
    );
  }
}
