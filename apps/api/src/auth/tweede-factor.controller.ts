import { Controller, Delete, HttpCode, Post } from '@nestjs/common';
import { codeSchema, type CodeInvoer, type Herstelcodes, type TweedeFactorInschrijving } from '@eenplan/contracts';
import { AuditService } from '../audit/audit.service.js';
import { Antwoorden, Omschrijving, Onderdeel } from '../common/documentatie.js';
import { problemen } from '../common/problemen.js';
import { Vereist } from '../common/toegang.js';
import { GeldigeBody, GeldigeParams, idParams, type IdParams } from '../common/validatie.js';
import { HuidigeGebruiker, type Ingelogd } from '../common/verzoek.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TweedeFactorService } from './tweede-factor.service.js';

@Onderdeel('auth', 'Inloggen, uitloggen en de eigen sessie.')
@Controller('auth/tweede-factor')
export class TweedeFactorController {
  constructor(
    private readonly tweedeFactor: TweedeFactorService,
    private readonly audit: AuditService,
  ) {}

  @Post()
  @Omschrijving('Begint het instellen van tweestapsverificatie: een nieuw geheim als QR-code voor de authenticator-app. Actief na de eerste juiste code (bevestigen).')
  @Antwoorden(409)
  @HttpCode(200)
  @Vereist('update', 'Profiel')
  begin(@HuidigeGebruiker() ingelogd: Ingelogd): Promise<TweedeFactorInschrijving> {
    return this.tweedeFactor.begin(ingelogd.id, ingelogd.gebruikersnaam);
  }

  @Post('bevestigen')
  @Omschrijving('Bevestigt tweestapsverificatie met de eerste code uit de app en geeft tien herstelcodes, die alleen nu te zien zijn.')
  @Antwoorden(401, 409)
  @HttpCode(200)
  @Vereist('update', 'Profiel')
  async bevestig(@HuidigeGebruiker() ingelogd: Ingelogd, @GeldigeBody(codeSchema) invoer: CodeInvoer): Promise<Herstelcodes> {
    const herstelcodes = await this.tweedeFactor.bevestig(ingelogd.id, invoer.code);
    await this.audit.registreer('gebruiker_gewijzigd', { gebruikerId: ingelogd.id, organisatieId: ingelogd.organisatie.id, details: { wijziging: 'tweede_factor_ingesteld' } });
    return { herstelcodes };
  }
}

@Onderdeel('beheer', 'Functioneel beheer: accounts en signalen.')
@Controller('beheer/gebruikers')
export class TweedeFactorBeheerController {
  constructor(
    private readonly tweedeFactor: TweedeFactorService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Delete(':id/tweede-factor')
  @Omschrijving('Wist de tweestapsverificatie van een account (bijvoorbeeld na verlies van de telefoon); de gebruiker stelt die bij de volgende keer inloggen opnieuw in.')
  @HttpCode(204)
  @Vereist('update', 'Gebruiker')
  async wis(@HuidigeGebruiker() ingelogd: Ingelogd, @GeldigeParams(idParams) params: IdParams): Promise<void> {
    // Beheer may change every account (libs/permissions); an unknown id is 404.
    const rijen = await this.db.query<{ id: string }[]>(`SELECT id FROM gebruiker WHERE id = $1`, [params.id]);
    if (!rijen[0]) throw problemen.nietGevonden('Geen account met dit id (veld id).');
    await this.tweedeFactor.wis(params.id);
    await this.audit.registreer('gebruiker_gewijzigd', { gebruikerId: ingelogd.id, organisatieId: ingelogd.organisatie.id, details: { wijziging: 'tweede_factor_gewist', account: params.id } });
  }
}
