import { Controller, Get } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Publiek } from '../common/toegang.js';
import { bouwOpenApi } from './openapi.js';
import { verzamelRoutes } from './routes.js';
import { Omschrijving, Onderdeel } from '../common/documentatie.js';

@Onderdeel('openapi', 'Deze beschrijving van de API.')
@Controller('openapi.json')
export class OpenApiController {
  private document: unknown;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  @Get()
  @Omschrijving('Dit document: OpenAPI 3.1 van elke route, gemaakt uit de routes zelf.')
  @Publiek()
  openapi() {
    this.document ??= bouwOpenApi(verzamelRoutes(this.discovery, this.scanner, this.reflector));
    return this.document;
  }
}
