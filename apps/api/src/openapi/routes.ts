import { type DynamicModule, RequestMethod, type Type } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { type DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { TOEGANG, type Toegangsverklaring } from '../common/toegang.js';
import { type Documentatie, documentatieVan } from '../common/documentatie.js';
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
  /** What @Antwoorden, @Omschrijving and @Onderdeel declare. */
  documentatie: Documentatie;
}

/**
 * Every controller class of a module tree, read from the module metadata alone: no instance, no
 * database. So the OpenAPI document can be written (and linted) without starting the app.
 */
export function controllersVan(module: Type | DynamicModule, gezien = new Set<unknown>()): Type[] {
  const klasse = 'module' in module ? module.module : module;
  const sleutel = 'module' in module ? module : klasse;
  if (gezien.has(sleutel)) return [];
  gezien.add(sleutel);
  const lees = <T>(naam: string) => (Reflect.getMetadata(naam, klasse) ?? []) as T[];
  const dynamisch = 'module' in module ? module : ({} as Partial<DynamicModule>);
  const controllers = [...lees<Type>(MODULE_METADATA.CONTROLLERS), ...(dynamisch.controllers ?? [])];
  const imports = [...lees<Type | DynamicModule>(MODULE_METADATA.IMPORTS), ...((dynamisch.imports ?? []) as (Type | DynamicModule)[])];
  return [...controllers, ...imports.filter(Boolean).flatMap((i) => controllersVan(i, gezien))];
}

/** Every HTTP route of the running app, read from Nest's own metadata (so nothing can be left out). */
export function verzamelRoutes(discovery: DiscoveryService, scanner: MetadataScanner, reflector: Reflector): RouteBeschrijving[] {
  const controllers = discovery.getControllers().flatMap((w) => (w.instance && w.metatype ? [w.metatype as Type] : []));
  return routesVan(controllers, scanner, reflector);
}

/** The same from controller classes alone (see controllersVan): no app, no database. */
export function routesVan(controllers: Type[], scanner = new MetadataScanner(), reflector = new Reflector()): RouteBeschrijving[] {
  const routes: RouteBeschrijving[] = [];
  for (const metatype of new Set(controllers)) {
    const prototype = metatype.prototype as Record<string, unknown>;
    const basis = paden(Reflect.getMetadata(PATH_METADATA, metatype));
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
            controller: metatype.name,
            handler: naam,
            verklaring: reflector.getAllAndOverride(TOEGANG, [handler, metatype]),
            schemas: invoerSchemas(prototype, naam),
            status: (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ?? (methode === 'POST' ? 201 : 200),
            documentatie: documentatieVan(prototype, naam),
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
