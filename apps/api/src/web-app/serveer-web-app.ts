import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { Logger } from 'pino';
import { API_PREFIX } from '../openapi/routes.js';

/** Vite puts a content hash in every file name under /assets: a new build means new names, so they may be kept forever. */
const ONVERANDERLIJK = 'public, max-age=31536000, immutable';
/** Everything else (index.html, favicon) is checked with the server on each use, so a new build is picked up at once. */
const NAVRAGEN = 'no-cache';

function isApi(pad: string): boolean {
  return pad === `/${API_PREFIX}` || pad.startsWith(`/${API_PREFIX}/`);
}

/**
 * Compression of API answers and the web app served beside the API:
 * - JSON and index.html compressed on the fly (brotli or gzip, whatever the client accepts);
 * - the built assets as the build precompressed them (`.br`, `.gz` next to each file), so no CPU per request;
 * - the static handler never sees /api requests: it would look on disk for every API call.
 */
export function serveerWebApp(app: NestExpressApplication, webDist: string, logger: Logger): void {
  // Small answers are not worth it (1 KiB). The login answer carries the CSRF token: kept out
  // of compression so its size cannot leak the token to a BREACH-style guesser.
  app.use(compression({ threshold: 1024, filter: (req: Request, res: Response) => !req.path.startsWith(`/${API_PREFIX}/auth/`) && compression.filter(req, res) }));

  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) {
    logger.warn({ webDist }, 'web-app niet gebouwd; alleen de API draait (npm run build)');
    return;
  }
  const statisch = expressStaticGzip(webDist, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: {
      index: false,
      setHeaders: (res: ServerResponse, bestand: string) => {
        const inAssets = path.relative(webDist, bestand).startsWith(`assets${path.sep}`);
        res.setHeader('Cache-Control', inAssets ? ONVERANDERLIJK : NAVRAGEN);
      },
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (isApi(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    statisch(req, res, next);
  });
  // Client-side routes (/werkvoorraad, /beheer, …) all get index.html; /api stays with Nest.
  // A missing hashed asset is a 404, not index.html: the browser would run HTML as a script.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || isApi(req.path) || req.path.startsWith('/assets/')) return next();
    res.setHeader('Cache-Control', NAVRAGEN);
    res.sendFile(index);
  });
}
