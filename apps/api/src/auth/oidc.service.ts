import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as client from 'openid-client';
import type { DataSource } from 'typeorm';
import { ProbleemFout } from '../common/problemen.js';
import { CONFIG } from '../config/config.provider.js';
import type { AppConfig } from '../config/config.js';

/** How long a sign-in may take between leaving for the provider and coming back. */
const AANVRAAG_MINUTEN = 10;

export interface OidcUitkomst {
  issuer: string;
  subject: string;
  acr: string | null;
  amr: string[] | null;
  idToken: string;
  koppelGebruikerId: string | null;
}

const hash = (waarde: string) => createHash('sha256').update(waarde).digest('hex');

export const oidcMislukt = (detail = 'Inloggen via uw organisatie is mislukt. Probeer het opnieuw.') =>
  new ProbleemFout(401, 'oidc-mislukt', 'Inloggen mislukt', detail);

/**
 * OpenID Connect with openid-client: discovery, authorization code flow with PKCE (S256), state
 * and nonce, and the ID token checked on issuer, audience, expiry, nonce and (non-repudiation
 * checks on) its signature against the provider's JWKS.
 */
@Injectable()
export class OidcService {
  private configuratie?: Promise<client.Configuration>;

  constructor(
    @Inject(CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  get aan(): boolean {
    return Boolean(this.config.OIDC_ISSUER);
  }

  private ontdek(): Promise<client.Configuration> {
    const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = this.config;
    if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) {
      return Promise.reject(new ProbleemFout(404, 'oidc-uit', 'Niet beschikbaar', 'Inloggen via uw organisatie staat in deze omgeving uit.'));
    }
    const issuer = new URL(OIDC_ISSUER);
    // Plain http only for a provider on this machine (the development provider).
    const loopback = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    this.configuratie ??= client
      .discovery(issuer, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, undefined, loopback ? { execute: [client.allowInsecureRequests] } : undefined)
      .then((cfg) => {
        client.enableNonRepudiationChecks(cfg);
        return cfg;
      })
      .catch((fout: unknown) => {
        // A provider that was down must not stay "down" for the life of the process.
        this.configuratie = undefined;
        throw fout;
      });
    return this.configuratie;
  }

  /** Where to send the browser; `koppelGebruikerId` when a signed-in user links their provider account. */
  async start(koppelGebruikerId: string | null): Promise<string> {
    const cfg = await this.ontdek();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    await this.db.query(`DELETE FROM oidc_aanvraag WHERE aangemaakt_op < now() - make_interval(mins => $1)`, [AANVRAAG_MINUTEN]);
    await this.db.query(`INSERT INTO oidc_aanvraag (state_hash, code_verifier, nonce, koppel_gebruiker_id) VALUES ($1, $2, $3, $4)`, [
      hash(state),
      codeVerifier,
      nonce,
      koppelGebruikerId,
    ]);
    return client.buildAuthorizationUrl(cfg, {
      redirect_uri: this.config.OIDC_REDIRECT_URL!,
      scope: 'openid',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    }).href;
  }

  /** The provider sent the browser back: exchange the code once, and check the ID token. */
  async terug(query: Record<string, unknown>): Promise<OidcUitkomst> {
    const cfg = await this.ontdek();
    const state = typeof query['state'] === 'string' ? query['state'] : '';
    if (!state) throw oidcMislukt('De terugkeer van de inlogdienst mist het veld state.');
    // Deleted as it is read: a state (and its code) works once.
    const [rijen] = await this.db.query<[{ code_verifier: string; nonce: string; koppel_gebruiker_id: string | null; geldig: boolean }[], number]>(
      `DELETE FROM oidc_aanvraag WHERE state_hash = $1 RETURNING code_verifier, nonce, koppel_gebruiker_id, aangemaakt_op > now() - make_interval(mins => $2) AS geldig`,
      [hash(state), AANVRAAG_MINUTEN],
    );
    const aanvraag = rijen[0];
    if (!aanvraag || !aanvraag.geldig) throw oidcMislukt('Deze inlogpoging is onbekend of verlopen (veld state). Begin opnieuw.');

    const url = new URL(this.config.OIDC_REDIRECT_URL!);
    for (const [sleutel, waarde] of Object.entries(query)) if (typeof waarde === 'string') url.searchParams.set(sleutel, waarde);
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(cfg, url, {
        pkceCodeVerifier: aanvraag.code_verifier,
        expectedState: state,
        expectedNonce: aanvraag.nonce,
        idTokenExpected: true,
      });
    } catch {
      // The library's message can carry token contents; the answer and the audit get none of it.
      throw oidcMislukt('De inlogdienst gaf geen geldig ID-token (veld code of id_token).');
    }
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) throw oidcMislukt('De inlogdienst gaf geen ID-token (veld id_token).');
    return {
      issuer: claims.iss,
      subject: claims.sub,
      acr: typeof claims.acr === 'string' ? claims.acr : null,
      amr: Array.isArray(claims.amr) ? claims.amr.map(String) : null,
      idToken: tokens.id_token,
      koppelGebruikerId: aanvraag.koppel_gebruiker_id,
    };
  }

  async gebruikerVan(issuer: string, subject: string): Promise<string | null> {
    const rijen = await this.db.query<{ gebruiker_id: string }[]>(`SELECT gebruiker_id FROM oidc_koppeling WHERE issuer = $1 AND subject = $2`, [issuer, subject]);
    return rijen[0]?.gebruiker_id ?? null;
  }

  /** Links a provider account to a gebruiker; one provider account per gebruiker, and the other way round. */
  async koppel(issuer: string, subject: string, gebruikerId: string): Promise<void> {
    const rijen = (await this.db.query(
      `INSERT INTO oidc_koppeling (issuer, subject, gebruiker_id) VALUES ($1, $2, $3)
       ON CONFLICT (issuer, gebruiker_id) DO UPDATE SET subject = EXCLUDED.subject, aangemaakt_op = now()
       WHERE NOT EXISTS (SELECT 1 FROM oidc_koppeling WHERE issuer = $1 AND subject = $2 AND gebruiker_id <> $3)
       RETURNING gebruiker_id`,
      [issuer, subject, gebruikerId],
    ).catch((fout: { code?: string }) => {
      if (fout.code === '23505') return [];
      throw fout;
    })) as unknown[];
    if (rijen.length === 0) {
      throw new ProbleemFout(409, 'oidc-al-gekoppeld', 'Al gekoppeld', 'Dit account van uw organisatie is al aan een andere gebruiker gekoppeld.');
    }
  }

  /** RP-initiated logout: the provider's end-session address, or null without one. */
  async uitlogUrl(idToken: string): Promise<string | null> {
    const cfg = await this.ontdek();
    if (!cfg.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(cfg, {
      id_token_hint: idToken,
      ...(this.config.OIDC_POST_LOGOUT_URL ? { post_logout_redirect_uri: this.config.OIDC_POST_LOGOUT_URL } : {}),
    }).href;
  }
}
