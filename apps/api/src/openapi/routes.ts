import { RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { TOEGANG, type Toegangsverklaring } from '../common/toegang.js';
import { invoerSchemas, type InvoerSchemas } from '../common/validatie.js';

export const API_PREFIX = 'api';

export interface RouteBeschrijving {
  methode: string;
  /** Express-style path, e.g. /api/beheer/gebruikers/:id */
  pad: string;
  controller: string;
  handler: string;
  verklaring: Toegangsverklaring | undefined;
  schemas: InvoerSchemas;
  /** The status of a successful answer (Nest: 201 for POST unless @HttpCode says otherwise). */
  status: number;
}

/** Every HTTP route of the running app, read from Nest's own metadata (so nothing can be left out). */
export function verzamelRoutes(discovery: DiscoveryService, scanner: MetadataScanner, reflector: Reflector): RouteBeschrijving[] {
  const routes: RouteBeschrijving[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    const basis = paden(Reflect.getMetadata(PATH_METADATA, wrapper.metatype));
    for (const naam of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[naam] as (...args: unknown[]) => unknown;
      const methodePaden: unknown = Reflect.getMetadata(PATH_METADATA, handler);
      if (methodePaden === undefined) continue;
      const methode = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      for (const b of basis) {
        for (const m of paden(methodePaden)) {
          routes.push({
            methode,
            pad: '/' + [API_PREFIX, b, m].filter(Boolean).join('/'),
            controller: wrapper.metatype.name,
            handler: naam,
            verklaring: reflector.getAllAndOverride(TOEGANG, [handler, wrapper.metatype]),
            schemas: invoerSchemas(prototype, naam),
            status: (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ?? (methode === 'POST' ? 201 : 200),
          });
        }
      }
    }
  }
  return routes.sort((a, b) => a.pad.localeCompare(b.pad) || a.methode.localeCompare(b.methode));
}

/** The route template a request matched (e.g. /api/huishoudens/:id), or undefined before routing or when none matched. */
export function routeSjabloon(req: Request): string | undefined {
  // Express types `req.route` as any; it is the matched Route, whose `path` is the template.
  return (req.route as { path?: string } | undefined)?.path;
}

function paden(waarde: unknown): string[] {
  const lijst = Array.isArray(waarde) ? waarde : [waarde ?? ''];
  return lijst.map((p) => String(p).replace(/^\/+|\/+$/g, ''));
}
