import {
  ACTIE_EIGENAARS,
  ACTIE_STATUSSEN,
  AFSLUITREDENEN,
  DOEL_RESULTATEN,
  DOEL_STATUSSEN,
  HUISHOUDEN_STATUSSEN,
  LID_ROLLEN,
  TWEEDE_HUISHOUDEN_REDENEN,
  PLAN_STATUSSEN,
} from './huishoudens.js';
import { ERVARING_STELLINGEN, GEZONDHEID_DIMENSIES } from './rapportage.js';
import { LEEFGEBIEDEN } from './leefgebieden.js';
import { ORGANISATIESOORTEN } from './organisaties.js';
import { ROLLEN } from './rollen.js';
import { GEHOORD_ANTWOORDEN, MELDCODE_STAPPEN, REGIE_EINDE_REDENEN, REGIE_HOUDERS, VOORTGANG, WETTEN } from './team.js';
import { z } from './zod-nl.js';

// What the API answers, written once: the API builds its responses to these types, the web app
// and the tests read them, and the OpenAPI document shows them. Dates are 'YYYY-MM-DD',
// moments ISO 8601 in UTC ('…T…Z').

// Typed as what they are (uuid, date, date-time), so the OpenAPI document says so and the
// contract tests check real answers against it.
const id = z.uuid();
const datum = z.iso.date().describe('YYYY-MM-DD');
const moment = z.iso.datetime({ offset: true }).describe('ISO 8601, UTC');
const naamEnId = z.object({ id, naam: z.string() });

export const lidAntwoord = z.object({
  id,
  voornaam: z.string(),
  achternaam: z.string(),
  geboortedatum: datum,
  rol: z.enum(LID_ROLLEN),
  /** Present only for roles that may read BSNs (mijnRechten.bsnZien). */
  bsn: z.string().nullable().optional(),
  /** Why this member's BSN may also be in another active household; null when not recorded. */
  tweedeHuishoudenReden: z.enum(TWEEDE_HUISHOUDEN_REDENEN).nullable(),
  versie: z.number(),
});
export type Lid = z.infer<typeof lidAntwoord>;

export const actieAntwoord = z.object({
  id,
  omschrijving: z.string(),
  eigenaarSoort: z.enum(ACTIE_EIGENAARS),
  eigenaarNaam: z.string().nullable(),
  eigenaarGebruiker: naamEnId.nullable(),
  deadline: datum,
  status: z.enum(ACTIE_STATUSSEN),
  versie: z.number(),
});
/** One actie of a plan (named so as not to be confused with a CASL action). */
export type PlanActie = z.infer<typeof actieAntwoord>;

export const doelAntwoord = z.object({
  id,
  leefgebied: z.enum(LEEFGEBIEDEN),
  omschrijving: z.string(),
  prioriteit: z.number(),
  status: z.enum(DOEL_STATUSSEN),
  resultaat: z.enum(DOEL_RESULTATEN).nullable(),
  versie: z.number(),
  acties: z.array(actieAntwoord),
});
export type Doel = z.infer<typeof doelAntwoord>;

export const planAntwoord = z.object({
  id,
  status: z.enum(PLAN_STATUSSEN),
  versie: z.number(),
  aangemaaktOp: moment,
  vastgesteldOp: moment.nullable(),
  akkoordHuishoudenOp: datum.nullable(),
  afgeslotenOp: moment.nullable(),
  afsluitreden: z.enum(AFSLUITREDENEN).nullable(),
  doelen: z.array(doelAntwoord),
});
export type Plan = z.infer<typeof planAntwoord>;

export const teamlidAntwoord = z.object({
  id,
  soort: z.enum(['professional', 'netwerk']),
  gebruikerId: id.nullable(),
  naam: z.string(),
  organisatieId: id.nullable(),
  organisatie: z.string().nullable(),
  relatie: z.string().nullable(),
  rol: z.string(),
  van: datum,
  tot: datum.nullable(),
  versie: z.number(),
  /** In the team today (started, not ended). */
  actueel: z.boolean(),
  /** A network member, or a professional the plan is shared with (the casemanager's organisation, or current consent for theirs). */
  metToestemming: z.boolean(),
});
export type Teamlid = z.infer<typeof teamlidAntwoord>;

export const toestemmingAntwoord = z.object({
  id,
  organisatieId: id,
  organisatie: z.string(),
  gegevenOp: datum,
  reikwijdte: z.string(),
  vastgelegdDoor: z.string(),
  ingetrokkenOp: datum.nullable(),
  versie: z.number(),
});
export type Toestemming = z.infer<typeof toestemmingAntwoord>;

export const veiligheidssignaalAntwoord = z.object({
  id,
  stap: z.enum(MELDCODE_STAPPEN),
  datum,
  toelichting: z.string().nullable(),
  vastgelegdDoor: z.string(),
  organisatie: z.string(),
});
export type Veiligheidssignaal = z.infer<typeof veiligheidssignaalAntwoord>;

export const regieAfspraakAntwoord = z.object({
  id,
  houder: z.enum(REGIE_HOUDERS),
  netwerkNaam: z.string().nullable(),
  regisseurId: id.nullable(),
  regisseurNaam: z.string().nullable(),
  regisseurOrganisatie: z.string().nullable(),
  reden: z.string(),
  startdatum: datum,
  evaluatiedatum: datum,
  huishoudenAkkoord: z.boolean(),
  beeindigdOp: moment.nullable(),
  /** Set when the app ended it itself (consent withdrawn, plan closed); null otherwise. */
  beeindigdReden: z.enum(REGIE_EINDE_REDENEN).nullable(),
  versie: z.number(),
  evaluatieVerlopen: z.boolean(),
});
export type RegieAfspraak = z.infer<typeof regieAfspraakAntwoord>;

export const evaluatieAntwoord = z.object({
  id,
  planId: id,
  geplandOp: datum,
  gehoudenOp: datum.nullable(),
  gehoordEnGezien: z.enum(GEHOORD_ANTWOORDEN).nullable(),
  regiePassend: z.boolean().nullable(),
  toelichting: z.string().nullable(),
  volgendeMoment: datum.nullable(),
  versie: z.number(),
  doelen: z.array(z.object({ doelId: id, voortgang: z.enum(VOORTGANG), toelichting: z.string().nullable() })),
});
export type Evaluatie = z.infer<typeof evaluatieAntwoord>;

export const ervaringsmetingStandAntwoord = z.object({
  evaluatieId: id,
  afgenomenOp: datum,
  wijze: z.enum(['met_professional', 'via_link']),
  /**
   * Only when recorded with the professional. What the household answered through its own link
   * stays out of the case file: the questionnaire promises it is used for figures only.
   */
  antwoorden: z.record(z.enum(ERVARING_STELLINGEN), z.number().nullable()).nullable(),
});
export type ErvaringsmetingStand = z.infer<typeof ervaringsmetingStandAntwoord>;

/** A link for the household that still works (the link itself is shown once, when made). */
export const openMeetlinkAntwoord = z.object({ evaluatieId: id, verlooptOp: moment });
export type OpenMeetlink = z.infer<typeof openMeetlinkAntwoord>;

export const positieveGezondheidAntwoord = z.object({
  id,
  lidId: id,
  moment: z.enum(['start', 'evaluatie']),
  gemetenOp: datum,
  ...Object.fromEntries(GEZONDHEID_DIMENSIES.map((d) => [d, z.number()])) as Record<(typeof GEZONDHEID_DIMENSIES)[number], z.ZodNumber>,
});
export type PositieveGezondheidMeting = z.infer<typeof positieveGezondheidAntwoord>;

export const bijdrageAntwoord = z.object({ id, tekst: z.string(), tijdstip: moment, auteur: z.string(), organisatie: z.string() });
export type Bijdrage = z.infer<typeof bijdrageAntwoord>;

/** What the signed-in user may do with this household; the web app shows or hides on it, the API decides. */
export const mijnRechtenAntwoord = z.object({
  bewerken: z.boolean(),
  inzage: z.boolean(),
  bsnZien: z.boolean(),
  /** May send a member's BSN (never without bsnZien). */
  bsnWijzigen: z.boolean(),
  bijdragen: z.boolean(),
  /** May record or withdraw the household's consent (the casemanager). */
  toestemmingVastleggen: z.boolean(),
});
export type MijnRechten = z.infer<typeof mijnRechtenAntwoord>;

/**
 * The household's file as GET /api/huishoudens/:id returns it. Every change to the file
 * (household, members, plan, doelen, acties, team, consent, regie, evaluations, measurements)
 * answers with this same body, so a client never has to fetch again what it just changed.
 */
export const huishoudenDetailAntwoord = z.object({
  id,
  naam: z.string(),
  straat: z.string(),
  huisnummer: z.string(),
  postcode: z.string(),
  woonplaats: z.string(),
  status: z.enum(HUISHOUDEN_STATUSSEN),
  versie: z.number(),
  gemeente: naamEnId,
  casemanager: z.object({ id, naam: z.string(), organisatie: z.string() }),
  leden: z.array(lidAntwoord),
  plan: planAntwoord.nullable(),
  team: z.array(teamlidAntwoord),
  toestemmingen: z.array(toestemmingAntwoord),
  grondslagen: z.array(z.enum(WETTEN)),
  veiligheidssignalen: z.array(veiligheidssignaalAntwoord),
  regie: z.object({ actueel: regieAfspraakAntwoord.nullable(), historie: z.array(regieAfspraakAntwoord) }),
  evaluaties: z.array(evaluatieAntwoord),
  ervaringsmetingen: z.array(ervaringsmetingStandAntwoord),
  openMeetlinks: z.array(openMeetlinkAntwoord),
  positieveGezondheid: z.array(positieveGezondheidAntwoord),
  bijdragen: z.array(bijdrageAntwoord),
  /** Goals on two or more leefgebieden, or two or more organisations in the team. */
  complex: z.boolean(),
  mijnRechten: mijnRechtenAntwoord,
});
export type HuishoudenDetail = z.infer<typeof huishoudenDetailAntwoord>;

/** A page of a list: `items` plus where it stands. */
export const paginaAntwoord = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), totaal: z.number(), pagina: z.number(), perPagina: z.number() });
export interface Pagina<T> {
  items: T[];
  totaal: number;
  pagina: number;
  perPagina: number;
}

/** One row of GET /api/huishoudens. */
export const huishoudenRegelAntwoord = z.object({
  id,
  naam: z.string(),
  postcode: z.string(),
  woonplaats: z.string(),
  status: z.enum(HUISHOUDEN_STATUSSEN),
  laatsteActiviteitOp: moment,
  gemeente: naamEnId,
  plan: z.object({ id, status: z.enum(PLAN_STATUSSEN) }).nullable(),
});
export type HuishoudenRegel = z.infer<typeof huishoudenRegelAntwoord>;

/** What a timeline row is about: the tables whose changes the timeline records. */
export const TIJDLIJN_ENTITEITEN = [
  'huishouden',
  'lid',
  'plan',
  'doel',
  'actie',
  'betrokkene',
  'toestemming',
  'regie_afspraak',
  'evaluatie',
  'veiligheidssignaal',
  'bijdrage',
  'grondslag',
  'positieve_gezondheid',
] as const;
export type TijdlijnEntiteit = (typeof TIJDLIJN_ENTITEITEN)[number];
export const TIJDLIJN_ENTITEIT_LABELS: Record<TijdlijnEntiteit, string> = {
  huishouden: 'Huishouden',
  lid: 'Lid',
  plan: 'Plan van aanpak',
  doel: 'Doel',
  actie: 'Actie',
  betrokkene: 'Teamlid',
  toestemming: 'Toestemming',
  regie_afspraak: 'Regie-afspraak',
  evaluatie: 'Evaluatie',
  veiligheidssignaal: 'Veiligheidssignaal',
  bijdrage: 'Bijdrage',
  grondslag: 'Wettelijke grondslag',
  positieve_gezondheid: 'Meting positieve gezondheid',
};
export const WIJZIGING_SOORTEN = ['aangemaakt', 'gewijzigd', 'verwijderd', 'vastgesteld', 'afgesloten', 'beeindigd', 'ingetrokken'] as const;
export type WijzigingSoort = (typeof WIJZIGING_SOORTEN)[number];

/** One entry of the timeline (GET /api/huishoudens/:id/tijdlijn). BSN values arrive as •••. */
export const tijdlijnRegelAntwoord = z.object({
  /** A sequence number (the history table counts), not a uuid. */
  id: z.string().regex(/^\d+$/).describe('Volgnummer van de wijziging'),
  entiteit: z.enum(TIJDLIJN_ENTITEITEN),
  entiteitId: id,
  versie: z.number(),
  soort: z.enum(WIJZIGING_SOORTEN),
  tijdstip: moment,
  veranderingen: z.record(z.string(), z.object({ oud: z.unknown(), nieuw: z.unknown() })),
  door: z.object({ naam: z.string(), organisatie: z.string() }),
});
export type TijdlijnRegel = z.infer<typeof tijdlijnRegelAntwoord>;

/** What the audit log records; the household's inzage list shows these in Dutch. */
export const AUDIT_GEBEURTENISSEN = [
  'inloggen',
  'uitloggen',
  'inloggen_mislukt',
  'toegang_geweigerd',
  'gebruiker_gewijzigd',
  'gebruiker_aangemaakt',
  'inrichting_gewijzigd',
  'huishoudens_gezocht',
  'werkvoorraad_ingezien',
  'huishouden_ingezien',
  'huishouden_aangemaakt',
  'huishouden_gewijzigd',
  'tijdlijn_ingezien',
  'inzage_ingezien',
  'verwijsindex_geraadpleegd',
  'verwijsindex_begrensd',
  'ervaringsmeting_ingevuld',
  'release_gepubliceerd',
  'rapportage_ingezien',
] as const;
export type AuditGebeurtenis = (typeof AUDIT_GEBEURTENISSEN)[number];
export const AUDIT_GEBEURTENIS_LABELS: Record<AuditGebeurtenis, string> = {
  inloggen: 'Ingelogd',
  uitloggen: 'Uitgelogd',
  inloggen_mislukt: 'Inloggen mislukt',
  toegang_geweigerd: 'Toegang geweigerd',
  gebruiker_gewijzigd: 'Account gewijzigd',
  gebruiker_aangemaakt: 'Account aangemaakt',
  inrichting_gewijzigd: 'Gemeente of organisatie gewijzigd',
  huishoudens_gezocht: 'Gezien in een lijst of zoekresultaat',
  werkvoorraad_ingezien: 'Gezien in de werkvoorraad',
  huishouden_ingezien: 'Dossier bekeken',
  huishouden_aangemaakt: 'Dossier aangemaakt',
  huishouden_gewijzigd: 'Dossier gewijzigd',
  tijdlijn_ingezien: 'Tijdlijn bekeken',
  inzage_ingezien: 'Dit overzicht bekeken',
  verwijsindex_geraadpleegd: '“Is dit huishouden bekend?” geraadpleegd',
  verwijsindex_begrensd: '“Is dit huishouden bekend?” geweigerd: te vaak geraadpleegd',
  ervaringsmeting_ingevuld: 'Ervaringsmeting ingevuld',
  release_gepubliceerd: 'Rapportage gepubliceerd',
  rapportage_ingezien: 'Rapportage bekeken',
};

/** One entry of "who read or changed this file" (GET /api/huishoudens/:id/inzage). */
export const inzageRegelAntwoord = z.object({
  tijdstip: moment,
  gebeurtenis: z.enum(AUDIT_GEBEURTENISSEN),
  gebruiker: z.string().nullable(),
  organisatie: z.string().nullable(),
});
export type InzageRegel = z.infer<typeof inzageRegelAntwoord>;

export const SIGNAAL_SOORTEN = ['plan_concept_te_lang', 'acties_verlopen', 'geen_activiteit', 'geen_plan', 'regie_ontbreekt', 'regie_evaluatie_verlopen', 'evaluatie_nodig'] as const;
export type Signaal = (typeof SIGNAAL_SOORTEN)[number];

/** One row of the werkvoorraad (GET /api/werkvoorraad): a household and what needs attention. */
export const werkvoorraadRegelAntwoord = z.object({
  huishouden: z.object({ id, naam: z.string(), postcode: z.string(), woonplaats: z.string(), gemeente: z.string() }),
  plan: z.object({ id, status: z.enum(PLAN_STATUSSEN), aangemaaktOp: moment }).nullable(),
  verlopenActies: z.number(),
  /** Open actions of which the signed-in user is the owner. */
  mijnOpenActies: z.number(),
  /** The first planned evaluation moment not yet held. */
  volgendeEvaluatie: datum.nullable(),
  regie: z.enum(REGIE_HOUDERS).nullable(),
  laatsteActiviteitOp: moment,
  /** Texts come from the API. */
  signalen: z.array(z.object({ soort: z.enum(SIGNAAL_SOORTEN), tekst: z.string() })),
});
export type WerkvoorraadRegel = z.infer<typeof werkvoorraadRegelAntwoord>;

/** Organisations and their active staff (GET /api/organisaties), to pick team members, consent and regisseurs. */
export const organisatieAntwoord = z.object({
  id,
  naam: z.string(),
  soort: z.enum(ORGANISATIESOORTEN),
  medewerkers: z.array(z.object({ id, naam: z.string(), rol: z.enum(ROLLEN) })),
});
export type Organisatie = z.infer<typeof organisatieAntwoord>;

/** "Is this household known?" (POST /api/verwijsindex): never plan content. */
export const verwijsindexAntwoord = z.object({
  bekend: z.boolean(),
  actiefPlan: z.boolean(),
  /** Whom to contact: the casemanager and, if any, the regisseur. Names and organisations only. */
  contact: z.array(z.object({ rol: z.enum(['casemanager', 'regisseur']), naam: z.string(), organisatie: z.string() })),
});
export type VerwijsindexAntwoord = z.infer<typeof verwijsindexAntwoord>;

/** A one-time link for the household's questionnaire (POST /api/evaluaties/:id/meetlink); shown once. */
export const meetlinkAntwoord = z.object({ url: z.string(), verlooptOp: moment });
export type Meetlink = z.infer<typeof meetlinkAntwoord>;

/** What the household sees of its questionnaire (GET /api/ervaring/:token): the statements only. */
export const ervaringVragenAntwoord = z.object({ stellingen: z.array(z.object({ id: z.enum(ERVARING_STELLINGEN), tekst: z.string() })) });
export type ErvaringVragen = z.infer<typeof ervaringVragenAntwoord>;

/** A user account as functioneel beheer sees it (GET /api/beheer/gebruikers). */
export const gebruikerOverzichtAntwoord = z.object({
  id,
  gebruikersnaam: z.string(),
  naam: z.string(),
  /** Null for accounts made before e-mail was asked (demo data). */
  email: z.string().nullable(),
  rol: z.enum(ROLLEN),
  organisatie: naamEnId,
  gemeenten: z.array(naamEnId),
  actief: z.boolean(),
});
export type GebruikerOverzicht = z.infer<typeof gebruikerOverzichtAntwoord>;

/**
 * Users whose verwijsindex lookups were refused for going over the hourly limit, for beheer
 * (GET /api/beheer/signalen/verwijsindex): a sign of someone trawling BSNs. Counts, never BSNs.
 */
export const verwijsindexBegrensdAntwoord = z.object({
  /** The period counted, in days back from now. */
  dagen: z.number(),
  gebruikers: z.array(
    z.object({
      gebruiker: z.object({ id: z.string(), gebruikersnaam: z.string(), naam: z.string() }),
      organisatie: naamEnId,
      geweigerd: z.number(),
      laatsteOp: moment,
    }),
  ),
});
export type VerwijsindexBegrensd = z.infer<typeof verwijsindexBegrensdAntwoord>;
/** One statement of the questionnaire, as the household sees it. */
export type Stelling = ErvaringVragen['stellingen'][number];
