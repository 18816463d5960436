import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Klok } from '../common/klok.js';
import { rij, type Sql } from '../common/sql.js';

/** What is counted. Each soort has its own rows; the sleutel is a hash of who or where. */
export type BegrenzingSoort = 'inloggen_account_adres' | 'inloggen_adres' | 'verwijsindex';

/** One key with exponential back-off: `vrij` attempts in a row, then a pause before each next one. */
export interface TerugvalSleutel {
  soort: BegrenzingSoort;
  sleutel: string;
  vrij: number;
}

export interface Terugval {
  basisSeconden: number;
  maxSeconden: number;
  /** A key without attempts (or pause) for this long is forgotten. */
  rustSeconden: number;
}

export type Reservering = { toegestaan: true } | { toegestaan: false; wachtSeconden: number };

/** Thrown inside the transaction to roll back the keys already reserved; never leaves this file. */
class Geweigerd extends Error {
  constructor(readonly wachtSeconden: number) {
    super('geweigerd');
  }
}

// Parameters of the back-off upsert: $1 soort, $2 sleutel, $3 nu, $4 vrij, $5 basis, $6 max, $7 rust (seconds).
const RUST = `make_interval(secs => $7::float8)`;
const VERGETEN = `COALESCE(b.geblokkeerd_tot, b.bijgewerkt_op) + ${RUST} <= $3::timestamptz`;
const NUMMER = `(CASE WHEN ${VERGETEN} THEN 1 ELSE b.teller + 1 END)`;
/** The pause that attempt number `n` imposes on the next one: none within the free allowance, then basis·2^(n−vrij), capped. */
const pauze = (n: string) =>
  `(CASE WHEN ${n} >= $4::int THEN $3::timestamptz + make_interval(secs => LEAST($6::float8, $5::float8 * power(2, ${n} - $4::int))) END)`;

const TERUGVAL_SQL = `
  INSERT INTO begrenzing AS b (soort, sleutel, teller, venster_start, geblokkeerd_tot, bijgewerkt_op, vervalt_op)
  VALUES ($1, $2, 1, $3::timestamptz, ${pauze('1')}, $3::timestamptz, COALESCE(${pauze('1')}, $3::timestamptz) + ${RUST})
  ON CONFLICT (soort, sleutel) DO UPDATE SET
    teller = ${NUMMER},
    venster_start = CASE WHEN ${VERGETEN} THEN $3::timestamptz ELSE b.venster_start END,
    geblokkeerd_tot = ${pauze(NUMMER)},
    bijgewerkt_op = $3::timestamptz,
    vervalt_op = COALESCE(${pauze(NUMMER)}, $3::timestamptz) + ${RUST}
  WHERE b.geblokkeerd_tot IS NULL OR b.geblokkeerd_tot <= $3::timestamptz
  RETURNING b.teller`;

// Parameters of the fixed-window upsert: $1 soort, $2 sleutel, $3 nu, $4 maximum, $5 venster (seconds).
const VENSTER = `make_interval(secs => $5::float8)`;
const NIEUW_VENSTER = `b.venster_start + ${VENSTER} <= $3::timestamptz`;
const VENSTER_SQL = `
  INSERT INTO begrenzing AS b (soort, sleutel, teller, venster_start, geblokkeerd_tot, bijgewerkt_op, vervalt_op)
  VALUES ($1, $2, 1, $3::timestamptz, NULL, $3::timestamptz, $3::timestamptz + ${VENSTER})
  ON CONFLICT (soort, sleutel) DO UPDATE SET
    teller = CASE WHEN ${NIEUW_VENSTER} THEN 1 ELSE b.teller + 1 END,
    venster_start = CASE WHEN ${NIEUW_VENSTER} THEN $3::timestamptz ELSE b.venster_start END,
    bijgewerkt_op = $3::timestamptz,
    vervalt_op = CASE WHEN ${NIEUW_VENSTER} THEN $3::timestamptz + ${VENSTER} ELSE b.vervalt_op END
  WHERE ${NIEUW_VENSTER} OR b.teller < $4::int
  RETURNING b.teller`;

/**
 * Counts attempts in PostgreSQL, one row per key, so every API instance shares the limits. The
 * check and the count are one upsert (`INSERT … ON CONFLICT DO UPDATE … WHERE … RETURNING`):
 * PostgreSQL locks the row for it, so of N parallel requests exactly as many get a slot as the
 * limit allows, whatever their timing — the old check-then-insert let a whole burst through.
 */
@Injectable()
export class Begrenzer {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly klok: Klok,
  ) {}

  /** A key that cannot be read back: enough to count, useless to learn who or where. */
  sleutel(soort: BegrenzingSoort, ...delen: string[]): string {
    return createHash('sha256').update([soort, ...delen].join('\n')).digest('hex');
  }

  /**
   * Reserves one attempt on every key, all or none: a key in its pause refuses, and then the
   * keys reserved before it are rolled back. Keys are locked in the order given; callers keep
   * one fixed order so two requests cannot deadlock.
   */
  async reserveerMetTerugval(sleutels: TerugvalSleutel[], terugval: Terugval): Promise<Reservering> {
    const nu = this.klok.nu();
    try {
      await this.db.transaction(async (tx) => {
        for (const s of sleutels) {
          const gekregen = await rij<{ teller: number }>(tx, TERUGVAL_SQL, [
            s.soort, s.sleutel, nu, s.vrij, terugval.basisSeconden, terugval.maxSeconden, terugval.rustSeconden,
          ]);
          if (!gekregen) throw new Geweigerd(await this.wachttijd(tx, s.soort, s.sleutel, 'geblokkeerd_tot', nu));
        }
      });
      return { toegestaan: true };
    } catch (fout) {
      if (fout instanceof Geweigerd) return { toegestaan: false, wachtSeconden: fout.wachtSeconden };
      throw fout;
    }
  }

  /** At most `maximum` per window of `vensterSeconden` from the first of them. */
  async reserveerInVenster(soort: BegrenzingSoort, sleutel: string, maximum: number, vensterSeconden: number): Promise<Reservering> {
    const nu = this.klok.nu();
    const gekregen = await rij<{ teller: number }>(this.db, VENSTER_SQL, [soort, sleutel, nu, maximum, vensterSeconden]);
    if (gekregen) return { toegestaan: true };
    return { toegestaan: false, wachtSeconden: await this.wachttijd(this.db, soort, sleutel, 'vervalt_op', nu) };
  }

  /** Starts the count afresh; a pause already running is left to run out (see auth.service). */
  async wis(soort: BegrenzingSoort, sleutel: string): Promise<void> {
    await this.db.query(`UPDATE begrenzing SET teller = 0 WHERE soort = $1 AND sleutel = $2`, [soort, sleutel]);
  }

  /** Gives one reserved attempt back. */
  async geefTerug(soort: BegrenzingSoort, sleutel: string): Promise<void> {
    await this.db.query(`UPDATE begrenzing SET teller = GREATEST(teller - 1, 0) WHERE soort = $1 AND sleutel = $2`, [soort, sleutel]);
  }

  /** Rows past their use; one range scan over the vervalt_op index, so cheap to run often. */
  async ruimOp(): Promise<void> {
    await this.db.query(`DELETE FROM begrenzing WHERE vervalt_op <= $1`, [this.klok.nu()]);
  }

  private async wachttijd(db: Sql, soort: BegrenzingSoort, sleutel: string, kolom: 'geblokkeerd_tot' | 'vervalt_op', nu: Date): Promise<number> {
    const r = await rij<{ tot: Date | null }>(db, `SELECT ${kolom} AS tot FROM begrenzing WHERE soort = $1 AND sleutel = $2`, [soort, sleutel]);
    const tot = r?.tot ? new Date(r.tot).getTime() : nu.getTime();
    return Math.max(1, Math.ceil((tot - nu.getTime()) / 1000));
  }
}
