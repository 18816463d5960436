import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';

/**
 * Structured JSON logs. What goes in is chosen at each call site: route templates, ids,
 * status codes, error classes — never names, BSNs, addresses, query strings or request bodies.
 */
export function maakLogger(niveau: string): Logger {
  return pino({
    level: niveau,
    base: { app: 'eenplan-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}

/** Routes Nest's own messages (module init, route mapping) into the same JSON log. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(bericht: unknown, context?: string) {
    this.logger.debug({ context }, String(bericht));
  }
  error(bericht: unknown, _trace?: string, context?: string) {
    this.logger.error({ context }, String(bericht));
  }
  warn(bericht: unknown, context?: string) {
    this.logger.warn({ context }, String(bericht));
  }
  debug(bericht: unknown, context?: string) {
    this.logger.trace({ context }, String(bericht));
  }
  verbose(bericht: unknown, context?: string) {
    this.logger.trace({ context }, String(bericht));
  }
}

export const LOGGER = Symbol('LOGGER');
