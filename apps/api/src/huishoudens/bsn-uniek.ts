import { MELDING_BSN_DUBBEL_IN_HUISHOUDEN, MELDING_BSN_IN_ANDER_HUISHOUDEN, type Probleem, type TweedeHuishoudenReden } from '@eenplan/contracts';
import { ProbleemFout, problemen } from '../common/problemen.js';
import { rij, rijen, type Sql } from '../common/sql.js';
import type { Wijziging } from '../tijdlijn/versies.js';
import { actiefHuishouden } from '../toegang/regels-sql.js';

/** A BSN to be written to a member, with the reason it may be in a second household and the field it came from. */
export interface BsnInvoer {
  bsn: string | null | undefined;
  reden: TweedeHuishoudenReden | null | undefined;
  veld: string;
}

type Fouten = NonNullable<Probleem['fouten']>;

/**
 * A BSN is in one active household at a time, unless the member records why. For every BSN
 * without a reason this takes a transaction-scoped advisory lock on the BSN (sorted, so two
 * registrations never wait for each other in a circle) and only then looks for it in other
 * active households: a parallel registration with the same BSN waits until this one commits
 * and then sees it. 409 naming each field; which household, or whose, is not told (the
 * verwijsindex says whom to contact). Must run inside the transaction that writes the BSN.
 */
export async function vereisBsnsVrij(tx: Sql, huishoudenId: string | null, invoer: BsnInvoer[]): Promise<void> {
  const teControleren = invoer.filter((i): i is BsnInvoer & { bsn: string } => Boolean(i.bsn) && !i.reden);
  if (teControleren.length === 0) return;
  const bsns = [...new Set(teControleren.map((i) => i.bsn))].sort();
  for (const bsn of bsns) await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('lid.bsn:' || $1, 0))`, [bsn]);
  const bezet = await rijen<{ bsn: string }>(
    tx,
    `SELECT DISTINCT l.bsn FROM lid l JOIN huishouden h ON h.id = l.huishouden_id
     WHERE l.bsn = ANY($1::bpchar[]) AND ${actiefHuishouden('h')} AND h.id IS DISTINCT FROM $2::uuid`,
    [bsns, huishoudenId],
  );
  const bezetSet = new Set(bezet.map((b) => b.bsn.trim()));
  const fouten: Fouten = teControleren.filter((i) => bezetSet.has(i.bsn)).map((i) => ({ veld: i.veld, melding: MELDING_BSN_IN_ANDER_HUISHOUDEN }));
  if (fouten.length) throw bsnInAnderHuishouden(fouten);
}

export function bsnInAnderHuishouden(fouten: Fouten): ProbleemFout {
  return new ProbleemFout(409, 'bsn-in-ander-huishouden', 'BSN al in een ander actief huishouden', MELDING_BSN_IN_ANDER_HUISHOUDEN, fouten);
}

/**
 * The checks for one member's BSN when it is added or changed: not the BSN of another member
 * of this household (400, whatever the reason), and, while this household is active, not in
 * another active household without a reason (409). `lidId` is the member being changed.
 */
export async function vereisBsnVanLid(w: Wijziging, invoer: BsnInvoer, lidId: string | null = null): Promise<void> {
  if (!invoer.bsn) return;
  const dubbel = await rij<{ id: string }>(w.tx, `SELECT id FROM lid WHERE huishouden_id = $1 AND bsn = $2 AND id IS DISTINCT FROM $3::uuid`, [w.huishoudenId, invoer.bsn, lidId]);
  if (dubbel) throw problemen.ongeldigeInvoer([{ veld: invoer.veld, melding: `${MELDING_BSN_DUBBEL_IN_HUISHOUDEN}.` }]);
  const h = await rij<{ actief: boolean }>(w.tx, `SELECT ${actiefHuishouden('h')} AS actief FROM huishouden h WHERE h.id = $1`, [w.huishoudenId]);
  // A closed household holds no BSN against others; starting its new plan checks them (bsnsVanHuishoudenVrij).
  if (h?.actief) await vereisBsnsVrij(w.tx, w.huishoudenId, [invoer]);
}

/** Before a closed household becomes active again: its members' BSNs must be free (or have their reason). */
export async function vereisBsnsVanHuishoudenVrij(w: Wijziging): Promise<void> {
  // In the order of the file (DossierLezer), so `leden.N.bsn` points at the member shown N-th.
  const leden = await rijen<{ bsn: string | null; reden: TweedeHuishoudenReden | null }>(
    w.tx,
    `SELECT bsn, tweede_huishouden_reden AS reden FROM lid WHERE huishouden_id = $1 ORDER BY geboortedatum, achternaam`,
    [w.huishoudenId],
  );
  await vereisBsnsVrij(
    w.tx,
    w.huishoudenId,
    leden.map((l, i) => ({ bsn: l.bsn?.trim(), reden: l.reden, veld: `leden.${i}.bsn` })),
  );
}
