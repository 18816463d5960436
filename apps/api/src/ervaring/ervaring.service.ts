import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERVARING_STELLINGEN, ERVARING_STELLING_TEKSTEN, GEZONDHEID_DIMENSIES, type ErvaringsmetingInvoer, type positieveGezondheidSchema, type z } from '@eenplan/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Klok } from '../common/klok.js';
import { ProbleemFout, problemen } from '../common/problemen.js';
import type { Ingelogd } from '../common/verzoek.js';
import { enkeleRij, rij } from '../common/sql.js';
import { gezondheidKolom } from '../dossier/ervaring-lezer.js';
import { registreerWijziging } from '../tijdlijn/versies.js';
import { ToegangService } from '../toegang/toegang.service.js';

interface MeetlinkRij {
  huishouden_id: string;
  evaluatie_id: string | null;
  ingetrokken_op: Date | null;
  gebruikt_op: Date | null;
  verloopt_op: Date;
}

const LINK_GELDIG_DAGEN = 14;
const hash = (token: string) => createHash('sha256').update(token).digest('hex');
/** The professional already recorded this moment with the household. */
const alIngevuld = () => new ProbleemFout(410, 'link-gebruikt', 'Al ingevuld', 'De vragen voor dit moment zijn al beantwoord, samen met uw contactpersoon. Bedankt!');

/** The household's own experience (thema 2), recorded with a professional or filled in through a one-time link. */
@Injectable()
export class ErvaringService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly toegang: ToegangService,
    private readonly audit: AuditService,
    private readonly klok: Klok,
  ) {}

  /** Answers the household's id. */
  async legVast(ingelogd: Ingelogd, evaluatieId: string, antwoorden: ErvaringsmetingInvoer): Promise<string> {
    const { huishoudenId } = await this.toegang.wijzig(ingelogd, { evaluatie: evaluatieId }, 'update', async (w) => {
      if (await this.alGemeten(w.tx, evaluatieId)) throw new ProbleemFout(409, 'al-gemeten', 'Al ingevuld', 'Voor deze evaluatie is de ervaringsmeting al ingevuld.');
      await this.bewaar(w.tx, w.huishoudenId, evaluatieId, 'met_professional', antwoorden, ingelogd.id, w.nu);
    });
    return huishoudenId;
  }

  /** A link for the household to fill in the questionnaire itself; only its hash is stored. A new link replaces an open one. */
  async maakLink(ingelogd: Ingelogd, evaluatieId: string): Promise<{ url: string; verlooptOp: string }> {
    const token = randomBytes(32).toString('base64url');
    const nu = this.klok.nu();
    const verlooptOp = new Date(nu.getTime() + LINK_GELDIG_DAGEN * 86_400_000);
    await this.toegang.wijzig(ingelogd, { evaluatie: evaluatieId }, 'update', async ({ tx, huishoudenId }) => {
      if (await this.alGemeten(tx, evaluatieId)) throw new ProbleemFout(409, 'al-gemeten', 'Al ingevuld', 'Voor deze evaluatie is de ervaringsmeting al ingevuld. Een link is niet meer nodig.');
      await tx.query(`UPDATE meetlink SET ingetrokken_op = $2 WHERE evaluatie_id = $1 AND gebruikt_op IS NULL AND ingetrokken_op IS NULL`, [evaluatieId, nu]);
      await tx.query(`INSERT INTO meetlink (token_hash, huishouden_id, evaluatie_id, aangemaakt_door, aangemaakt_op, verloopt_op) VALUES ($1, $2, $3, $4, $5, $6)`, [
        hash(token), huishoudenId, evaluatieId, ingelogd.id, nu, verlooptOp,
      ]);
    });
    return { url: `/ervaring/${token}`, verlooptOp: verlooptOp.toISOString() };
  }

  /** What the household sees: the statements only — no name, no plan content. */
  async vragen(token: string) {
    const link = await this.geldigeLink(this.db.manager, token, false);
    if (link.evaluatie_id && (await rij<{ ja: number }>(this.db, `SELECT 1 AS ja FROM ervaringsmeting WHERE evaluatie_id = $1`, [link.evaluatie_id]))) throw alIngevuld();
    return { stellingen: ERVARING_STELLINGEN.map((id) => ({ id, tekst: ERVARING_STELLING_TEKSTEN[id] })) };
  }

  /** Stores the answers and uses up the link, in one transaction: a link works exactly once. */
  async beantwoord(token: string, antwoorden: ErvaringsmetingInvoer): Promise<void> {
    await this.db.transaction(async (tx) => {
      // The same lock order as the professional's routes (the one write path): the household,
      // then the evaluation, then the link; otherwise the two can deadlock on one moment.
      const gevonden = await rij<{ evaluatie_id: string | null; huishouden_id: string }>(tx, `SELECT evaluatie_id, huishouden_id FROM meetlink WHERE token_hash = $1`, [hash(token)]);
      if (gevonden) await tx.query(`SELECT 1 FROM huishouden WHERE id = $1 FOR UPDATE`, [gevonden.huishouden_id]);
      const alGemeten = await this.alGemeten(tx, gevonden?.evaluatie_id ?? null);
      const link = await this.geldigeLink(tx, token, true);
      if (alGemeten) throw alIngevuld();
      await tx.query(`UPDATE meetlink SET gebruikt_op = $2 WHERE token_hash = $1`, [hash(token), this.klok.nu()]);
      await this.bewaar(tx, link.huishouden_id, link.evaluatie_id, 'via_link', antwoorden, null, this.klok.nu());
      await this.audit.registreer('ervaringsmeting_ingevuld', { huishoudenId: link.huishouden_id, details: { wijze: 'via_link' } }, tx);
    });
  }

  async legGezondheidVast(ingelogd: Ingelogd, huishoudenId: string, invoer: z.infer<typeof positieveGezondheidSchema>): Promise<string> {
    await this.toegang.wijzig(ingelogd, huishoudenId, 'update', async (w) => {
      const { tx } = w;
      const lid = await rij<{ id: string }>(tx, `SELECT id FROM lid WHERE id = $1 AND huishouden_id = $2`, [invoer.lidId, huishoudenId]);
      if (!lid) throw problemen.ongeldigeInvoer([{ veld: 'lidId', melding: 'Dit lid hoort niet bij dit huishouden.' }]);
      const meting = await enkeleRij<{ id: string }>(
        tx,
        `INSERT INTO positieve_gezondheid (huishouden_id, lid_id, moment, gemeten_op, ${GEZONDHEID_DIMENSIES.map(gezondheidKolom).join(', ')}, vastgelegd_door)
         VALUES ($1, $2, $3, $4, ${GEZONDHEID_DIMENSIES.map((_, i) => `$${i + 5}`).join(', ')}, $11) RETURNING id`,
        [huishoudenId, invoer.lidId, invoer.moment, w.nu.toISOString().slice(0, 10), ...GEZONDHEID_DIMENSIES.map((d) => invoer[d]), ingelogd.id],
      );
      await registreerWijziging(w, 'positieve_gezondheid', meting.id, 1, 'aangemaakt', { moment: { oud: null, nieuw: invoer.moment } });
    });
    return huishoudenId;
  }

  private async bewaar(tx: EntityManager, huishoudenId: string, evaluatieId: string | null, wijze: 'met_professional' | 'via_link', a: ErvaringsmetingInvoer, door: string | null, nu: Date) {
    await tx.query(
      `INSERT INTO ervaringsmeting (huishouden_id, evaluatie_id, afgenomen_op, wijze, ${ERVARING_STELLINGEN.join(', ')}, vastgelegd_door) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [huishoudenId, evaluatieId, nu.toISOString().slice(0, 10), wijze, ...ERVARING_STELLINGEN.map((s) => a[s]), door],
    );
  }

  /** Locks the evaluation, so the professional and the household's link cannot both answer the same moment. */
  private async alGemeten(tx: EntityManager, evaluatieId: string | null): Promise<boolean> {
    if (!evaluatieId) return false;
    await tx.query(`SELECT 1 FROM evaluatie WHERE id = $1 FOR UPDATE`, [evaluatieId]);
    return Boolean(await rij<{ ja: number }>(tx, `SELECT 1 AS ja FROM ervaringsmeting WHERE evaluatie_id = $1`, [evaluatieId]));
  }

  private async geldigeLink(tx: EntityManager, token: string, vergrendel: boolean): Promise<MeetlinkRij> {
    const link = await rij<MeetlinkRij>(tx, `SELECT huishouden_id, evaluatie_id, ingetrokken_op, gebruikt_op, verloopt_op FROM meetlink WHERE token_hash = $1${vergrendel ? ' FOR UPDATE' : ''}`, [hash(token)]);
    if (!link) throw problemen.nietGevonden('Deze link bestaat niet. Controleer of u de hele link hebt overgenomen.');
    if (link.ingetrokken_op) throw new ProbleemFout(410, 'link-vervangen', 'Link vervangen', 'Deze link is vervangen door een nieuwe. Gebruik de nieuwste link die u van uw contactpersoon kreeg.');
    if (link.gebruikt_op) throw new ProbleemFout(410, 'link-gebruikt', 'Link al gebruikt', 'Deze vragenlijst is al ingevuld. Bedankt! Een link werkt maar één keer.');
    if (link.verloopt_op <= this.klok.nu()) throw new ProbleemFout(410, 'link-verlopen', 'Link verlopen', 'Deze link is verlopen. Vraag uw contactpersoon om een nieuwe.');
    return link;
  }
}
