import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { STANDAARD_ONTHULLINGSREGELS, type OnthullingsRegels, type PubliekeTabel, type Release, type ReleaseOverzicht } from '@eenplan/contracts';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Klok } from '../common/klok.js';
import { ProbleemFout, problemen } from '../common/problemen.js';
import { rij, rijen } from '../common/sql.js';
import type { Ingelogd } from '../common/verzoek.js';
import type { AppConfig } from '../config/config.js';
import { CONFIG } from '../config/config.provider.js';
import { RAPPORTAGE_VERBINDING } from '../database/data-source.js';
import { berekenIndicatoren, type BerekendeIndicatoren } from './indicatoren.js';
import { beveilig, publiceerAandeelBuiten, publiceerTellingen } from './onthulling.js';
import { leesPeriode, publiceerbarePeriode } from './periode.js';

/**
 * Builds, freezes and serves the anonymised thema-2 releases. Building reads only the
 * `rapportage` views, as a database role that can read nothing else. A published release is
 * stored as text and served byte for byte; it is never recomputed.
 */
@Injectable()
export class ReleaseService {
  private readonly regels: OnthullingsRegels;
  private readonly eersteJaar: number;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectDataSource(RAPPORTAGE_VERBINDING) private readonly rapportage: DataSource,
    private readonly audit: AuditService,
    private readonly klok: Klok,
    @Inject(CONFIG) config: AppConfig,
  ) {
    this.regels = { minimum: config.RAPPORTAGE_MINIMUM, afronding: config.RAPPORTAGE_AFRONDING, dominantie: config.RAPPORTAGE_DOMINANTIE };
    this.eersteJaar = config.RAPPORTAGE_EERSTE_JAAR;
  }

  /** The tables of a period, after disclosure control. Deterministic: the same data gives the same bytes. */
  bouw(periodeCode: string): Promise<PubliekeTabel[]> {
    return bouwTabellen(this.rapportage, periodeCode, this.regels);
  }

  async publiceer(ingelogd: Ingelogd, periodeCode: string): Promise<Release> {
    const periode = publiceerbarePeriode(periodeCode, this.klok.nu().toISOString().slice(0, 10), this.eersteJaar);
    const alGepubliceerd = () => new ProbleemFout(409, 'al-gepubliceerd', 'Al gepubliceerd', `De cijfers over ${periode.code} zijn al gepubliceerd en liggen vast. Correcties komen in de volgende publicatie.`);
    if (await rij<{ bestaat: number }>(this.db, `SELECT 1 AS bestaat FROM rapportage_release WHERE periode = $1`, [periode.code])) throw alGepubliceerd();
    // Two publishers at the same moment both pass the check above; the insert decides, the other gets 409.
    const release = await slaReleaseOp(this.db, periode.code, await this.bouw(periode.code), ingelogd.id, this.klok.nu(), this.regels);
    if (!release) throw alGepubliceerd();
    await this.audit.registreer('release_gepubliceerd', { gebruikerId: ingelogd.id, organisatieId: ingelogd.organisatie.id, details: { periode: periode.code, hash: release.hash } });
    return release;
  }

  async lijst(): Promise<ReleaseOverzicht[]> {
    return rijen<ReleaseOverzicht>(
      this.db,
      `SELECT periode, soort, to_char(gepubliceerd_op AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "gepubliceerdOp", hash FROM rapportage_release ORDER BY periode DESC`,
    );
  }

  /** The stored text of a release, exactly as published. */
  async inhoud(periode: string): Promise<string> {
    const release = await rij<{ inhoud: string }>(this.db, `SELECT inhoud FROM rapportage_release WHERE periode = $1`, [periode]);
    if (!release) throw problemen.nietGevonden(`Er is geen publicatie over ${periode}.`);
    return release.inhoud;
  }

  /** One table of a published release. */
  async tabel(periode: string, tabelId: string): Promise<{ release: Release; tabel: PubliekeTabel }> {
    const release = JSON.parse(await this.inhoud(periode)) as Release;
    const tabel = release.tabellen.find((t) => t.id === tabelId);
    if (!tabel) throw problemen.nietGevonden(`De publicatie over ${periode} heeft geen tabel ${tabelId}.`);
    return { release, tabel };
  }
}

/**
 * Builds a release's tables (also used by the demo seed). `rapportage` is the report role's own
 * connection: it can read the `rapportage` views and nothing else. One snapshot for all figures.
 */
export async function bouwTabellen(rapportage: DataSource, periodeCode: string, regels: OnthullingsRegels = STANDAARD_ONTHULLINGSREGELS): Promise<PubliekeTabel[]> {
  const periode = leesPeriode(periodeCode);
  const berekend = await rapportage.transaction('REPEATABLE READ', (tx) => berekenIndicatoren(tx, periode, regels));
  return beveiligd(berekend, regels);
}

/** Disclosure control over a period's figures: the count tables, then the shares from what they publish, then the means. */
export function beveiligd({ tellingen, aandelen, overig }: BerekendeIndicatoren, regels: OnthullingsRegels = STANDAARD_ONTHULLINGSREGELS): PubliekeTabel[] {
  const status = beveilig(tellingen, regels);
  const telTabellen = tellingen.map(
    (t, i): PubliekeTabel => ({ id: t.id, titel: t.titel, toelichting: t.toelichting, rijen: t.rijen, kolommen: t.kolommen, cellen: publiceerTellingen(t, status[i]!, regels) }),
  );
  const aandeelTabellen = aandelen.map((a): PubliekeTabel => {
    const bronnen = a.kolommen.map((k) => tellingen.findIndex((t) => t.id === k.tabel));
    const rijen = tellingen[bronnen[0]!]!.rijen;
    return {
      id: a.id,
      titel: a.titel,
      toelichting: a.toelichting,
      rijen,
      kolommen: a.kolommen.map((k) => k.kop),
      cellen: rijen.map((_, r) => a.kolommen.map((k, i) => publiceerAandeelBuiten(tellingen[bronnen[i]!]!, status[bronnen[i]!]!, r, k.buiten, regels))),
    };
  });
  return [...telTabellen, ...aandeelTabellen, ...overig];
}

/** Stores a release as published (frozen by a trigger), with the rules it was built under; null when the period was published already. */
export async function slaReleaseOp(db: DataSource, periodeCode: string, tabellen: PubliekeTabel[], door: string, op: Date, regels: OnthullingsRegels = STANDAARD_ONTHULLINGSREGELS): Promise<Release | null> {
  const periode = leesPeriode(periodeCode);
  const hash = createHash('sha256').update(JSON.stringify(tabellen)).digest('hex');
  const release: Release = { periode: periode.code, soort: periode.soort, gepubliceerdOp: op.toISOString(), hash, regels, tabellen };
  const opgeslagen = await rij<{ periode: string }>(
    db,
    `INSERT INTO rapportage_release (periode, soort, gepubliceerd_op, gepubliceerd_door, hash, inhoud) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (periode) DO NOTHING RETURNING periode`,
    [release.periode, release.soort, release.gepubliceerdOp, door, hash, JSON.stringify(release)],
  );
  return opgeslagen ? release : null;
}
