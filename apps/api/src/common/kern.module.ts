import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { CONFIG } from '../config/config.provider.js';
import type { AppConfig } from '../config/config.js';
import { Klok } from './klok.js';
import { LOGGER } from './logger.js';

/** Config, logger and clock, available to every feature module. */
@Global()
@Module({})
export class KernModule {
  static voor(config: AppConfig, logger: Logger, klok: Klok): DynamicModule {
    return {
      module: KernModule,
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: Klok, useValue: klok },
      ],
      exports: [CONFIG, LOGGER, Klok],
    };
  }
}
