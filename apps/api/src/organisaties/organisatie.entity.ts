import type { Organisatiesoort } from '@eenplan/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('organisatie')
export class Organisatie {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  naam: string;

  @Column({ type: 'text' })
  soort: Organisatiesoort;
}
