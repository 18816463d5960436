import { Module } from '@nestjs/common';
import { ToegangModule } from '../toegang/toegang.module.js';
import { DossierLezer } from './dossier-lezer.js';
import { ErvaringLezer } from './ervaring-lezer.js';
import { PlanLezer } from './plan-lezer.js';
import { TeamLezer } from './team-lezer.js';

/** Reading a household's file as a whole; the features that change it answer with it. */
@Module({
  imports: [ToegangModule],
  providers: [DossierLezer, PlanLezer, TeamLezer, ErvaringLezer],
  exports: [DossierLezer],
})
export class DossierModule {}
