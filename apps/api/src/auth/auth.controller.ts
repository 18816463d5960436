import { Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { codeSchema, inloggenSchema, type CodeInvoer, type InloggenInvoer, type TweedeStapNodig } from '@eenplan/contracts';

const TWEEDE_STAP_COOKIE = 'eenplan_tweede_stap';
import type { Response } from 'express';
import { Publiek, Vereist } from '../common/toegang.js';
import { GeldigeBody } from '../common/validatie.js';
import { HuidigeGebruiker, leesCookie, SESSIE_COOKIE, type Ingelogd, type Verzoek } from '../common/verzoek.js';
import { CONFIG } from '../config/config.provider.js';
import type { AppConfig } from '../config/config.js';
import { AuthService } from './auth.service.js';
import { OidcService } from './oidc.service.js';
import { AuditService } from '../audit/audit.service.js';
import { ProbleemFout } from '../common/problemen.js';
import { Antwoorden, Omschrijving, Onderdeel } from '../common/documentatie.js';

@Onderdeel('auth', 'Inloggen, uitloggen en de eigen sessie.')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly oidc: OidcService,
    private readonly audit: AuditService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  private zetSessie(res: Response, sessieId: string) {
    res.cookie(SESSIE_COOKIE, sessieId, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.APP_ENV === 'production',
      path: '/',
    });
  }

  @Get('methoden')
  @Omschrijving('Welke manieren van inloggen deze omgeving biedt: met wachtwoord en/of via de eigen organisatie (OpenID Connect).')
  @Publiek()
  methoden() {
    return this.auth.methoden();
  }

  @Get('oidc/start')
  @Omschrijving('Begint inloggen via de eigen organisatie: stuurt de browser (303) naar de inlogdienst, met PKCE, state en nonce.')
  @Antwoorden(303, 404)
  @Publiek()
  async oidcStart(@Res() res: Response) {
    res.redirect(303, await this.oidc.start(null));
  }

  @Post('oidc/koppelen')
  @Omschrijving('Koppelt het account bij de eigen organisatie aan de ingelogde gebruiker: geeft het adres van de inlogdienst; na terugkeer is de koppeling gemaakt.')
  @Antwoorden(404)
  @HttpCode(200)
  @Vereist('update', 'Profiel')
  async oidcKoppelen(@HuidigeGebruiker() ingelogd: Ingelogd) {
    return { url: await this.oidc.start(ingelogd.id) };
  }

  /**
   * The provider's redirect. Public, because the session cookie (SameSite=Lax) still arrives on
   * this top-level GET but the user may not have one; the state ties the answer to its start.
   */
  @Get('oidc/terug')
  @Omschrijving('Terugkeer van de inlogdienst: controleert state, code en ID-token (uitgever, doelgroep, geldigheid, handtekening), start de sessie en stuurt door (303) naar de app. Een onbekend account of ongeldig token geeft 401.')
  @Antwoorden(303, 401, 409)
  @Publiek()
  async oidcTerug(@Req() req: Verzoek, @Query() query: Record<string, unknown>, @Res() res: Response) {
    let uitkomst;
    try {
      uitkomst = await this.oidc.terug(query);
    } catch (fout) {
      if (fout instanceof ProbleemFout && fout.getStatus() === 401) {
        await this.audit.registreer('inloggen_mislukt', { details: { reden: 'ongeldig_id_token', methode: 'oidc' } });
      }
      throw fout;
    }
    if (uitkomst.koppelGebruikerId) {
      const huidig = await this.auth.sessieGebruiker(leesCookie(req, SESSIE_COOKIE));
      // Only the user who started the link may finish it, in the same session.
      if (huidig.status !== 'ingelogd' || huidig.ingelogd.id !== uitkomst.koppelGebruikerId) {
        await this.audit.registreer('inloggen_mislukt', { details: { reden: 'koppeling_andere_sessie', methode: 'oidc' } });
        throw new ProbleemFout(401, 'oidc-mislukt', 'Koppelen mislukt', 'Log opnieuw in en begin het koppelen opnieuw.');
      }
      await this.oidc.koppel(uitkomst.issuer, uitkomst.subject, huidig.ingelogd.id);
      await this.audit.registreer('gebruiker_gewijzigd', { gebruikerId: huidig.ingelogd.id, organisatieId: huidig.ingelogd.organisatie.id, details: { wijziging: 'oidc_gekoppeld' } });
      res.redirect(303, '/');
      return;
    }
    const { sessieId } = await this.auth.oidcInloggen(uitkomst, leesCookie(req, SESSIE_COOKIE));
    this.zetSessie(res, sessieId);
    res.redirect(303, '/');
  }

  /**
   * Public, so no session CSRF token exists yet. Login CSRF is stopped because the API only
   * accepts JSON bodies (see alleenJson): a cross-site form cannot send one, and a cross-site
   * script cannot without a CORS preflight that this API never grants.
   */
  @Post('inloggen')
  @Omschrijving('Inloggen met gebruikersnaam en wachtwoord: een nieuwe sessie (cookie `eenplan_sessie`) en het CSRF-token, of bij tweestapsverificatie `tweedeStapNodig` (dan volgt POST /api/auth/tweede-stap). Te veel mislukte pogingen per account of adres geeft 429.')
  @Antwoorden(401, 429)
  @HttpCode(200)
  @Publiek()
  async inloggen(@Req() req: Verzoek, @GeldigeBody(inloggenSchema) invoer: InloggenInvoer, @Res({ passthrough: true }) res: Response) {
    const uitkomst = await this.auth.inloggen(invoer, req.ip ?? 'onbekend', leesCookie(req, SESSIE_COOKIE));
    if ('tweedeStap' in uitkomst) {
      res.cookie(TWEEDE_STAP_COOKIE, uitkomst.tweedeStap, { httpOnly: true, sameSite: 'strict', secure: this.config.APP_ENV === 'production', path: '/api/auth', maxAge: 5 * 60_000 });
      return { tweedeStapNodig: true } satisfies TweedeStapNodig;
    }
    this.zetSessie(res, uitkomst.sessieId);
    return this.auth.beschrijf(uitkomst.ingelogd);
  }

  @Post('tweede-stap')
  @Omschrijving('De tweede stap na het wachtwoord: een code uit de authenticator-app (elke code één keer) of een herstelcode. Geeft de sessie, zoals inloggen. Te veel onjuiste codes geeft 429.')
  @Antwoorden(401, 429)
  @HttpCode(200)
  @Publiek()
  async tweedeStap(@Req() req: Verzoek, @GeldigeBody(codeSchema) invoer: CodeInvoer, @Res({ passthrough: true }) res: Response) {
    const { sessieId, ingelogd } = await this.auth.tweedeStap(leesCookie(req, TWEEDE_STAP_COOKIE), invoer.code, req.ip ?? 'onbekend', leesCookie(req, SESSIE_COOKIE));
    res.clearCookie(TWEEDE_STAP_COOKIE, { path: '/api/auth' });
    this.zetSessie(res, sessieId);
    return this.auth.beschrijf(ingelogd);
  }

  @Get('me')
  @Omschrijving('De ingelogde gebruiker: naam, rol, organisatie, gemeenten en het CSRF-token van de sessie.')
  @Vereist('read', 'Profiel')
  me(@HuidigeGebruiker() ingelogd: Ingelogd) {
    return this.auth.beschrijf(ingelogd);
  }

  @Post('uitloggen')
  @Omschrijving('Beëindigt de sessie en wist de cookie. Na inloggen via de eigen organisatie staat in `uitlogUrl` waar ook die sessie wordt beëindigd (RP-initiated logout).')
  @HttpCode(200)
  @Vereist('delete', 'Sessie')
  async uitloggen(@HuidigeGebruiker() ingelogd: Ingelogd, @Res({ passthrough: true }) res: Response) {
    const uitkomst = await this.auth.uitloggen(ingelogd);
    res.clearCookie(SESSIE_COOKIE, { path: '/' });
    return uitkomst;
  }
}
