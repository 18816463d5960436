import type { HuishoudenDetail } from '@eenplan/contracts';

/** A household's file as GET /api/huishoudens/:id answers it, for unit tests. */
export function proefhuishouden(anders: Partial<HuishoudenDetail> = {}): HuishoudenDetail {
  return {
    id: 'h1',
    naam: 'Bongers',
    straat: 'Markt',
    huisnummer: '1',
    postcode: '6001 AB',
    woonplaats: 'Weert',
    status: 'actief',
    versie: 1,
    gemeente: { id: 'g-weert', naam: 'Weert' },
    casemanager: { id: 'u-consulent', naam: 'Mark Janssen', organisatie: 'CJG Midden-Limburg' },
    leden: [],
    plan: null,
    team: [],
    toestemmingen: [],
    grondslagen: [],
    veiligheidssignalen: [],
    regie: { actueel: null, historie: [] },
    evaluaties: [],
    ervaringsmetingen: [],
    openMeetlinks: [],
    positieveGezondheid: [],
    bijdragen: [],
    complex: false,
    mijnRechten: { bewerken: true, inzage: true, bsnZien: true, bsnWijzigen: true, bijdragen: true, toestemmingVastleggen: true },
    ...anders,
  };
}
