import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('gemeente')
export class Gemeente {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  naam: string;

  /** CBS municipality code (e.g. GM0988 for Weert), so reports match national statistics. */
  @Column({ type: 'text', unique: true })
  cbsCode: string;

  /** Switched off by beheer: kept for existing households and reports, not offered for new accounts. */
  @Column({ type: 'boolean', default: true })
  actief: boolean;
}
