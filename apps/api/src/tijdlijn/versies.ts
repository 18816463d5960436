import type { TijdlijnEntiteit as Entiteit, WijzigingSoort } from '@eenplan/contracts';
import type { EntityManager } from 'typeorm';
import { ProbleemFout, problemen } from '../common/problemen.js';
import { gewijzigd, rij } from '../common/sql.js';

const snake = (veld: string) => veld.replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`);
const camel = (kolom: string) => kolom.replace(/_([a-z])/g, (_, l: string) => l.toUpperCase());

/** Raw rows come back snake_case; the API speaks camelCase. */
export function naarCamel<T>(rij: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(rij).map(([k, v]) => [camel(k), v])) as T;
}

/** Fields whose values never go into the timeline, only the fact that they changed. */
const VERBORGEN = new Set(['bsn']);

/** A change to one household's file in progress: its transaction, and who, when, which household. */
export interface Wijziging {
  tx: EntityManager;
  huishoudenId: string;
  gebruikerId: string;
  nu: Date;
}

/** Records one change in the household's timeline (values of hidden fields as •••) and marks the file active. */
export async function registreerWijziging(
  w: Wijziging,
  entiteit: Entiteit,
  entiteitId: string,
  versie: number,
  soort: WijzigingSoort,
  veranderingen: Record<string, { oud: unknown; nieuw: unknown }> = {},
): Promise<void> {
  const veilig = Object.fromEntries(
    Object.entries(veranderingen).map(([veld, w]) => [veld, VERBORGEN.has(veld) ? { oud: w.oud == null ? null : '•••', nieuw: w.nieuw == null ? null : '•••' } : w]),
  );
  await w.tx.query(
    `INSERT INTO wijziging (huishouden_id, entiteit, entiteit_id, versie, soort, gebruiker_id, tijdstip, veranderingen) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [w.huishoudenId, entiteit, entiteitId, versie, soort, w.gebruikerId, w.nu, JSON.stringify(veilig)],
  );
  await w.tx.query(`UPDATE huishouden SET laatste_activiteit_op = $2 WHERE id = $1`, [w.huishoudenId, w.nu]);
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
  w: Wijziging,
  entiteit: Entiteit,
  id: string,
  versie: number,
  wijzigingen: Record<string, unknown>,
  soort: WijzigingSoort = 'gewijzigd',
): Promise<T> {
  const huidig = await rij<Record<string, unknown>>(w.tx, `SELECT * FROM ${entiteit} WHERE id = $1 FOR UPDATE`, [id]);
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
  const [bijgewerkt] = await gewijzigd<Record<string, unknown> & { versie: number }>(w.tx, `UPDATE ${entiteit} SET ${set.join(', ')} WHERE id = $1 RETURNING *`, [
    id,
    ...kolommen.map((veld) => veranderingen[veld]!.nieuw),
  ]);
  await registreerWijziging(w, entiteit, id, bijgewerkt!.versie, soort, veranderingen);
  return naarCamel<T>(bijgewerkt!);
}

function normaliseer(waarde: unknown): string {
  if (waarde instanceof Date) return waarde.toISOString();
  return JSON.stringify(waarde ?? null);
}
