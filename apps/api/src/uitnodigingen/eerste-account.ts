import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { enkeleRij, rij } from '../common/sql.js';

export interface EersteAccount {
  gebruikersnaam: string;
  naam: string;
  email: string;
  organisatie: string;
}

/**
 * The first functioneel beheer account on an empty production database, with an invitation
 * (7 days, only its hash stored). Refused once any beheer account exists: after that, beheer
 * makes accounts in the app, audited.
 */
export async function maakEersteBeheerAccount(db: DataSource, invoer: EersteAccount, publiekeUrl: string, nu = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    if (await rij(tx, `SELECT 1 AS ja FROM gebruiker WHERE rol = 'beheer'`)) throw new Error('Er is al een account voor functioneel beheer. Maak nieuwe accounts in de app (Gebruikersbeheer).');
    const organisatie =
      (await rij<{ id: string }>(tx, `SELECT id FROM organisatie WHERE naam = $1`, [invoer.organisatie])) ??
      (await enkeleRij<{ id: string }>(tx, `INSERT INTO organisatie (naam, soort) VALUES ($1, 'gemeente') RETURNING id`, [invoer.organisatie]));
    const { id } = await enkeleRij<{ id: string }>(
      tx,
      `INSERT INTO gebruiker (gebruikersnaam, naam, email, rol, organisatie_id, wachtwoord_hash) VALUES (lower($1), $2, lower($3), 'beheer', $4, '!') RETURNING id`,
      [invoer.gebruikersnaam, invoer.naam, invoer.email, organisatie.id],
    );
    const token = randomBytes(32).toString('base64url');
    await tx.query(`INSERT INTO uitnodiging (token_hash, gebruiker_id, aangemaakt_op, verloopt_op) VALUES ($1, $2, $3, $4)`, [
      createHash('sha256').update(token).digest('hex'),
      id,
      nu,
      new Date(nu.getTime() + 7 * 86_400_000),
    ]);
    await tx.query(`INSERT INTO audit_log (tijdstip, gebeurtenis, gebruiker_id, organisatie_id, details) VALUES ($1, 'gebruiker_aangemaakt', NULL, $2, $3)`, [nu, organisatie.id, { doelGebruikerId: id, rol: 'beheer', via: 'eerste-account' }]);
    return `${publiekeUrl.replace(/\/$/, '')}/uitnodiging/${token}`;
  });
}
