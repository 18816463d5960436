import {
  AUDIT_GEBEURTENIS_LABELS,
  TIJDLIJN_ENTITEIT_LABELS,
  ACTIE_EIGENAAR_LABELS,
  AFSLUITREDEN_LABELS,
  LEEFGEBIED_LABELS,
  LID_ROL_LABELS,
  TWEEDE_HUISHOUDEN_REDEN_LABELS,
  MELDCODE_STAP_LABELS,
  PLAN_STATUS_LABELS,
  REGIE_EINDE_REDEN_LABELS,
  REGIE_HOUDER_LABELS,
  VOORTGANG_LABELS,
  WET_LABELS,
} from '@eenplan/contracts';
import type { TijdlijnRegel } from '@eenplan/contracts';
import { ACTIE_STATUS_LABELS, DOEL_RESULTAAT_LABELS, DOEL_STATUS_LABELS, GEZONDHEID_MOMENT_LABELS } from '../../../shared/tekst/labels';
import { datumTekst } from '../../../ui/datum';

const NAAM: Record<string, string> = TIJDLIJN_ENTITEIT_LABELS;

const AANGEMAAKT: Record<string, string> = {
  huishouden: 'Huishouden geregistreerd',
  plan: 'Plan van aanpak gestart (concept)',
  betrokkene: 'Teamlid toegevoegd',
  toestemming: 'Toestemming van het huishouden vastgelegd',
  regie_afspraak: 'Regie-afspraak vastgelegd',
  evaluatie: 'Evaluatiemoment gepland',
  veiligheidssignaal: 'Veiligheidssignaal vastgelegd (meldcode)',
  bijdrage: 'Bijdrage geplaatst',
  positieve_gezondheid: 'Meting positieve gezondheid vastgelegd',
};

const VELD: Record<string, string> = {
  naam: 'Naam',
  voornaam: 'Voornaam',
  achternaam: 'Achternaam',
  geboortedatum: 'Geboortedatum',
  rol: 'Rol',
  bsn: 'BSN',
  tweedeHuishoudenReden: 'Reden BSN in twee huishoudens',
  straat: 'Straat',
  huisnummer: 'Huisnummer',
  postcode: 'Postcode',
  woonplaats: 'Woonplaats',
  leefgebied: 'Leefgebied',
  omschrijving: 'Omschrijving',
  prioriteit: 'Prioriteit',
  status: 'Status',
  resultaat: 'Resultaat',
  deadline: 'Deadline',
  eigenaarSoort: 'Wie',
  eigenaarNaam: 'Naam van wie het doet',
  akkoordHuishoudenOp: 'Huishouden akkoord op',
  vastgesteldOp: 'Vastgesteld op',
  afgeslotenOp: 'Afgesloten op',
  afsluitreden: 'Reden van afsluiten',
  beeindigdReden: 'Beëindigd omdat',
  afsluitToelichting: 'Toelichting',
  van: 'Vanaf',
  tot: 'Tot en met',
  gegevenOp: 'Toestemming gegeven op',
  ingetrokkenOp: 'Ingetrokken op',
  houder: 'Regie bij',
  netwerkNaam: 'Uit het netwerk',
  reden: 'Reden',
  startdatum: 'Startdatum',
  evaluatiedatum: 'Evaluatiedatum',
  beeindigdOp: 'Beëindigd op',
  geplandOp: 'Gepland op',
  gehoudenOp: 'Gehouden op',
  gehoordEnGezien: 'Voelt zich gehoord en gezien',
  regiePassend: 'Regie past nog',
  toelichting: 'Toelichting',
  volgendeMoment: 'Volgend evaluatiemoment',
  wetten: 'Wetten',
  stap: 'Stap van de meldcode',
  datum: 'Datum',
  reikwijdte: 'Waarvoor',
  voortgang: 'Voortgang',
  moment: 'Moment',
};

const JA_NEE: Record<string, string> = { ja: 'Ja', deels: 'Deels', nee: 'Nee' };

/** A stored value as it comes: the timeline holds JSON, so anything else is shown as JSON. */
function ruw(waarde: unknown): string {
  return typeof waarde === 'string' || typeof waarde === 'number' || typeof waarde === 'boolean' ? String(waarde) : JSON.stringify(waarde);
}

function label<T extends string>(labels: Record<T, string>, waarde: unknown): string {
  return typeof waarde === 'string' && waarde in labels ? labels[waarde as T] : ruw(waarde);
}

/** A recorded value in plain Dutch: labels for codes, dates written out. */
export function waardeTekst(entiteit: string, veld: string, waarde: unknown): string {
  if (waarde === null || waarde === undefined || waarde === '') return '(leeg)';
  if (typeof waarde === 'boolean') return waarde ? 'Ja' : 'Nee';
  if (Array.isArray(waarde)) return waarde.length ? waarde.map((w) => (veld === 'wetten' ? label(WET_LABELS, w) : ruw(w))).join(', ') : '(geen)';
  switch (veld) {
    case 'leefgebied':
      return label(LEEFGEBIED_LABELS, waarde);
    case 'status':
      return entiteit === 'doel' ? label(DOEL_STATUS_LABELS, waarde) : entiteit === 'actie' ? label(ACTIE_STATUS_LABELS, waarde) : label(PLAN_STATUS_LABELS, waarde);
    case 'eigenaarSoort':
      return label(ACTIE_EIGENAAR_LABELS, waarde);
    case 'rol':
      return entiteit === 'lid' ? label(LID_ROL_LABELS, waarde) : ruw(waarde);
    case 'beeindigdReden':
      return label(REGIE_EINDE_REDEN_LABELS, waarde);
    case 'afsluitreden':
      return label(AFSLUITREDEN_LABELS, waarde);
    case 'tweedeHuishoudenReden':
      return label(TWEEDE_HUISHOUDEN_REDEN_LABELS, waarde);
    case 'resultaat':
      return label(DOEL_RESULTAAT_LABELS, waarde);
    case 'houder':
      return label(REGIE_HOUDER_LABELS, waarde);
    case 'stap':
      return label(MELDCODE_STAP_LABELS, waarde);
    case 'voortgang':
      return label(VOORTGANG_LABELS, waarde);
    case 'gehoordEnGezien':
      return label(JA_NEE, waarde);
    case 'moment':
      return label(GEZONDHEID_MOMENT_LABELS, waarde);
    case 'omschrijving':
      return `„${ruw(waarde)}”`;
    default:
      break;
  }
  if (typeof waarde === 'string' && /^\d{4}-\d{2}-\d{2}(T|$)/.test(waarde)) return datumTekst(waarde);
  return ruw(waarde);
}

/** One timeline entry as a Dutch heading and a list of what changed. */
export function beschrijf(regel: TijdlijnRegel): { kop: string; details: string[] } {
  const naam = NAAM[regel.entiteit] ?? regel.entiteit;
  let kop: string;
  switch (regel.soort) {
    case 'aangemaakt':
      kop = AANGEMAAKT[regel.entiteit] ?? `${naam} toegevoegd`;
      break;
    case 'gewijzigd':
      kop = regel.entiteit === 'evaluatie' && regel.veranderingen.gehoudenOp ? 'Evaluatie vastgelegd' : `${naam} gewijzigd`;
      break;
    case 'verwijderd':
      kop = `${naam} verwijderd`;
      break;
    case 'vastgesteld':
      kop = 'Plan van aanpak vastgesteld';
      break;
    case 'afgesloten':
      kop = 'Plan van aanpak afgesloten';
      break;
    case 'beeindigd':
      kop = regel.entiteit === 'betrokkene' ? 'Teamlid uit het team' : `${naam} beëindigd`;
      break;
    case 'ingetrokken':
      kop = 'Toestemming ingetrokken';
      break;
    default: {
      // Every kind is handled above; an older entry of a kind this build does not know reads as its key.
      const onbekend: never = regel.soort;
      kop = `${naam}: ${String(onbekend)}`;
    }
  }
  const volgorde = Object.keys(VELD);
  const plaats = (veld: string) => (volgorde.includes(veld) ? volgorde.indexOf(veld) : volgorde.length);
  const details = Object.entries(regel.veranderingen ?? {})
    // Ids and who-did-it fields say nothing to a reader; who did it is shown with every entry.
    .filter(([veld]) => !/(Id|Door)$/.test(veld) && veld !== 'vastgesteldOp' && veld !== 'afgeslotenOp' && veld !== 'beeindigdOp')
    // The stored changes come in any order; show them in the order of the forms.
    .sort(([a], [b]) => plaats(a) - plaats(b))
    .map(([veld, { oud, nieuw }]) => {
      const naamVeld = VELD[veld] ?? veld;
      if (oud === null || oud === undefined) return `${naamVeld}: ${waardeTekst(regel.entiteit, veld, nieuw)}`;
      if (nieuw === null || nieuw === undefined) return `${naamVeld} was: ${waardeTekst(regel.entiteit, veld, oud)}`;
      return `${naamVeld}: ${waardeTekst(regel.entiteit, veld, oud)} → ${waardeTekst(regel.entiteit, veld, nieuw)}`;
    });
  return { kop, details };
}

const GEBEURTENIS: Record<string, string> = AUDIT_GEBEURTENIS_LABELS;

/** One entry of "who read or changed this file" in plain Dutch; an unknown event as it is. */
export function gebeurtenisTekst(gebeurtenis: string): string {
  return GEBEURTENIS[gebeurtenis] ?? gebeurtenis;
}
