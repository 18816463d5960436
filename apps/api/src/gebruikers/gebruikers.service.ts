import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccountWijziging, GebruikerOverzicht, NieuwAccount, NieuwAccountAntwoord } from '@eenplan/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { SessieService } from '../auth/sessie.service.js';
import { ProbleemFout, problemen } from '../common/problemen.js';
import { enkeleRij, rij, rijen } from '../common/sql.js';
import type { Ingelogd } from '../common/verzoek.js';
import { vereisActieveGemeenten } from '../inrichting/inrichting.service.js';
import { UitnodigingenService } from '../uitnodigingen/uitnodigingen.service.js';

const OVERZICHT = `
  SELECT u.id, u.gebruikersnaam, u.naam, u.email, u.rol, u.actief,
         json_build_object('id', o.id, 'naam', o.naam) AS organisatie,
         coalesce((SELECT json_agg(json_build_object('id', g.id, 'naam', g.naam) ORDER BY g.naam)
                   FROM gebruiker_gemeente gg JOIN gemeente g ON g.id = gg.gemeente_id WHERE gg.gebruiker_id = u.id), '[]') AS gemeenten
  FROM gebruiker u JOIN organisatie o ON o.id = u.organisatie_id`;

/**
 * Accounts, kept by functioneel beheer. Each change is one transaction with its audit row.
 * A change of role, organisation or gemeenten counts from the user's next request: the session
 * check reloads the account and builds the ability afresh every time (auth.service).
 */
@Injectable()
export class GebruikersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessies: SessieService,
    private readonly audit: AuditService,
    private readonly uitnodigingen: UitnodigingenService,
  ) {}

  lijst(): Promise<GebruikerOverzicht[]> {
    return rijen<GebruikerOverzicht>(this.db, `${OVERZICHT} ORDER BY u.gebruikersnaam`);
  }

  /** A new account without a password: the user sets one through the invitation. */
  async maak(invoer: NieuwAccount, door: Ingelogd): Promise<NieuwAccountAntwoord> {
    const { account, uitnodiging } = await this.maakAccount(invoer, door);
    // Sent after the commit: no e-mail for an account that was not stored.
    return { account: { id: account.id, naam: account.naam, gebruikersnaam: account.gebruikersnaam }, uitnodiging: await this.uitnodigingen.bezorg(account, uitnodiging) };
  }

  private async maakAccount(invoer: NieuwAccount, door: Ingelogd) {
    try {
      return await this.db.transaction(async (tx) => {
        await vereisOrganisatie(tx, invoer.organisatieId);
        await vereisActieveGemeenten(tx, invoer.gemeenteIds);
        // No usable password: '!' is no PHC string, so no password ever matches it.
        const { id } = await enkeleRij<{ id: string }>(
          tx,
          `INSERT INTO gebruiker (gebruikersnaam, naam, email, rol, organisatie_id, wachtwoord_hash) VALUES ($1, $2, $3, $4, $5, '!') RETURNING id`,
          [invoer.gebruikersnaam, invoer.naam, invoer.email, invoer.rol, invoer.organisatieId],
        );
        await zetGemeenten(tx, id, invoer.gemeenteIds);
        const uitnodiging = await this.uitnodigingen.maak(tx, id, door);
        await this.audit.registreer('gebruiker_aangemaakt', { gebruikerId: door.id, organisatieId: door.organisatie.id, details: { doelGebruikerId: id, rol: invoer.rol } }, tx);
        return { account: await this.overzicht(tx, id), uitnodiging };
      });
    } catch (fout) {
      if (typeof fout === 'object' && fout !== null && (fout as { code?: string }).code === '23505') {
        const email = String((fout as { constraint?: string }).constraint).includes('email');
        throw new ProbleemFout(409, 'bestaat-al', 'Bestaat al', email ? 'Er is al een account met dit e-mailadres.' : 'Er is al een account met deze gebruikersnaam.', [
          email ? { veld: 'email', melding: 'Dit e-mailadres is al in gebruik.' } : { veld: 'gebruikersnaam', melding: 'Deze gebruikersnaam is al in gebruik.' },
        ]);
      }
      throw fout;
    }
  }

  /**
   * Changes role, organisation, gemeenten or whether the account is on. Switching it off ends
   * its sessions at once, not at the next timeout. A consultant who is casemanager of active
   * households keeps the consultant role until those households have another casemanager.
   */
  async wijzig(id: string, invoer: AccountWijziging, door: Ingelogd): Promise<GebruikerOverzicht> {
    if (id === door.id && (invoer.actief === false || (invoer.rol && invoer.rol !== 'beheer'))) {
      throw problemen.ongeldigeInvoer([
        invoer.actief === false ? { veld: 'actief', melding: 'U kunt uw eigen account niet uitschakelen.' } : { veld: 'rol', melding: 'U kunt uw eigen rol niet wijzigen.' },
      ]);
    }
    const resultaat = await this.db.transaction(async (tx) => {
      const huidig = await rij<{ rol: string }>(tx, `SELECT rol FROM gebruiker WHERE id = $1 FOR UPDATE`, [id]);
      if (!huidig) throw problemen.nietGevonden('Deze gebruiker bestaat niet.');
      if (invoer.rol && invoer.rol !== 'consulent' && huidig.rol === 'consulent') {
        const dossiers = await rijen<{ id: string }>(tx, `SELECT id FROM huishouden WHERE casemanager_id = $1 AND status = 'actief' ORDER BY id`, [id]);
        if (dossiers.length) {
          // Ids only: beheer sees no case content.
          throw new ProbleemFout(
            409,
            'casemanager-nodig',
            'Nog casemanager',
            `Deze consulent is casemanager van ${dossiers.length} lopende huishouden(s). Draag die eerst over aan een andere consulent: ${dossiers.map((d) => d.id).join(', ')}.`,
            [{ veld: 'rol', melding: `Eerst overdragen: ${dossiers.map((d) => d.id).join(', ')}` }],
          );
        }
      }
      if (invoer.organisatieId) await vereisOrganisatie(tx, invoer.organisatieId);
      await tx.query(`UPDATE gebruiker SET rol = coalesce($2, rol), organisatie_id = coalesce($3, organisatie_id), actief = coalesce($4, actief) WHERE id = $1`, [
        id,
        invoer.rol ?? null,
        invoer.organisatieId ?? null,
        invoer.actief ?? null,
      ]);
      if (invoer.gemeenteIds) {
        await vereisActieveGemeenten(tx, invoer.gemeenteIds);
        await zetGemeenten(tx, id, invoer.gemeenteIds);
      }
      await this.audit.registreer('gebruiker_gewijzigd', {
        gebruikerId: door.id,
        organisatieId: door.organisatie.id,
        details: {
          doelGebruikerId: id,
          ...(invoer.actief !== undefined && { actief: invoer.actief }),
          ...(invoer.rol && { rol: invoer.rol }),
          ...(invoer.organisatieId && { organisatieId: invoer.organisatieId }),
          ...(invoer.gemeenteIds && { gemeenteIds: invoer.gemeenteIds.join(',') }),
        },
      }, tx);
      return this.overzicht(tx, id);
    });
    if (invoer.actief === false) await this.sessies.beeindigAlleVan(id);
    return resultaat;
  }

  private overzicht(tx: EntityManager, id: string): Promise<GebruikerOverzicht> {
    return enkeleRij<GebruikerOverzicht>(tx, `${OVERZICHT} WHERE u.id = $1`, [id]);
  }
}

async function vereisOrganisatie(tx: EntityManager, organisatieId: string): Promise<void> {
  if (!(await rij(tx, `SELECT 1 AS ja FROM organisatie WHERE id = $1`, [organisatieId]))) {
    throw problemen.ongeldigeInvoer([{ veld: 'organisatieId', melding: 'Deze organisatie bestaat niet.' }]);
  }
}

async function zetGemeenten(tx: EntityManager, gebruikerId: string, gemeenteIds: string[]): Promise<void> {
  await tx.query(`DELETE FROM gebruiker_gemeente WHERE gebruiker_id = $1`, [gebruikerId]);
  await tx.query(`INSERT INTO gebruiker_gemeente (gebruiker_id, gemeente_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [gebruikerId, gemeenteIds]);
}
