import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { GebruikerOverzicht } from '@eenplan/contracts';
import type { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { SessieService } from '../auth/sessie.service.js';
import { problemen } from '../common/problemen.js';
import type { Ingelogd } from '../common/verzoek.js';
import { Gebruiker } from './gebruiker.entity.js';

@Injectable()
export class GebruikersService {
  constructor(
    @InjectRepository(Gebruiker) private readonly gebruikers: Repository<Gebruiker>,
    private readonly sessies: SessieService,
    private readonly audit: AuditService,
  ) {}

  async lijst(): Promise<GebruikerOverzicht[]> {
    const lijst = await this.gebruikers.find({
      relations: { organisatie: true, gemeenten: true },
      order: { gebruikersnaam: 'ASC' },
    });
    return lijst.map(overzicht);
  }

  /** Disabling an account ends its sessions at once, not at the next timeout. */
  async zetActief(id: string, actief: boolean, door: Ingelogd): Promise<GebruikerOverzicht> {
    const gebruiker = await this.gebruikers.findOne({ where: { id }, relations: { organisatie: true, gemeenten: true } });
    if (!gebruiker) throw problemen.nietGevonden('Deze gebruiker bestaat niet.');
    if (gebruiker.id === door.id && !actief) {
      throw problemen.ongeldigeInvoer([{ veld: 'actief', melding: 'U kunt uw eigen account niet uitschakelen.' }]);
    }
    await this.gebruikers.update({ id }, { actief });
    if (!actief) await this.sessies.beeindigAlleVan(id);
    await this.audit.registreer('gebruiker_gewijzigd', {
      gebruikerId: door.id,
      organisatieId: door.organisatie.id,
      details: { doelGebruikerId: id, actief },
    });
    return overzicht({ ...gebruiker, actief });
  }
}

function overzicht(g: Gebruiker): GebruikerOverzicht {
  return {
    id: g.id,
    gebruikersnaam: g.gebruikersnaam,
    naam: g.naam,
    rol: g.rol,
    organisatie: { id: g.organisatie.id, naam: g.organisatie.naam },
    gemeenten: g.gemeenten.map((gm) => ({ id: gm.id, naam: gm.naam })).sort((a, b) => a.naam.localeCompare(b.naam)),
    actief: g.actief,
  };
}
