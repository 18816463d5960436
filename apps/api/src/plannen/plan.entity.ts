import type { ActieEigenaar, ActieStatus, Afsluitreden, DoelResultaat, DoelStatus, Leefgebied, PlanStatus } from '@eenplan/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('plan')
export class Plan {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) huishoudenId: string;
  @Column({ type: 'text' }) status: PlanStatus;
  @Column({ type: 'integer' }) versie: number;
  @Column({ type: 'timestamptz' }) aangemaaktOp: Date;
  @Column({ type: 'timestamptz', nullable: true }) vastgesteldOp: Date | null;
  @Column({ type: 'date', nullable: true }) akkoordHuishoudenOp: string | null;
  @Column({ type: 'timestamptz', nullable: true }) afgeslotenOp: Date | null;
  @Column({ type: 'text', nullable: true }) afsluitreden: Afsluitreden | null;
  @Column({ type: 'text', nullable: true }) afsluitToelichting: string | null;
}

@Entity('doel')
export class Doel {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) planId: string;
  @Column({ type: 'text' }) leefgebied: Leefgebied;
  /** In the household's own words. */
  @Column({ type: 'text' }) omschrijving: string;
  /** The household's priority: 1 is most important. */
  @Column({ type: 'integer' }) prioriteit: number;
  @Column({ type: 'text' }) status: DoelStatus;
  @Column({ type: 'text', nullable: true }) resultaat: DoelResultaat | null;
  @Column({ type: 'integer' }) versie: number;
  @Column({ type: 'timestamptz' }) aangemaaktOp: Date;
}

@Entity('actie')
export class Actie {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) doelId: string;
  @Column({ type: 'text' }) omschrijving: string;
  @Column({ type: 'text' }) eigenaarSoort: ActieEigenaar;
  @Column({ type: 'text', nullable: true }) eigenaarNaam: string | null;
  @Column({ type: 'uuid', nullable: true }) eigenaarGebruikerId: string | null;
  @Column({ type: 'date' }) deadline: string;
  @Column({ type: 'text' }) status: ActieStatus;
  @Column({ type: 'integer' }) versie: number;
  @Column({ type: 'timestamptz' }) aangemaaktOp: Date;
}

/** One change to a plan, doel, actie, huishouden or lid: who, when, what. */
@Entity('wijziging')
export class Wijziging {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column({ type: 'uuid' }) huishoudenId: string;
  @Column({ type: 'text' }) entiteit: 'huishouden' | 'lid' | 'plan' | 'doel' | 'actie';
  @Column({ type: 'uuid' }) entiteitId: string;
  @Column({ type: 'integer' }) versie: number;
  @Column({ type: 'text' }) soort: 'aangemaakt' | 'gewijzigd' | 'verwijderd' | 'vastgesteld' | 'afgesloten';
  @Column({ type: 'uuid' }) gebruikerId: string;
  @Column({ type: 'timestamptz' }) tijdstip: Date;
  @Column({ type: 'jsonb' }) veranderingen: Record<string, { oud: unknown; nieuw: unknown }>;
}
