import type {
  ActieEigenaar,
  ActieStatus,
  Afsluitreden,
  DoelResultaat,
  DoelStatus,
  ErvaringStelling,
  GezondheidDimensie,
  Leefgebied,
  LidRol,
  MeldcodeStap,
  PlanStatus,
  RegieHouder,
  Rol,
  Voortgang,
  Wet,
} from '@eenplan/contracts';

// The API's answers as the web app reads them, all in this one module: every feature imports
// its response types from here. They mirror the response types in apps/api (HuishoudenDetail,
// the werkvoorraad item, ...); the web app may not import the API, so they are written out here
// until the shared contracts have them.

export interface Lid {
  id: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  rol: LidRol;
  /** Only present when the user may see BSNs (mijnRechten.bsnZien). */
  bsn?: string | null;
  versie: number;
}

export interface Actie {
  id: string;
  omschrijving: string;
  eigenaarSoort: ActieEigenaar;
  eigenaarNaam: string | null;
  eigenaarGebruiker: { id: string; naam: string } | null;
  deadline: string;
  status: ActieStatus;
  versie: number;
}

export interface Doel {
  id: string;
  leefgebied: Leefgebied;
  omschrijving: string;
  prioriteit: number;
  status: DoelStatus;
  resultaat: DoelResultaat | null;
  versie: number;
  acties: Actie[];
}

export interface Plan {
  id: string;
  status: PlanStatus;
  versie: number;
  aangemaaktOp: string;
  vastgesteldOp: string | null;
  akkoordHuishoudenOp: string | null;
  afgeslotenOp: string | null;
  afsluitreden: Afsluitreden | null;
  doelen: Doel[];
}

export interface Teamlid {
  id: string;
  soort: 'professional' | 'netwerk';
  gebruikerId: string | null;
  naam: string;
  organisatieId: string | null;
  organisatie: string | null;
  relatie: string | null;
  rol: string;
  van: string;
  tot: string | null;
  versie: number;
  actueel: boolean;
  metToestemming: boolean;
}

export interface Toestemming {
  id: string;
  organisatieId: string;
  organisatie: string;
  gegevenOp: string;
  reikwijdte: string;
  vastgelegdDoor: string;
  ingetrokkenOp: string | null;
  versie: number;
}

export interface Veiligheidssignaal {
  id: string;
  stap: MeldcodeStap;
  datum: string;
  toelichting: string | null;
  vastgelegdDoor: string;
  organisatie: string;
}

export interface RegieAfspraak {
  id: string;
  houder: RegieHouder;
  netwerkNaam: string | null;
  regisseurId: string | null;
  regisseurNaam: string | null;
  regisseurOrganisatie: string | null;
  reden: string;
  startdatum: string;
  evaluatiedatum: string;
  huishoudenAkkoord: boolean;
  beeindigdOp: string | null;
  versie: number;
  evaluatieVerlopen: boolean;
}

export interface Evaluatie {
  id: string;
  planId: string;
  geplandOp: string;
  gehoudenOp: string | null;
  gehoordEnGezien: 'ja' | 'deels' | 'nee' | null;
  regiePassend: boolean | null;
  toelichting: string | null;
  volgendeMoment: string | null;
  versie: number;
  doelen: { doelId: string; voortgang: Voortgang; toelichting: string | null }[];
}

/** Whether an evaluation has the household's experience; the answers only when recorded with the professional. */
export interface ErvaringsmetingStand {
  evaluatieId: string;
  afgenomenOp: string;
  wijze: 'met_professional' | 'via_link';
  antwoorden: Record<ErvaringStelling, number | null> | null;
}

/** A link for the household that still works (the link itself is shown once, when made). */
export interface OpenMeetlink {
  evaluatieId: string;
  verlooptOp: string;
}

export interface PositieveGezondheidMeting extends Record<GezondheidDimensie, number> {
  id: string;
  lidId: string;
  moment: 'start' | 'evaluatie';
  gemetenOp: string;
}

export interface Bijdrage {
  id: string;
  tekst: string;
  tijdstip: string;
  auteur: string;
  organisatie: string;
}

export interface MijnRechten {
  bewerken: boolean;
  inzage: boolean;
  bsnZien: boolean;
  bijdragen: boolean;
}

export interface HuishoudenDetail {
  id: string;
  naam: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  woonplaats: string;
  status: 'actief' | 'afgesloten';
  versie: number;
  gemeente: { id: string; naam: string };
  casemanager: { id: string; naam: string; organisatie: string };
  leden: Lid[];
  plan: Plan | null;
  team: Teamlid[];
  toestemmingen: Toestemming[];
  grondslagen: Wet[];
  veiligheidssignalen: Veiligheidssignaal[];
  regie: { actueel: RegieAfspraak | null; historie: RegieAfspraak[] };
  evaluaties: Evaluatie[];
  ervaringsmetingen: ErvaringsmetingStand[];
  openMeetlinks: OpenMeetlink[];
  positieveGezondheid: PositieveGezondheidMeting[];
  bijdragen: Bijdrage[];
  complex: boolean;
  mijnRechten: MijnRechten;
}

/** One row of GET /api/huishoudens. */
export interface HuishoudenRegel {
  id: string;
  naam: string;
  postcode: string;
  woonplaats: string;
  status: 'actief' | 'afgesloten';
  laatsteActiviteitOp: string;
  gemeente: { id: string; naam: string };
  plan: { id: string; status: PlanStatus } | null;
}

export interface Pagina<T> {
  items: T[];
  totaal: number;
  pagina: number;
  perPagina: number;
}

/** One entry of the timeline (GET /api/huishoudens/:id/tijdlijn). BSN values arrive as •••. */
export interface TijdlijnRegel {
  id: string;
  entiteit: string;
  entiteitId: string;
  versie: number;
  soort: string;
  tijdstip: string;
  veranderingen: Record<string, { oud: unknown; nieuw: unknown }>;
  door: { naam: string; organisatie: string };
}

/** One entry of "who read or changed this file" (GET /api/huishoudens/:id/inzage). */
export interface InzageRegel {
  tijdstip: string;
  gebeurtenis: string;
  gebruiker: string | null;
  organisatie: string | null;
}

/** A user account as functioneel beheer sees it (GET /api/beheer/gebruikers). */
export interface GebruikerOverzicht {
  id: string;
  gebruikersnaam: string;
  naam: string;
  rol: Rol;
  organisatie: { id: string; naam: string };
  gemeenten: { id: string; naam: string }[];
  actief: boolean;
}

/** One statement of the questionnaire, as the API sends it. */
export interface Stelling {
  id: string;
  tekst: string;
}

/** The questionnaire behind a household's link (GET /api/ervaring/:token). */
export interface Vragenlijst {
  stellingen: Stelling[];
}

/** Whether a household with this member is known, and whom to contact; never plan content. */
export interface VerwijsindexAntwoord {
  bekend: boolean;
  actiefPlan: boolean;
  contact: { rol: 'casemanager' | 'regisseur'; naam: string; organisatie: string }[];
}

/** One row of the werkvoorraad (GET /api/werkvoorraad): a household and what needs attention. */
export interface WerkvoorraadItem {
  huishouden: { id: string; naam: string; postcode: string; woonplaats: string; gemeente: string };
  plan: { id: string; status: PlanStatus; aangemaaktOp: string } | null;
  verlopenActies: number;
  /** Open actions of which the signed-in user is the owner. */
  mijnOpenActies: number;
  /** The first planned evaluation moment not yet held ('YYYY-MM-DD'). */
  volgendeEvaluatie: string | null;
  regie: RegieHouder | null;
  laatsteActiviteitOp: string;
  /** Texts come from the API. */
  signalen: { soort: string; tekst: string }[];
}

/** An organisation with its active staff (GET /api/organisaties), to pick team members, consent and regisseurs. */
export interface Organisatie {
  id: string;
  naam: string;
  soort: string;
  medewerkers: { id: string; naam: string; rol: 'consulent' | 'professional' }[];
}
