import { Controller, Get, Header, Post, Res } from '@nestjs/common';
import { periodeVeld, releaseMakenSchema, z } from '@eenplan/contracts';
import type { Response } from 'express';
import { Vereist } from '../common/toegang.js';
import { GeldigeBody, GeldigeParams } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { naarCsv } from './csv.js';
import { ReleaseService } from './release.service.js';
import { Antwoorden, Omschrijving, Onderdeel } from '../common/documentatie.js';

const periodeParams = z.object({ periode: periodeVeld }).strict();
const tabelParams = z.object({ periode: periodeVeld, tabel: z.string().regex(/^[a-z0-9-]{1,60}$/, 'Onbekende tabel.') }).strict();

/** Anonymised thema-2 releases for beleid. The only routes beleid can reach besides its own profile. */
@Onderdeel('rapportages', 'Geanonimiseerde rapportages (thema 2) voor beleid: releases per periode.')
@Controller('rapportages/releases')
export class RapportageController {
  constructor(private readonly releases: ReleaseService) {}

  @Get()
  @Omschrijving('De gepubliceerde releases.')
  @Vereist('read', 'Rapportage')
  lijst() {
    return this.releases.lijst();
  }

  @Post()
  @Omschrijving('Publiceert de release van een periode; daarna ligt die vast.')
  @Antwoorden(409)
  @Vereist('create', 'Rapportage')
  publiceer(@HuidigeGebruiker() ik: Ingelogd, @GeldigeBody(releaseMakenSchema) invoer: z.infer<typeof releaseMakenSchema>) {
    return this.releases.publiceer(ik, invoer.periode);
  }

  /** Served byte for byte as frozen at publication. */
  @Get(':periode')
  @Omschrijving('Een release, byte voor byte zoals gepubliceerd.')
  @Vereist('read', 'Rapportage')
  async release(@GeldigeParams(periodeParams) p: z.infer<typeof periodeParams>, @Res() res: Response) {
    res.type('application/json').send(await this.releases.inhoud(p.periode));
  }

  @Get(':periode/tabellen/:tabel.csv')
  @Omschrijving('Eén tabel van een release als CSV.')
  @Vereist('read', 'Rapportage')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async csv(@GeldigeParams(tabelParams) p: z.infer<typeof tabelParams>, @Res() res: Response) {
    const { release, tabel } = await this.releases.tabel(p.periode, p.tabel);
    res.setHeader('Content-Disposition', `attachment; filename="eenplan-${p.periode}-${p.tabel}.csv"`);
    res.send(naarCsv(tabel, release.regels));
  }

  /** One table as JSON, with its period and the disclosure rules it was published under. */
  @Get(':periode/tabellen/:tabel.json')
  @Omschrijving('Eén tabel van een release als JSON, met de periode en de regels waaronder hij is gepubliceerd.')
  @Vereist('read', 'Rapportage')
  async json(@GeldigeParams(tabelParams) p: z.infer<typeof tabelParams>, @Res() res: Response) {
    const { release, tabel } = await this.releases.tabel(p.periode, p.tabel);
    res.setHeader('Content-Disposition', `attachment; filename="eenplan-${p.periode}-${p.tabel}.json"`);
    res.json({ periode: release.periode, regels: release.regels, ...tabel });
  }
}
