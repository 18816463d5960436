import type { HuishoudenStatus, LidRol } from '@eenplan/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('huishouden')
export class Huishouden {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) gemeenteId: string;
  /** The consultant responsible for the household's file. */
  @Column({ type: 'uuid' }) casemanagerId: string;
  @Column({ type: 'text' }) naam: string;
  @Column({ type: 'text' }) straat: string;
  @Column({ type: 'text' }) huisnummer: string;
  @Column({ type: 'text' }) postcode: string;
  @Column({ type: 'text' }) woonplaats: string;
  @Column({ type: 'text' }) status: HuishoudenStatus;
  @Column({ type: 'integer' }) versie: number;
  @Column({ type: 'timestamptz' }) aangemaaktOp: Date;
  @Column({ type: 'timestamptz' }) laatsteActiviteitOp: Date;
}

@Entity('lid')
export class Lid {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) huishoudenId: string;
  @Column({ type: 'text' }) voornaam: string;
  @Column({ type: 'text' }) achternaam: string;
  @Column({ type: 'date' }) geboortedatum: string;
  @Column({ type: 'text' }) rol: LidRol;
  @Column({ type: 'char', length: 9, nullable: true }) bsn: string | null;
  @Column({ type: 'integer' }) versie: number;
}

/** A member of the household's team. */
@Entity('betrokkene')
export class Betrokkene {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) huishoudenId: string;
  @Column({ type: 'uuid', nullable: true }) gebruikerId: string | null;
  @Column({ type: 'text' }) rol: string;
  @Column({ type: 'date' }) van: string;
  @Column({ type: 'date', nullable: true }) tot: string | null;
}
