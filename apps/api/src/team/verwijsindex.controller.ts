import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { verwijsindexSchema, z } from '@eenplan/contracts';
import type { DataSource } from 'typeorm';
import { Vereist } from '../common/toegang.js';
import { GeldigeBody } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { VerwijsindexService } from './verwijsindex.service.js';

@Controller()
export class VerwijsindexController {
  constructor(
    private readonly verwijsindex: VerwijsindexService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** POST, so the BSN travels in the body and never in a URL or access log. */
  @Post('verwijsindex')
  @HttpCode(200)
  @Vereist('read', 'Verwijsindex')
  zoek(@HuidigeGebruiker() ik: Ingelogd, @GeldigeBody(verwijsindexSchema) invoer: z.infer<typeof verwijsindexSchema>) {
    return this.verwijsindex.zoek(ik, invoer.bsn);
  }

  /** Organisations and their active staff, to pick team members, consent and regisseurs. */
  @Get('organisaties')
  @Vereist('read', 'Organisatie')
  async organisaties() {
    const rijen = await this.db.query(
      `SELECT o.id, o.naam, o.soort,
              coalesce(json_agg(json_build_object('id', g.id, 'naam', g.naam, 'rol', g.rol) ORDER BY g.naam) FILTER (WHERE g.id IS NOT NULL), '[]') AS medewerkers
       FROM organisatie o LEFT JOIN gebruiker g ON g.organisatie_id = o.id AND g.actief AND g.rol IN ('consulent', 'professional')
       GROUP BY o.id ORDER BY o.naam`,
    );
    return rijen;
  }
}
