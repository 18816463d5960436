// What the OpenAPI document says about a route beyond what it derives from the route's shape.
// Decorators only, so a controller reads as its own documentation.

const STATUSSEN = 'eenplan:antwoord-statussen';
const OMSCHRIJVING = 'eenplan:omschrijving';
const ONDERDEEL = 'eenplan:onderdeel';

/** Metadata on a method (doel + sleutel) or, without a key, on the controller class. */
function plekVan(doel: object, sleutel?: string | symbol): object | undefined {
  return sleutel === undefined ? doel : (doel as Record<string | symbol, object | undefined>)[sleutel];
}

/**
 * Error statuses a route (or every route of a controller) can answer beyond what is derived
 * (401/403 with a session, 404 with a path parameter, 400 with input, 413/415 with a body, 409
 * with a `versie`): e.g. 409 for a state that forbids the change, 410, 429, 503.
 */
export function Antwoorden(...statussen: number[]): ClassDecorator & MethodDecorator {
  return (doel: object, sleutel?: string | symbol) => {
    const plek = plekVan(doel, sleutel);
    if (!plek) return;
    const bestaand = (Reflect.getMetadata(STATUSSEN, plek) ?? []) as number[];
    Reflect.defineMetadata(STATUSSEN, [...bestaand, ...statussen], plek);
  };
}

/** One or two sentences on what the route does, for whoever builds a client. */
export function Omschrijving(tekst: string): MethodDecorator {
  return (doel, sleutel) => {
    const plek = plekVan(doel, sleutel);
    if (plek) Reflect.defineMetadata(OMSCHRIJVING, tekst, plek);
  };
}

/** The group (OpenAPI tag) a controller's routes are listed under, with what it is about. */
export function Onderdeel(naam: string, omschrijving: string): ClassDecorator {
  return (doel) => Reflect.defineMetadata(ONDERDEEL, { naam, omschrijving }, doel);
}

export interface Documentatie {
  statussen: number[];
  omschrijving: string | undefined;
  onderdeel: { naam: string; omschrijving: string } | undefined;
}

/** What the decorators above declared on a route and on its controller. */
export function documentatieVan(prototype: object, methode: string): Documentatie {
  const handler = (prototype as Record<string, object | undefined>)[methode];
  const lees = <T>(sleutel: string, plek: object | undefined) => (plek ? (Reflect.getMetadata(sleutel, plek) as T | undefined) : undefined);
  const statussen = [...(lees<number[]>(STATUSSEN, prototype.constructor) ?? []), ...(lees<number[]>(STATUSSEN, handler) ?? [])];
  return {
    statussen: [...new Set(statussen)].sort((a, b) => a - b),
    omschrijving: lees<string>(OMSCHRIJVING, handler),
    onderdeel: lees<Documentatie['onderdeel']>(ONDERDEEL, prototype.constructor),
  };
}
