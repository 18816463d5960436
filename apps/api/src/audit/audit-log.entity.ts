import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_GEBEURTENISSEN = [
  'inloggen',
  'uitloggen',
  'inloggen_mislukt',
  'toegang_geweigerd',
  'gebruiker_gewijzigd',
  'huishoudens_gezocht',
  'huishouden_ingezien',
  'huishouden_aangemaakt',
  'huishouden_gewijzigd',
  'tijdlijn_ingezien',
  'inzage_ingezien',
  'verwijsindex_geraadpleegd',
  'ervaringsmeting_ingevuld',
  'release_gepubliceerd',
  'rapportage_ingezien',
] as const;
export type AuditGebeurtenis = (typeof AUDIT_GEBEURTENISSEN)[number];

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

  @Column({ type: 'jsonb', default: {} })
  details: Record<string, string | number | boolean | null>;
}
