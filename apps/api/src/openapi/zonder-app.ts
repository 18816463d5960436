import { pino } from 'pino';
import { AppModule } from '../app.module.js';
import { Klok } from '../common/klok.js';
import { laadConfig } from '../config/config.js';
import { bouwOpenApi } from './openapi.js';
import { controllersVan, routesVan } from './routes.js';

/**
 * The OpenAPI document as GET /api/openapi.json serves it, built from the module tree's metadata
 * alone: building the module definition reads a config but connects to nothing.
 */
export function openApiZonderApp() {
  const module = AppModule.voor(laadConfig({ APP_ENV: 'test' }), { api: 'postgres://niet-gebruikt@127.0.0.1:1/niet-gebruikt', rapportage: 'postgres://niet-gebruikt@127.0.0.1:1/niet-gebruikt' }, pino({ level: 'silent' }), new Klok());
  return bouwOpenApi(routesVan(controllersVan(module)));
}
