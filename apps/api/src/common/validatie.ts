import { Body, Param, type PipeTransform, Query } from '@nestjs/common';
import { geheelGetalInQuery, huishoudenDetailAntwoord, idVeld, veldfouten, versieVeld, z } from '@eenplan/contracts';
import { problemen } from './problemen.js';

export const INVOER_SCHEMA = 'eenplan:invoer-schema';
export interface InvoerSchemas {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  /** What the route answers (a schema from libs/contracts and its name), for the OpenAPI document. */
  antwoord?: z.ZodType;
  antwoordNaam?: string;
}

/** Validates at the edge; unknown fields, wrong types and missing fields get a Dutch message per field. */
export class ZodPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(private readonly schema: T) {}
  transform(waarde: unknown): z.infer<T> {
    const resultaat = this.schema.safeParse(waarde ?? {});
    if (resultaat.success) return resultaat.data;
    throw problemen.ongeldigeInvoer(veldfouten(resultaat.error));
  }
}

function onthoudSchema(soort: keyof InvoerSchemas, schema: z.ZodType, doel: object, sleutel: string | symbol): void {
  const bestaand = (Reflect.getMetadata(INVOER_SCHEMA, doel, sleutel) ?? {}) as InvoerSchemas;
  Reflect.defineMetadata(INVOER_SCHEMA, { ...bestaand, [soort]: schema }, doel, sleutel);
}

export function invoerSchemas(prototype: object, methode: string): InvoerSchemas {
  return (Reflect.getMetadata(INVOER_SCHEMA, prototype, methode) ?? {}) as InvoerSchemas;
}

/** Declares the route's response body (a schema from libs/contracts, by name); the OpenAPI document shows it. */
export function Antwoord(naam: string, schema: z.ZodType): MethodDecorator {
  return (doel, sleutel) => {
    onthoudSchema('antwoord', schema, doel, sleutel);
    const bestaand = invoerSchemas(doel, sleutel as string);
    Reflect.defineMetadata(INVOER_SCHEMA, { ...bestaand, antwoordNaam: naam }, doel, sleutel);
  };
}

/** Every change to a household's file answers with the file as GET /api/huishoudens/:id gives it. */
export const AntwoordtMetDossier = () => Antwoord('HuishoudenDetail', huishoudenDetailAntwoord);

/** Request body validated by `schema`; the schema is also what the OpenAPI document shows. */
export function GeldigeBody(schema: z.ZodType): ParameterDecorator {
  return (doel, sleutel, index) => {
    Body(new ZodPipe(schema))(doel, sleutel, index);
    if (sleutel) onthoudSchema('body', schema, doel, sleutel);
  };
}

export function GeldigeQuery(schema: z.ZodType): ParameterDecorator {
  return (doel, sleutel, index) => {
    Query(new ZodPipe(schema))(doel, sleutel, index);
    if (sleutel) onthoudSchema('query', schema, doel, sleutel);
  };
}

export function GeldigeParams(schema: z.ZodType): ParameterDecorator {
  return (doel, sleutel, index) => {
    Param(new ZodPipe(schema))(doel, sleutel, index);
    if (sleutel) onthoudSchema('params', schema, doel, sleutel);
  };
}

/** `:id` in a route path: a uuid. */
export const idParams = z.object({ id: idVeld }).strict();
export type IdParams = z.infer<typeof idParams>;
/** `?versie=` on a delete: the version the client based it on. */
export const versieQuery = z.object({ versie: geheelGetalInQuery('Geef de versie mee als geheel getal (?versie=…).', 1, 2_147_483_647).pipe(versieVeld) }).strict();
export type VersieQuery = z.infer<typeof versieQuery>;
