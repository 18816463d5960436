import { z } from '@eenplan/contracts';
import type { RouteBeschrijving } from './routes.js';

const probleemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    fouten: {
      type: 'array',
      items: { type: 'object', properties: { veld: { type: 'string' }, melding: { type: 'string' } } },
    },
  },
};

const probleem = (beschrijving: string) => ({
  description: beschrijving,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Probleem' } } },
});

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output' = 'input') => z.toJSONSchema(schema, { io, unrepresentable: 'any' });

/** OpenAPI 3.1 from the routes' own declarations: path, method, input schemas and required permission. */
export function bouwOpenApi(routes: RouteBeschrijving[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  // Response bodies from libs/contracts, once each under their name.
  const antwoorden: Record<string, unknown> = {};
  for (const { schemas } of routes) if (schemas.antwoord && schemas.antwoordNaam) antwoorden[schemas.antwoordNaam] ??= jsonSchema(schemas.antwoord, 'output');
  for (const route of routes) {
    const pad = route.pad.replace(/:(\w+)/g, '{$1}');
    const parameters = [...route.pad.matchAll(/:(\w+)/g)].map(([, naam]) => ({
      name: naam,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const query = route.schemas.query ? (jsonSchema(route.schemas.query) as { properties?: Record<string, unknown>; required?: string[] }) : undefined;
    for (const [naam, schema] of Object.entries(query?.properties ?? {})) {
      parameters.push({ name: naam, in: 'query', required: query?.required?.includes(naam) ?? false, schema: schema as { type: string } });
    }
    const verklaring = route.verklaring;
    const operatie: Record<string, unknown> = {
      operationId: `${route.controller}.${route.handler}`,
      tags: [route.pad.split('/')[2] ?? 'api'],
      ...(parameters.length ? { parameters } : {}),
      ...(route.schemas.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.schemas.body) } } } }
        : {}),
      'x-toegang': verklaring?.soort === 'vereist' ? `${verklaring.actie} ${verklaring.subject}` : (verklaring?.soort ?? 'geweigerd'),
      security: verklaring?.soort === 'publiek' ? [] : [{ sessie: [] }],
      responses: {
        [String(route.status)]: {
          description: route.schemas.antwoordNaam ? `Gelukt: ${route.schemas.antwoordNaam}` : 'Gelukt',
          ...(route.schemas.antwoord ? { content: { 'application/json': { schema: { $ref: `#/components/schemas/${route.schemas.antwoordNaam}` } } } } : {}),
        },
        '400': probleem('Ongeldige invoer; `fouten` noemt elk veld'),
        ...(verklaring?.soort === 'publiek' ? {} : { '401': probleem('Niet ingelogd of sessie verlopen'), '403': probleem('Geen toegang of CSRF-token ontbreekt') }),
        ...(parameters.some((p) => p.in === 'path') ? { '404': probleem('Niet gevonden of geen toegang') } : {}),
      },
    };
    paths[pad] = { ...paths[pad], [route.methode.toLowerCase()]: operatie };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Eén plan voor elk thuis — API',
      version: '0.1.0',
      description:
        'Eén gedeeld plan van aanpak per huishouden. Sessies via een HttpOnly-cookie; elke wijzigende aanvraag stuurt de kop `x-csrf-token` mee. Fouten volgen RFC 9457 (problem details).',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { sessie: { type: 'apiKey', in: 'cookie', name: 'eenplan_sessie' } },
      schemas: { Probleem: probleemSchema, ...antwoorden },
    },
    paths,
  };
}
