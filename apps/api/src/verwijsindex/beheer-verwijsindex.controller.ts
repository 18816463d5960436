import { Controller, Get } from '@nestjs/common';
import { verwijsindexBegrensdAntwoord } from '@eenplan/contracts';
import { Vereist } from '../common/toegang.js';
import { Antwoord } from '../common/validatie.js';
import { VerwijsindexService } from './verwijsindex.service.js';

/** How far back beheer's overview of refused lookups reaches. */
const PERIODE_DAGEN = 7;

/**
 * Signals for functioneel beheer. Guarded by `read Gebruiker`, which only beheer has: it is an
 * overview of accounts (who was stopped how often), not of households or BSNs.
 */
@Controller('beheer/signalen')
export class BeheerVerwijsindexController {
  constructor(private readonly verwijsindex: VerwijsindexService) {}

  @Get('verwijsindex')
  @Vereist('read', 'Gebruiker')
  @Antwoord('VerwijsindexBegrensd', verwijsindexBegrensdAntwoord)
  begrensd() {
    return this.verwijsindex.begrensd(PERIODE_DAGEN);
  }
}
