import type { AuditGebeurtenis } from '@eenplan/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type { AuditGebeurtenis } from '@eenplan/contracts';

/**
 * Append-only: a database trigger refuses UPDATE, DELETE and TRUNCATE. Details never hold
 * personal data of clients; they name routes, reasons and ids.
 */
@Entity('audit_log')
export class AuditLogRegel {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz' })
  tijdstip: Date;

  @Column({ type: 'text' })
  gebeurtenis: AuditGebeurtenis;

  @Column({ type: 'uuid', nullable: true })
  gebruikerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  organisatieId: string | null;

  /** The household whose data was read or written, for the AVG access overview. */
  @Column({ type: 'uuid', nullable: true })
  huishoudenId: string | null;

  /** The households a list or search showed (werkvoorraad, zoeken): NEN 7513 counts that as access. */
  @Column({ type: 'uuid', array: true, nullable: true })
  huishoudenIds: string[] | null;

  @Column({ type: 'jsonb', default: {} })
  details: Record<string, string | number | boolean | null>;
}
