import { AbilityBuilder, createMongoAbility, type ForcedSubject, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { Rol } from '@eenplan/contracts';

/**
 * The one definition of who may do what. The API enforces it (per route and, from the
 * huishouden issue on, per row in SQL); the web app loads the same rules to hide what a
 * user cannot do. The server always decides.
 */
export const ACTIES = ['read', 'create', 'update', 'delete', 'manage', 'inzage', 'bijdragen', 'toestemming'] as const;
export type Actie = (typeof ACTIES)[number];

export const SUBJECTEN = [
  'Profiel', // the signed-in user's own account and session
  'Sessie',
  'Werkvoorraad', // a consultant's or professional's work list
  'Rapportage', // anonymised aggregate reports (beleid)
  'Gebruiker', // accounts, managed by functioneel beheer
  'Organisatie',
  'Inrichting', // the region's set-up: gemeenten, organisaties and their gemeenten, reference lists (beheer only)
  'Huishouden', // a household's file: members, team, plan, doelen, acties, timeline
  'Actie', // one step of a plan; professionals may update their own
  'Verwijsindex', // "is this household known?" by BSN
  'all',
] as const;
export type Subject = (typeof SUBJECTEN)[number];

/**
 * The fields of a household that rules may name. The API turns conditions on them into SQL
 * (see apps/api huishouden-toegang), so a new field here needs a mapping there.
 */
export interface HuishoudenToegang {
  id: string;
  gemeenteId: string;
  casemanagerId: string;
  /** Ids of users currently in the household's team. */
  teamleden: string[];
  /**
   * Users the plan is shared with: in the team now AND either of the casemanager's organisation
   * or of an organisation with the household's current consent. The one rule for everyone
   * outside the casemanager's own reach, consultants and professionals alike.
   */
  gedeeldMet: string[];
  /** The professional holding regie under the current regie-afspraak, if any. */
  regisseurId: string | null;
}
export type HuishoudenSubject = HuishoudenToegang & ForcedSubject<'Huishouden'>;

export interface ActieToegang {
  eigenaarGebruikerId: string | null;
}
export type ActieSubject = ActieToegang & ForcedSubject<'Actie'>;

/** What a professional may change on an action they own. */
export const ACTIE_VELDEN_VOOR_EIGENAAR = ['status'] as const;

/** The field that holds a member's BSN: shown only to roles allowed to read it. */
export const BSN_VELD = 'bsn';

export type AppAbility = MongoAbility<[Actie, Subject | HuishoudenSubject | ActieSubject]>;
export type AppRegel = RawRuleOf<AppAbility>;

/** What the ability needs to know of a user; nothing more, so it is cheap to build per request. */
export interface AbilityGebruiker {
  id: string;
  rol: Rol;
  organisatieId: string;
  gemeenteIds: string[];
}

export function defineAbilityFor(gebruiker: AbilityGebruiker): AppAbility {
  const { can, cannot, build } = new AbilityBuilder<AppAbility>(createMongoAbility);

  // Everyone signed in may see their own profile and end their own session.
  can('read', 'Profiel');
  can('update', 'Profiel'); // link their own identity-provider account, enrol a second factor
  can('delete', 'Sessie');

  switch (gebruiker.rol) {
    case 'consulent': {
      const gedeeld = { gedeeldMet: gebruiker.id, gemeenteId: { $in: gebruiker.gemeenteIds } };
      can('read', 'Werkvoorraad');
      // Register households in their own gemeente(n) only.
      can('create', 'Huishouden', { gemeenteId: { $in: gebruiker.gemeenteIds } });
      // The casemanager sees and edits their households. Anyone else only while the plan is
      // shared with them (in the team, and their organisation is the casemanager's or has the
      // household's consent), in a gemeente they work for: being in the team is not enough.
      can(['read', 'update', 'bijdragen'], 'Huishouden', { casemanagerId: gebruiker.id });
      can(['read', 'update', 'bijdragen'], 'Huishouden', gedeeld);
      // Consent is the household's word to the casemanager: only they record or withdraw it.
      can('toestemming', 'Huishouden', { casemanagerId: gebruiker.id });
      // Actions are changed through the household: whoever may edit it may edit its actions.
      can('update', 'Actie');
      // "Who looked at my file" (AVG inzage) is for the casemanager.
      can('inzage', 'Huishouden', { casemanagerId: gebruiker.id });
      // "Is this household known?": existence and whom to contact, never content.
      can('read', 'Verwijsindex');
      can('read', 'Organisatie');
      break;
    }
    case 'professional': {
      const gedeeld = { gedeeldMet: gebruiker.id, gemeenteId: { $in: gebruiker.gemeenteIds } };
      can('read', 'Werkvoorraad');
      // Only households that invited them: the same rule as for consultants outside the
      // casemanager's reach (in the team, with consent, in a gemeente they work for).
      can(['read', 'bijdragen'], 'Huishouden', gedeeld);
      // As regisseur they keep the plan and the team current.
      can('update', 'Huishouden', { regisseurId: gebruiker.id, ...gedeeld });
      // Never the BSN: what they may not read they may not write either (a member's BSN sent
      // by a regisseur is refused, never silently stored or dropped).
      cannot(['read', 'update'], 'Huishouden', BSN_VELD);
      // Their own actions: the status only.
      can('update', 'Actie', [...ACTIE_VELDEN_VOOR_EIGENAAR], { eigenaarGebruikerId: gebruiker.id });
      can('read', 'Organisatie');
      break;
    }
    case 'beleid':
      // Policy staff see anonymised aggregates only, never case data; they publish the releases.
      can(['read', 'create'], 'Rapportage');
      break;
    case 'beheer':
      // Functioneel beheer: accounts, organisations and gemeenten, no case content.
      can(['read', 'create', 'update'], 'Gebruiker');
      can(['read', 'create', 'update'], 'Inrichting');
      can('read', 'Organisatie');
      break;
    default: {
      const onbekend: never = gebruiker.rol;
      throw new Error(`Onbekende rol: ${String(onbekend)}`);
    }
  }
  return build();
}

/** Rebuilds an ability from rules the API serialised (used by the web app). */
export function abilityFromRules(regels: AppRegel[]): AppAbility {
  return createMongoAbility<AppAbility>(regels);
}
