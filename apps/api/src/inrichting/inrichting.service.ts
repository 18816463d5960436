import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BeheerGemeente, BeheerOrganisatie, GemeenteWijziging, NieuweGemeente, NieuweOrganisatie, OrganisatieWijziging } from '@eenplan/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { ProbleemFout, problemen } from '../common/problemen.js';
import { enkeleRij, rij, rijen } from '../common/sql.js';
import type { Ingelogd } from '../common/verzoek.js';

const GEMEENTE = `SELECT id, naam, cbs_code AS "cbsCode", actief FROM gemeente`;
const ORGANISATIE = `
  SELECT o.id, o.naam, o.soort,
         coalesce(json_agg(json_build_object('id', g.id, 'naam', g.naam) ORDER BY g.naam) FILTER (WHERE g.id IS NOT NULL), '[]') AS gemeenten
  FROM organisatie o
  LEFT JOIN organisatie_gemeente og ON og.organisatie_id = o.id
  LEFT JOIN gemeente g ON g.id = og.gemeente_id`;

/** PostgreSQL's unique_violation: the constraint tells which field was already taken. */
function isDubbel(fout: unknown): fout is { code: string; constraint?: string } {
  return typeof fout === 'object' && fout !== null && (fout as { code?: string }).code === '23505';
}

/**
 * The region's set-up, kept by functioneel beheer: gemeenten and organisaties. Each change is
 * one transaction with its audit row, like every other write. A new gemeente needs no code:
 * households, the werkvoorraad and the reports read the gemeente table.
 */
@Injectable()
export class InrichtingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  gemeenten(): Promise<BeheerGemeente[]> {
    return rijen<BeheerGemeente>(this.db, `${GEMEENTE} ORDER BY naam`);
  }

  organisaties(): Promise<BeheerOrganisatie[]> {
    return rijen<BeheerOrganisatie>(this.db, `${ORGANISATIE} GROUP BY o.id ORDER BY o.naam`);
  }

  nieuweGemeente(invoer: NieuweGemeente, door: Ingelogd): Promise<BeheerGemeente> {
    return this.schrijf(door, { soort: 'gemeente_toegevoegd' }, async (tx) => {
      const nieuw = await enkeleRij<{ id: string }>(tx, `INSERT INTO gemeente (naam, cbs_code) VALUES ($1, $2) RETURNING id`, [invoer.naam, invoer.cbsCode]);
      return { id: nieuw.id, resultaat: await this.gemeente(tx, nieuw.id) };
    }, gemeenteDubbel);
  }

  wijzigGemeente(id: string, invoer: GemeenteWijziging, door: Ingelogd): Promise<BeheerGemeente> {
    return this.schrijf(door, { soort: 'gemeente_gewijzigd', velden: Object.keys(invoer).join(',') }, async (tx) => {
      const bestaand = await rij<{ id: string }>(tx, `SELECT id FROM gemeente WHERE id = $1 FOR UPDATE`, [id]);
      if (!bestaand) throw problemen.nietGevonden('Deze gemeente bestaat niet.');
      await tx.query(`UPDATE gemeente SET naam = coalesce($2, naam), actief = coalesce($3, actief) WHERE id = $1`, [id, invoer.naam ?? null, invoer.actief ?? null]);
      return { id, resultaat: await this.gemeente(tx, id) };
    }, gemeenteDubbel);
  }

  nieuweOrganisatie(invoer: NieuweOrganisatie, door: Ingelogd): Promise<BeheerOrganisatie> {
    return this.schrijf(door, { soort: 'organisatie_toegevoegd' }, async (tx) => {
      const nieuw = await enkeleRij<{ id: string }>(tx, `INSERT INTO organisatie (naam, soort) VALUES ($1, $2) RETURNING id`, [invoer.naam, invoer.soort]);
      await this.zetGemeenten(tx, nieuw.id, invoer.gemeenteIds);
      return { id: nieuw.id, resultaat: await this.organisatie(tx, nieuw.id) };
    }, organisatieDubbel);
  }

  wijzigOrganisatie(id: string, invoer: OrganisatieWijziging, door: Ingelogd): Promise<BeheerOrganisatie> {
    return this.schrijf(door, { soort: 'organisatie_gewijzigd', velden: Object.keys(invoer).join(',') }, async (tx) => {
      const bestaand = await rij<{ id: string }>(tx, `SELECT id FROM organisatie WHERE id = $1 FOR UPDATE`, [id]);
      if (!bestaand) throw problemen.nietGevonden('Deze organisatie bestaat niet.');
      await tx.query(`UPDATE organisatie SET naam = coalesce($2, naam), soort = coalesce($3, soort) WHERE id = $1`, [id, invoer.naam ?? null, invoer.soort ?? null]);
      if (invoer.gemeenteIds) await this.zetGemeenten(tx, id, invoer.gemeenteIds);
      return { id, resultaat: await this.organisatie(tx, id) };
    }, organisatieDubbel);
  }

  /** Replaces an organisation's gemeenten; every id must be a gemeente that is in use. */
  private async zetGemeenten(tx: EntityManager, organisatieId: string, gemeenteIds: string[]): Promise<void> {
    await vereisActieveGemeenten(tx, gemeenteIds);
    await tx.query(`DELETE FROM organisatie_gemeente WHERE organisatie_id = $1`, [organisatieId]);
    await tx.query(`INSERT INTO organisatie_gemeente (organisatie_id, gemeente_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [organisatieId, gemeenteIds]);
  }

  private async gemeente(tx: EntityManager, id: string): Promise<BeheerGemeente> {
    return enkeleRij<BeheerGemeente>(tx, `${GEMEENTE} WHERE id = $1`, [id]);
  }

  private async organisatie(tx: EntityManager, id: string): Promise<BeheerOrganisatie> {
    return enkeleRij<BeheerOrganisatie>(tx, `${ORGANISATIE} WHERE o.id = $1 GROUP BY o.id`, [id]);
  }

  /** One change: the work and its audit row in one transaction; a taken name becomes a 409. */
  private async schrijf<T>(door: Ingelogd, details: Record<string, string>, werk: (tx: EntityManager) => Promise<{ id: string; resultaat: T }>, dubbel: (constraint: string | undefined) => ProbleemFout): Promise<T> {
    try {
      return await this.db.transaction(async (tx) => {
        const { id, resultaat } = await werk(tx);
        await this.audit.registreer('inrichting_gewijzigd', { gebruikerId: door.id, organisatieId: door.organisatie.id, details: { ...details, id } }, tx);
        return resultaat;
      });
    } catch (fout) {
      if (isDubbel(fout)) throw dubbel(fout.constraint);
      throw fout;
    }
  }
}

/** Refuses (400, naming the field) ids that are not gemeenten in use. */
export async function vereisActieveGemeenten(tx: EntityManager, gemeenteIds: string[]): Promise<void> {
  const gevonden = await rijen<{ id: string }>(tx, `SELECT id FROM gemeente WHERE id = ANY($1::uuid[]) AND actief`, [gemeenteIds]);
  if (gevonden.length !== new Set(gemeenteIds).size) {
    throw problemen.ongeldigeInvoer([{ veld: 'gemeenteIds', melding: 'Een van de gekozen gemeenten bestaat niet of is niet meer in gebruik.' }]);
  }
}

function gemeenteDubbel(constraint: string | undefined): ProbleemFout {
  const veld = constraint?.includes('cbs') ? 'cbsCode' : 'naam';
  return new ProbleemFout(409, 'bestaat-al', 'Bestaat al', veld === 'cbsCode' ? 'Er is al een gemeente met deze CBS-code.' : 'Er is al een gemeente met deze naam.', [
    { veld, melding: veld === 'cbsCode' ? 'Deze CBS-code is al in gebruik.' : 'Deze naam is al in gebruik.' },
  ]);
}

function organisatieDubbel(): ProbleemFout {
  return new ProbleemFout(409, 'bestaat-al', 'Bestaat al', 'Er is al een organisatie met deze naam.', [{ veld: 'naam', melding: 'Deze naam is al in gebruik.' }]);
}
