import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Organisatie } from '@eenplan/contracts';
import type { DataSource } from 'typeorm';
import { rijen } from '../common/sql.js';

@Injectable()
export class OrganisatiesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Organisations and their active staff, to pick team members, consent and regisseurs. */
  lijst(): Promise<Organisatie[]> {
    return rijen<Organisatie>(
      this.db,
      `SELECT o.id, o.naam, o.soort,
              coalesce(json_agg(json_build_object('id', g.id, 'naam', g.naam, 'rol', g.rol) ORDER BY g.naam) FILTER (WHERE g.id IS NOT NULL), '[]') AS medewerkers
       FROM organisatie o LEFT JOIN gebruiker g ON g.organisatie_id = o.id AND g.actief AND g.rol IN ('consulent', 'professional')
       GROUP BY o.id ORDER BY o.naam`,
    );
  }
}
