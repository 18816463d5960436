import { Module } from '@nestjs/common';
import { Begrenzer } from './begrenzer.service.js';

/** Throttling counted in PostgreSQL, shared by login and the verwijsindex. */
@Module({ providers: [Begrenzer], exports: [Begrenzer] })
export class BegrenzingModule {}
