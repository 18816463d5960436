import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A failed login, kept only as long as the rate-limit window. Username and IP are stored as
 * hashes: enough to count attempts, useless to read back.
 */
@Entity('mislukte_inlogpoging')
export class MislukteInlogpoging {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  accountSleutel: string;

  @Column({ type: 'text' })
  ipSleutel: string;

  @Column({ type: 'timestamptz' })
  tijdstip: Date;
}
