import type { EntityManager } from 'typeorm';
import { ProbleemFout, problemen } from '../common/problemen.js';

export type Entiteit = 'huishouden' | 'lid' | 'plan' | 'doel' | 'actie' | 'betrokkene' | 'toestemming' | 'regie_afspraak' | 'evaluatie' | 'veiligheidssignaal' | 'bijdrage' | 'grondslag' | 'positieve_gezondheid';
export type WijzigingSoort = 'aangemaakt' | 'gewijzigd' | 'verwijderd' | 'vastgesteld' | 'afgesloten' | 'beeindigd' | 'ingetrokken';

const snake = (veld: string) => veld.replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`);
const camel = (kolom: string) => kolom.replace(/_([a-z])/g, (_, l: string) => l.toUpperCase());

/** Raw rows come back snake_case; the API speaks camelCase. */
export function naarCamel<T>(rij: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(rij).map(([k, v]) => [camel(k), v])) as T;
}

/** Fields whose values never go into the timeline, only the fact that they changed. */
const VERBORGEN = new Set(['bsn']);

export interface WijzigingContext {
  huishoudenId: string;
  gebruikerId: string;
  nu: Date;
}

export async function registreerWijziging(
  tx: EntityManager,
  ctx: WijzigingContext,
  entiteit: Entiteit,
  entiteitId: string,
  versie: number,
  soort: WijzigingSoort,
  veranderingen: Record<string, { oud: unknown; nieuw: unknown }> = {},
): Promise<void> {
  const veilig = Object.fromEntries(
    Object.entries(veranderingen).map(([veld, w]) => [veld, VERBORGEN.has(veld) ? { oud: w.oud == null ? null : '•••', nieuw: w.nieuw == null ? null : '•••' } : w]),
  );
  await tx.query(
    `INSERT INTO wijziging (huishouden_id, entiteit, entiteit_id, versie, soort, gebruiker_id, tijdstip, veranderingen) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [ctx.huishoudenId, entiteit, entiteitId, versie, soort, ctx.gebruikerId, ctx.nu, JSON.stringify(veilig)],
  );
  await tx.query(`UPDATE huishouden SET laatste_activiteit_op = $2 WHERE id = $1`, [ctx.huishoudenId, ctx.nu]);
}

export function conflict(): ProbleemFout {
  return new ProbleemFout(
    409,
    'gewijzigd-door-ander',
    'Intussen gewijzigd',
    'Iemand anders heeft dit intussen gewijzigd. Uw wijziging is niet opgeslagen: bekijk de nieuwe gegevens en probeer het opnieuw.',
  );
}

/**
 * Optimistic concurrency: the row is locked, its version compared with the one the client
 * based its change on, and only then updated (version + 1) with a history entry. A stale
 * version gets 409 and changes nothing. Must run inside a transaction.
 */
export async function werkBijMetVersie<T extends { versie: number }>(
  tx: EntityManager,
  ctx: WijzigingContext,
  entiteit: Entiteit,
  id: string,
  versie: number,
  wijzigingen: Record<string, unknown>,
  soort: WijzigingSoort = 'gewijzigd',
): Promise<T> {
  const [huidig] = (await tx.query(`SELECT * FROM ${entiteit} WHERE id = $1 FOR UPDATE`, [id])) as Record<string, unknown>[];
  if (!huidig) throw problemen.nietGevonden();
  if (huidig.versie !== versie) throw conflict();

  const veranderingen: Record<string, { oud: unknown; nieuw: unknown }> = {};
  for (const [veld, nieuw] of Object.entries(wijzigingen)) {
    if (nieuw === undefined) continue;
    const oud = huidig[snake(veld)];
    if (normaliseer(oud) !== normaliseer(nieuw)) veranderingen[veld] = { oud: oud ?? null, nieuw };
  }
  if (Object.keys(veranderingen).length === 0 && soort === 'gewijzigd') return naarCamel<T>(huidig);

  const kolommen = Object.keys(veranderingen);
  const set = kolommen.map((veld, i) => `${snake(veld)} = $${i + 2}`).concat('versie = versie + 1');
  // TypeORM's postgres driver answers an UPDATE … RETURNING with [rows, rowCount].
  const [rijen] = (await tx.query(`UPDATE ${entiteit} SET ${set.join(', ')} WHERE id = $1 RETURNING *`, [
    id,
    ...kolommen.map((veld) => veranderingen[veld]!.nieuw),
  ])) as [Record<string, unknown>[], number];
  const rij = rijen[0]!;
  await registreerWijziging(tx, ctx, entiteit, id, rij.versie as number, soort, veranderingen);
  return naarCamel<T>(rij);
}

function normaliseer(waarde: unknown): string {
  if (waarde instanceof Date) return waarde.toISOString();
  return JSON.stringify(waarde ?? null);
}
