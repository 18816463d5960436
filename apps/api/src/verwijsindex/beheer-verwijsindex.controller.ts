import { Controller, Get } from '@nestjs/common';
import { verwijsindexBegrensdAntwoord } from '@eenplan/contracts';
import { Omschrijving, Onderdeel } from '../common/documentatie.js';
import { Vereist } from '../common/toegang.js';
import { Antwoord } from '../common/validatie.js';
import { VerwijsindexService } from './verwijsindex.service.js';

/** How far back beheer's overview of refused lookups reaches. */
const PERIODE_DAGEN = 7;

/**
 * Signals for functioneel beheer. Guarded by `read Gebruiker`, which only beheer has: it is an
 * overview of accounts (who was stopped how often), not of households or BSNs.
 */
@Onderdeel('beheer', 'Functioneel beheer: de accounts.')
@Controller('beheer/signalen')
export class BeheerVerwijsindexController {
  constructor(private readonly verwijsindex: VerwijsindexService) {}

  @Get('verwijsindex')
  @Omschrijving('Welke accounts de afgelopen 7 dagen te vaak "Is dit huishouden bekend?" raadpleegden en werden tegengehouden.')
  @Vereist('read', 'Gebruiker')
  @Antwoord('VerwijsindexBegrensd', verwijsindexBegrensdAntwoord)
  begrensd() {
    return this.verwijsindex.begrensd(PERIODE_DAGEN);
  }
}
