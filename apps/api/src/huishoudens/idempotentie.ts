import { createHash } from 'node:crypto';
import { IDEMPOTENTIE_HEADER, idempotentieSleutelVeld } from '@eenplan/contracts';
import { ProbleemFout, problemen } from '../common/problemen.js';
import { rij, type Sql } from '../common/sql.js';

/** How long a key answers with the household it made; older keys are purged. */
export const SLEUTEL_GELDIG_UREN = 24;

/** The header's value, checked; undefined when the client sent none. 400 naming the header otherwise. */
export function leesSleutel(waarde: string | undefined): string | undefined {
  if (waarde === undefined) return undefined;
  const uitkomst = idempotentieSleutelVeld.safeParse(waarde);
  if (!uitkomst.success) throw problemen.ongeldigeInvoer([{ veld: IDEMPOTENTIE_HEADER, melding: uitkomst.error.issues[0]!.message }]);
  return uitkomst.data;
}

export const verzoekHash = (invoer: unknown) => createHash('sha256').update(JSON.stringify(invoer)).digest('hex');

/**
 * Claims `sleutel` for this user inside the registration's transaction. The primary key makes
 * a parallel request with the same key wait until this transaction ends: if it committed, that
 * request gets the household made here; if it rolled back (a refused registration), the key is
 * free again. Returns the household id when the key was used before with the same body;
 * 422 when it was used with another one.
 */
export async function claimSleutel(tx: Sql, gebruikerId: string, sleutel: string, hash: string, nu: Date): Promise<string | null> {
  const nieuw = await rij<{ ja: number }>(
    tx,
    `INSERT INTO idempotentie_sleutel (gebruiker_id, sleutel, verzoek_hash, aangemaakt_op) VALUES ($1, $2, $3, $4)
     ON CONFLICT (gebruiker_id, sleutel) DO NOTHING RETURNING 1 AS ja`,
    [gebruikerId, sleutel, hash, nu],
  );
  if (nieuw) return null;
  const eerder = await rij<{ verzoek_hash: string; huishouden_id: string | null }>(tx, `SELECT verzoek_hash, huishouden_id FROM idempotentie_sleutel WHERE gebruiker_id = $1 AND sleutel = $2`, [gebruikerId, sleutel]);
  if (!eerder?.huishouden_id) throw new Error('Idempotentiesleutel zonder huishouden');
  if (eerder.verzoek_hash !== hash) {
    throw new ProbleemFout(
      422,
      'idempotentie-sleutel-hergebruikt',
      'Sleutel al gebruikt',
      'Deze Idempotency-Key is al gebruikt voor een registratie met andere gegevens. Open het formulier opnieuw om een nieuw huishouden te registreren.',
      [{ veld: IDEMPOTENTIE_HEADER, melding: 'Deze sleutel hoort bij een eerdere registratie met andere gegevens.' }],
    );
  }
  return eerder.huishouden_id;
}

export async function bewaarHuishouden(tx: Sql, gebruikerId: string, sleutel: string, huishoudenId: string): Promise<void> {
  await tx.query(`UPDATE idempotentie_sleutel SET huishouden_id = $3 WHERE gebruiker_id = $1 AND sleutel = $2`, [gebruikerId, sleutel, huishoudenId]);
}

/** Drops expired keys; by the index on aangemaakt_op this touches only those rows. Outside the registration's transaction. */
export async function ruimSleutelsOp(db: Sql, nu: Date): Promise<void> {
  await db.query(`DELETE FROM idempotentie_sleutel WHERE aangemaakt_op < $1::timestamptz - make_interval(hours => $2)`, [nu, SLEUTEL_GELDIG_UREN]);
}
