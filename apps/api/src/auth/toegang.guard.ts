import { timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_HEADER } from '@eenplan/contracts';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { AuditService } from '../audit/audit.service.js';
import { LOGGER } from '../common/logger.js';
import { ProbleemFout, problemen } from '../common/problemen.js';
import { TOEGANG, type Toegangsverklaring } from '../common/toegang.js';
import { leesCookie, SESSIE_COOKIE, type Verzoek } from '../common/verzoek.js';
import { routeSjabloon } from '../openapi/routes.js';
import { AuthService } from './auth.service.js';

const VEILIGE_METHODEN = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The global guard. Deny by default: a route that declares neither @Publiek() nor
 * @Vereist(actie, subject) is refused, whoever calls it. Otherwise it checks the session
 * (timeouts, account status), the CSRF token on state-changing requests and the CASL ability.
 */
@Injectable()
export class ToegangGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Verzoek>();
    const res = context.switchToHttp().getResponse<Response>();
    const route = `${req.method} ${routeSjabloon(req) ?? '?'}`;
    const verklaring = this.reflector.getAllAndOverride<Toegangsverklaring | undefined>(TOEGANG, [context.getHandler(), context.getClass()]);

    if (!verklaring) {
      this.logger.warn({ route }, 'route zonder toegangsverklaring geweigerd');
      await this.audit.registreer('toegang_geweigerd', { details: { route, reden: 'geen_toegangsverklaring' } });
      throw problemen.geenToegang();
    }
    if (verklaring.soort === 'publiek') return true;

    const check = await this.auth.sessieGebruiker(leesCookie(req, SESSIE_COOKIE));
    if (check.status !== 'ingelogd') {
      res.clearCookie(SESSIE_COOKIE, { path: '/' });
      // Distinct problem types, so the web app can tell a first visit from an expired session.
      if (check.status === 'verlopen') throw problemen.nietIngelogd('Uw sessie is verlopen. Log opnieuw in.', 'sessie-verlopen');
      if (check.status === 'uitgeschakeld') {
        throw problemen.nietIngelogd('Uw account is uitgeschakeld. Neem contact op met functioneel beheer van uw organisatie.', 'account-uitgeschakeld');
      }
      throw problemen.nietIngelogd();
    }
    const ingelogd = check.ingelogd;
    const wie = { gebruikerId: ingelogd.id, organisatieId: ingelogd.organisatie.id };

    if (!VEILIGE_METHODEN.has(req.method) && !gelijk(req.header(CSRF_HEADER), ingelogd.csrfToken)) {
      await this.audit.registreer('toegang_geweigerd', { ...wie, details: { route, reden: 'csrf' } });
      throw problemen.geenToegang('De beveiligingscode (CSRF-token) ontbreekt of klopt niet. Vernieuw de pagina en probeer het opnieuw.');
    }
    // Until the required second factor is set up, only the own profile, enrolment and logout are open.
    if (ingelogd.inschrijvenNodig && verklaring.subject !== 'Profiel' && verklaring.subject !== 'Sessie') {
      await this.audit.registreer('toegang_geweigerd', { ...wie, details: { route, reden: 'tweede_factor_nodig' } });
      throw new ProbleemFout(403, 'tweede-factor-nodig', 'Tweestapsverificatie nodig', 'Stel eerst tweestapsverificatie in voordat u verder werkt.');
    }
    if (!ingelogd.ability.can(verklaring.actie, verklaring.subject)) {
      await this.audit.registreer('toegang_geweigerd', {
        ...wie,
        details: { route, reden: 'geen_recht', actie: verklaring.actie, subject: verklaring.subject },
      });
      throw problemen.geenToegang();
    }
    req.ingelogd = ingelogd;
    return true;
  }
}

function gelijk(gegeven: string | undefined, verwacht: string): boolean {
  if (!gegeven) return false;
  const a = Buffer.from(gegeven);
  const b = Buffer.from(verwacht);
  return a.length === b.length && timingSafeEqual(a, b);
}
