import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Publiek } from '../common/toegang.js';
import { Antwoorden, Omschrijving, Onderdeel } from '../common/documentatie.js';

@Onderdeel('health', 'Bedrijfsvoering: draait de dienst.')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** For load balancers and the start script: 200 only when the database answers. */
  @Get()
  @Omschrijving('Of de API draait en de database bereikbaar is.')
  @Antwoorden(503)
  @HttpCode(200)
  @Publiek()
  async health() {
    try {
      await this.db.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException();
    }
    return { status: 'ok', database: 'ok' };
  }
}
