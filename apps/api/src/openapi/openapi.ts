import { z } from '@eenplan/contracts';
import type { RouteBeschrijving } from './routes.js';

const P = 'urn:eenplan:probleem:';

/** RFC 9457 problem details, as every error leaves the API (see common/probleem.filter.ts). */
const probleemSchema = {
  type: 'object',
  description: 'Probleemdetails volgens RFC 9457, met een Nederlandse tekst. Content-Type `application/problem+json`.',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri-reference', description: `Soort probleem, \`${P}<soort>\`; de soorten staan bij elk antwoord.`, examples: [`${P}niet-gevonden`] },
    title: { type: 'string', description: 'Korte titel, voor mensen.' },
    status: { type: 'integer', minimum: 400, maximum: 599, description: 'De HTTP-status van dit antwoord.' },
    detail: { type: 'string', description: 'Wat er mis is en wat u kunt doen, voor mensen.' },
    fouten: { type: 'array', description: 'Alleen bij ongeldige invoer (400): elk veld met zijn melding.', items: { $ref: '#/components/schemas/Veldfout' } },
  },
};

const veldfoutSchema = {
  type: 'object',
  required: ['veld', 'melding'],
  properties: {
    veld: { type: 'string', description: 'Het veld als pad met punten, bijvoorbeeld `leden.0.bsn`; `(verzoek)` voor het verzoek als geheel.' },
    melding: { type: 'string', description: 'Wat er met dit veld mis is, in het Nederlands.' },
  },
};

/** What each error status means here, with the problem types it can carry. */
const FOUTEN: Record<number, string> = {
  400: `Ongeldige invoer (\`${P}ongeldige-invoer\`): \`fouten\` noemt elk veld met een melding. Onleesbare JSON: \`${P}http-400\`.`,
  401: `Niet ingelogd (\`${P}niet-ingelogd\`), sessie verlopen (\`${P}sessie-verlopen\`) of account uitgeschakeld (\`${P}account-uitgeschakeld\`).`,
  403: `Geen toegang tot dit gegeven of deze handeling, of het CSRF-token (kop \`x-csrf-token\`) ontbreekt of klopt niet (\`${P}geen-toegang\`).`,
  404: `Niet gevonden, of geen toegang: die twee zijn bewust niet te onderscheiden (\`${P}niet-gevonden\`).`,
  409: `Conflict: iemand anders wijzigde dit intussen (\`${P}gewijzigd-door-ander\`, stuur de nieuwe \`versie\` mee), of de toestand laat dit niet toe (bijvoorbeeld \`${P}plan-afgesloten\`).`,
  410: `De link werkt niet meer: verlopen (\`${P}link-verlopen\`), al gebruikt (\`${P}link-gebruikt\`) of vervangen (\`${P}link-vervangen\`).`,
  413: `Het verzoek is groter dan 200 kB (\`${P}http-413\`).`,
  415: `De gegevens zijn geen JSON (\`${P}verkeerd-formaat\`); stuur \`Content-Type: application/json\`.`,
  429: `Te veel verzoeken of pogingen (\`${P}te-veel-pogingen\`); \`Retry-After\` zegt na hoeveel seconden het weer kan.`,
  503: `De dienst of de database is tijdelijk niet bereikbaar (\`${P}niet-beschikbaar\`).`,
};

const probleem = (status: number) => ({
  description: FOUTEN[status] ?? 'Fout.',
  ...(status === 429 ? { headers: { 'Retry-After': { description: 'Seconden tot het weer kan.', schema: { type: 'integer', minimum: 1 } } } } : {}),
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Probleem' } } },
});

type JsonSchema = { properties?: Record<string, unknown>; required?: string[] };
const jsonSchema = (schema: z.ZodType, io: 'input' | 'output' = 'input') => z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;

/** The error statuses a route can answer: derived from its shape, plus what it declares with @Antwoorden. */
export function foutStatussen(route: RouteBeschrijving): number[] {
  const { body, query, params } = route.schemas;
  const metSessie = route.verklaring?.soort !== 'publiek';
  const velden = [body, query].flatMap((s) => Object.keys((s && jsonSchema(s).properties) ?? {}));
  const statussen = [
    ...(body || query || params ? [400] : []),
    ...(metSessie ? [401, 403] : []),
    ...(route.pad.includes('/:') ? [404] : []),
    // A `versie` means optimistic concurrency: a stale one answers 409.
    ...(velden.includes('versie') ? [409] : []),
    // Only a body can be too large or not JSON (the body parser and the JSON-only check).
    ...(body ? [413, 415] : []),
    ...route.documentatie.statussen,
  ];
  return [...new Set(statussen)].sort((a, b) => a - b);
}

/** OpenAPI 3.1 from the routes' own declarations: path, method, input schemas, answers and required permission. */
export function bouwOpenApi(routes: RouteBeschrijving[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  // Response bodies from libs/contracts, once each under their name.
  const antwoorden: Record<string, unknown> = {};
  for (const { schemas } of routes) if (schemas.antwoord && schemas.antwoordNaam) antwoorden[schemas.antwoordNaam] ??= jsonSchema(schemas.antwoord, 'output');
  const tags = new Map<string, string | undefined>();
  for (const route of routes) {
    const pad = route.pad.replace(/:(\w+)/g, '{$1}');
    const padVelden = route.schemas.params ? (jsonSchema(route.schemas.params).properties ?? {}) : {};
    const parameters: { name: string; in: 'path' | 'query'; required: boolean; schema: unknown }[] = [...route.pad.matchAll(/:(\w+)/g)].map(([, naam]) => ({
      name: naam ?? '',
      in: 'path',
      required: true,
      // The params schema says what the value is (a uuid, a period code); without one, a string.
      schema: (naam && padVelden[naam]) ?? { type: 'string' },
    }));
    const query = route.schemas.query ? jsonSchema(route.schemas.query) : undefined;
    for (const [naam, schema] of Object.entries(query?.properties ?? {})) {
      parameters.push({ name: naam, in: 'query', required: query?.required?.includes(naam) ?? false, schema });
    }
    const verklaring = route.verklaring;
    const tag = route.documentatie.onderdeel?.naam ?? route.pad.split('/')[2] ?? 'api';
    if (!tags.get(tag)) tags.set(tag, route.documentatie.onderdeel?.omschrijving);
    const operatie: Record<string, unknown> = {
      operationId: `${route.controller}.${route.handler}`,
      tags: [tag],
      ...(route.documentatie.omschrijving ? { description: route.documentatie.omschrijving } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(route.schemas.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.schemas.body) } } } }
        : {}),
      'x-toegang': verklaring?.soort === 'vereist' ? `${verklaring.actie} ${verklaring.subject}` : (verklaring?.soort ?? 'geweigerd'),
      security: verklaring?.soort === 'publiek' ? [] : [{ sessie: [] }],
      responses: {
        [String(route.status)]: {
          description: route.status === 204 ? 'Gelukt, zonder inhoud' : route.schemas.antwoordNaam ? `Gelukt: ${route.schemas.antwoordNaam}` : 'Gelukt',
          ...(route.schemas.antwoord ? { content: { 'application/json': { schema: { $ref: `#/components/schemas/${route.schemas.antwoordNaam}` } } } } : {}),
        },
        ...Object.fromEntries(foutStatussen(route).map((status) => [String(status), probleem(status)])),
      },
    };
    paths[pad] = { ...paths[pad], [route.methode.toLowerCase()]: operatie };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Eén plan voor elk thuis — API',
      version: '0.1.0',
      description: [
        'Eén gedeeld plan van aanpak per huishouden. Sessies via een HttpOnly-cookie; elke wijzigende aanvraag stuurt de kop `x-csrf-token` mee.',
        'Fouten volgen RFC 9457 (problem details, `application/problem+json`, schema `Probleem`). Een bekend pad met een andere methode geeft 405 met de kop `Allow`.',
        'Elk antwoord onder `/api` heeft `Cache-Control: no-store`: het bevat persoonsgegevens.',
      ].join('\n\n'),
      contact: { name: 'Functioneel beheer Midden-Limburg West' },
    },
    servers: [{ url: '/' }],
    tags: [...tags].map(([name, description]) => ({ name, ...(description ? { description } : {}) })),
    components: {
      securitySchemes: { sessie: { type: 'apiKey', in: 'cookie', name: 'eenplan_sessie' } },
      schemas: { Probleem: probleemSchema, Veldfout: veldfoutSchema, ...antwoorden },
    },
    paths,
  };
}
