import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A server-side session; stored in PostgreSQL so several API instances can share them. */
@Entity('sessie')
export class Sessie {
  /** SHA-256 of the cookie value: a database leak does not hand out live sessions. */
  @PrimaryColumn({ type: 'text' })
  idHash: string;

  @Column({ type: 'uuid' })
  gebruikerId: string;

  @Column({ type: 'text' })
  csrfToken: string;

  @Column({ type: 'timestamptz' })
  aangemaaktOp: Date;

  @Column({ type: 'timestamptz' })
  laatstActiefOp: Date;

  /** What the identity provider said of how the user authenticated (null for a local login). */
  @Column({ type: 'text', nullable: true })
  acr: string | null;

  @Column({ type: 'text', array: true, nullable: true })
  amr: string[] | null;

  @Column({ type: 'boolean', default: false })
  inschrijvenNodig: boolean;

  /** Kept only as the id_token_hint for RP-initiated logout. */
  @Column({ type: 'text', nullable: true, select: false })
  idToken: string | null;
}
