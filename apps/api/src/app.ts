import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { AppModule, type AppVerbindingen } from './app.module.js';
import { Klok } from './common/klok.js';
import { PinoNestLogger } from './common/logger.js';
import { stuurProbleem } from './common/probleem.filter.js';
import { ProbleemFout } from './common/problemen.js';
import type { AppConfig } from './config/config.js';
import { API_PREFIX, controllersVan, type RouteBeschrijving, routesVan, routeSjabloon } from './openapi/routes.js';
import { serveerWebApp } from './web-app/serveer-web-app.js';

export interface AppOpties {
  logger: Logger;
  klok?: Klok;
  extraModules?: Type[];
}

/** Builds the HTTP app (API under /api, the built web app on the rest). Used by main and by the tests. */
export async function maakApp(config: AppConfig, database: AppVerbindingen, opties: AppOpties): Promise<NestExpressApplication> {
  const { logger } = opties;
  const module = AppModule.voor(config, database, logger, opties.klok ?? new Klok(), opties.extraModules);
  const app = await NestFactory.create<NestExpressApplication>(module, {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  const productie = config.APP_ENV === 'production';
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: productie ? [] : null } },
      strictTransportSecurity: productie,
    }),
  );
  app.use(verzoekLog(logger));
  app.use(`/${API_PREFIX}`, nietBewaren);
  app.use(`/${API_PREFIX}`, alleenBekendeMethoden(routesVan(controllersVan(module))));
  app.use(`/${API_PREFIX}`, alleenJson);
  app.useBodyParser('json', { limit: '200kb' });
  // Errors of the middleware above (bad JSON, too large) become problem details too.
  app.use((fout: unknown, req: Request, res: Response, _next: NextFunction) => stuurProbleem(fout, req, res, logger));
  app.setGlobalPrefix(API_PREFIX);
  serveerWebApp(app, config.WEB_DIST, logger);
  return app;
}

/** API answers carry personal data (and errors may name it): no browser or proxy may keep a copy. */
function nietBewaren(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/**
 * A known path with a method it does not have answers 405 with `Allow` (RFC 9110), not 404:
 * the path exists. Unknown paths fall through to Nest's 404.
 */
function alleenBekendeMethoden(routes: RouteBeschrijving[]) {
  const sjablonen = new Map<string, { patroon: RegExp; methoden: Set<string> }>();
  for (const { pad, methode } of routes) {
    const bekend = sjablonen.get(pad) ?? { patroon: padPatroon(pad), methoden: new Set<string>() };
    bekend.methoden.add(methode);
    if (methode === 'GET') bekend.methoden.add('HEAD');
    sjablonen.set(pad, bekend);
  }
  return (req: Request, _res: Response, next: NextFunction) => {
    if (req.method === 'OPTIONS') return next();
    const pad = `/${API_PREFIX}${req.path}`;
    const toegestaan = new Set<string>();
    for (const { patroon, methoden } of sjablonen.values()) if (patroon.test(pad)) for (const m of methoden) toegestaan.add(m);
    if (toegestaan.size === 0 || toegestaan.has(req.method)) return next();
    const allow = [...toegestaan].sort().join(', ');
    next(new ProbleemFout(405, 'methode-niet-toegestaan', 'Methode niet toegestaan', `Deze handeling (${req.method}) kan hier niet. Wel mogelijk: ${allow}.`, undefined, { Allow: allow }));
  };
}

/** An Express path template (/api/huishoudens/:id) as a pattern; like Express: any case, optional trailing slash. */
function padPatroon(sjabloon: string): RegExp {
  const delen = sjabloon.split(/(:\w+)/).map((deel) => (deel.startsWith(':') ? '[^/]+' : deel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return new RegExp(`^${delen.join('')}/?$`, 'i');
}

/** The API speaks JSON only; refusing other bodies also stops cross-site form posts (CSRF). */
function alleenJson(req: Request, res: Response, next: NextFunction): void {
  const heeftBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (heeftBody && !req.is('application/json')) {
    next(new ProbleemFout(415, 'verkeerd-formaat', 'Verkeerd formaat', 'Stuur de gegevens als JSON (Content-Type: application/json).'));
    return;
  }
  next();
}

/** One line per request: method, route template, status and duration. No query strings, bodies or ids of people. */
function verzoekLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      logger.info(
        {
          methode: req.method,
          route: routeSjabloon(req) ?? (req.path.startsWith(`/${API_PREFIX}/`) ? 'onbekende-api-route' : 'web'),
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - start) / 1_000_000n),
        },
        'verzoek',
      );
    });
    next();
  };
}
