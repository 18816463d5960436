import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ERVARING_STELLINGEN, GEZONDHEID_DIMENSIES, type GezondheidDimensie, type HuishoudenDetail } from '@eenplan/contracts';
import type { DataSource } from 'typeorm';
import { isoMoment, rijen } from '../common/sql.js';

/** The column of a positieve-gezondheid dimension: mentaalWelbevinden → mentaal_welbevinden. */
export const gezondheidKolom = (dimensie: GezondheidDimensie) => dimensie.replace(/[A-Z]/g, (l) => `_${l.toLowerCase()}`);

export type ErvaringDeel = Pick<HuishoudenDetail, 'ervaringsmetingen' | 'openMeetlinks' | 'positieveGezondheid'>;

/** The measurements of one household, for its page: which evaluations have an ervaringsmeting or an open link, and positieve gezondheid. */
@Injectable()
export class ErvaringLezer {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async voor(huishoudenId: string, nu: Date): Promise<ErvaringDeel> {
    // What the household answered through its own link stays out of the case file (antwoorden null).
    const ervaringsmetingen = await rijen<ErvaringDeel['ervaringsmetingen'][number]>(
      this.db,
      `SELECT evaluatie_id AS "evaluatieId", afgenomen_op AS "afgenomenOp", wijze,
              CASE WHEN wijze = 'met_professional' THEN json_build_object(${ERVARING_STELLINGEN.map((s) => `'${s}', ${s}`).join(', ')}) END AS antwoorden
       FROM ervaringsmeting WHERE huishouden_id = $1 AND evaluatie_id IS NOT NULL`,
      [huishoudenId],
    );
    // The link itself is not stored (only its hash): the page can say a link is open, not show it again.
    const openMeetlinks = await rijen<ErvaringDeel['openMeetlinks'][number]>(
      this.db,
      `SELECT evaluatie_id AS "evaluatieId", ${isoMoment('max(verloopt_op)')} AS "verlooptOp" FROM meetlink
       WHERE huishouden_id = $1 AND evaluatie_id IS NOT NULL AND gebruikt_op IS NULL AND ingetrokken_op IS NULL AND verloopt_op > $2
       GROUP BY evaluatie_id`,
      [huishoudenId, nu],
    );
    const positieveGezondheid = await rijen<ErvaringDeel['positieveGezondheid'][number]>(
      this.db,
      `SELECT id, lid_id AS "lidId", moment, gemeten_op AS "gemetenOp", ${GEZONDHEID_DIMENSIES.map((d) => `${gezondheidKolom(d)} AS "${d}"`).join(', ')}
       FROM positieve_gezondheid WHERE huishouden_id = $1 ORDER BY gemeten_op, moment DESC, id`,
      [huishoudenId],
    );
    return { ervaringsmetingen, openMeetlinks, positieveGezondheid };
  }
}
