import { AbilityBuilder, createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { Rol } from '@eenplan/contracts';

/**
 * The one definition of who may do what. The API enforces it (per route and, from the
 * huishouden issue on, per row in SQL); the web app loads the same rules to hide what a
 * user cannot do. The server always decides.
 */
export const ACTIES = ['read', 'create', 'update', 'delete', 'manage'] as const;
export type Actie = (typeof ACTIES)[number];

export const SUBJECTEN = [
  'Profiel', // the signed-in user's own account and session
  'Sessie',
  'Werkvoorraad', // a consultant's or professional's work list
  'Rapportage', // anonymised aggregate reports (beleid)
  'Gebruiker', // accounts, managed by functioneel beheer
  'Organisatie',
  'all',
] as const;
export type Subject = (typeof SUBJECTEN)[number];

export type AppAbility = MongoAbility<[Actie, Subject]>;
export type AppRegel = RawRuleOf<AppAbility>;

/** What the ability needs to know of a user; nothing more, so it is cheap to build per request. */
export interface AbilityGebruiker {
  id: string;
  rol: Rol;
  organisatieId: string;
  gemeenteIds: string[];
}

export function defineAbilityFor(gebruiker: AbilityGebruiker): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);

  // Everyone signed in may see their own profile and end their own session.
  can('read', 'Profiel');
  can('delete', 'Sessie');

  switch (gebruiker.rol) {
    case 'consulent':
      can('read', 'Werkvoorraad');
      break;
    case 'professional':
      can('read', 'Werkvoorraad');
      break;
    case 'beleid':
      // Policy staff see anonymised aggregates only, never case data.
      can('read', 'Rapportage');
      break;
    case 'beheer':
      // Functioneel beheer: accounts and organisations, no case content.
      can(['read', 'update'], 'Gebruiker');
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
