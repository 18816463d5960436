import type { Rol } from '@eenplan/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Gemeente } from '../organisaties/gemeente.entity.js';
import { Organisatie } from '../organisaties/organisatie.entity.js';

@Entity('gebruiker')
export class Gebruiker {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored in lower case; login is case-insensitive. */
  @Column({ type: 'text', unique: true })
  gebruikersnaam: string;

  @Column({ type: 'text' })
  naam: string;

  /** For the invitation; stored in lower case, unique. Null for accounts from before (demo data). */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text' })
  rol: Rol;

  @Column({ type: 'uuid' })
  organisatieId: string;

  @ManyToOne(() => Organisatie, { nullable: false })
  @JoinColumn({ name: 'organisatie_id' })
  organisatie: Organisatie;

  /** The gemeenten this user works for (a regional organisation may serve several). */
  @ManyToMany(() => Gemeente)
  @JoinTable({ name: 'gebruiker_gemeente', joinColumn: { name: 'gebruiker_id' }, inverseJoinColumn: { name: 'gemeente_id' } })
  gemeenten: Gemeente[];

  /** argon2id PHC string; never leaves the server. */
  @Column({ type: 'text', select: false })
  wachtwoordHash: string;

  @Column({ type: 'boolean', default: true })
  actief: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  aangemaaktOp: Date;
}
