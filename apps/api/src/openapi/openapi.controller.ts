import { Controller, Get } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Publiek } from '../common/toegang.js';
import { bouwOpenApi } from './openapi.js';
import { verzamelRoutes } from './routes.js';

@Controller('openapi.json')
export class OpenApiController {
  private document: unknown;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  @Get()
  @Publiek()
  openapi() {
    this.document ??= bouwOpenApi(verzamelRoutes(this.discovery, this.scanner, this.reflector));
    return this.document;
  }
}
