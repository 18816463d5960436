import { Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { inloggenSchema, type InloggenInvoer } from '@eenplan/contracts';
import type { Response } from 'express';
import { Publiek, Vereist } from '../common/toegang.js';
import { GeldigeBody } from '../common/validatie.js';
import { HuidigeGebruiker, leesCookie, SESSIE_COOKIE, type Ingelogd, type Verzoek } from '../common/verzoek.js';
import { CONFIG } from '../config/config.provider.js';
import type { AppConfig } from '../config/config.js';
import { AuthService } from './auth.service.js';
import { Antwoorden, Omschrijving, Onderdeel } from '../common/documentatie.js';

@Onderdeel('auth', 'Inloggen, uitloggen en de eigen sessie.')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Public, so no session CSRF token exists yet. Login CSRF is stopped because the API only
   * accepts JSON bodies (see alleenJson): a cross-site form cannot send one, and a cross-site
   * script cannot without a CORS preflight that this API never grants.
   */
  @Post('inloggen')
  @Omschrijving('Inloggen met gebruikersnaam en wachtwoord: een nieuwe sessie (cookie `eenplan_sessie`) en het CSRF-token. Te veel mislukte pogingen per account of adres geeft 429.')
  @Antwoorden(401, 429)
  @HttpCode(200)
  @Publiek()
  async inloggen(@Req() req: Verzoek, @GeldigeBody(inloggenSchema) invoer: InloggenInvoer, @Res({ passthrough: true }) res: Response) {
    const { sessieId, ingelogd } = await this.auth.inloggen(invoer, req.ip ?? 'onbekend', leesCookie(req, SESSIE_COOKIE));
    res.cookie(SESSIE_COOKIE, sessieId, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.APP_ENV === 'production',
      path: '/',
    });
    return this.auth.beschrijf(ingelogd);
  }

  @Get('me')
  @Omschrijving('De ingelogde gebruiker: naam, rol, organisatie, gemeenten en het CSRF-token van de sessie.')
  @Vereist('read', 'Profiel')
  me(@HuidigeGebruiker() ingelogd: Ingelogd) {
    return this.auth.beschrijf(ingelogd);
  }

  @Post('uitloggen')
  @Omschrijving('Beëindigt de sessie en wist de cookie.')
  @HttpCode(204)
  @Vereist('delete', 'Sessie')
  async uitloggen(@HuidigeGebruiker() ingelogd: Ingelogd, @Res({ passthrough: true }) res: Response) {
    await this.auth.uitloggen(ingelogd);
    res.clearCookie(SESSIE_COOKIE, { path: '/' });
  }
}
