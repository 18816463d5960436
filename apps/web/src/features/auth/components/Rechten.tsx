import type { HuidigeGebruiker } from '@eenplan/contracts';
import { abilityFromRules, type Actie, type AppAbility, type AppRegel, type Subject } from '@eenplan/permissions';
import { AbilityProvider, useAbility } from '@casl/react';
import { useMemo, type ReactNode } from 'react';

/**
 * Makes the user's CASL ability (built from the rules the API sent) available to the pages.
 * It only hides what the user cannot do; the API decides on every request.
 */
export function RechtenVan({ gebruiker, children }: { gebruiker: HuidigeGebruiker; children: ReactNode }) {
  const ability = useMemo(() => abilityFromRules(gebruiker.regels as AppRegel[]), [gebruiker.regels]);
  return <AbilityProvider value={ability}>{children}</AbilityProvider>;
}

export function useRechten(): AppAbility {
  return useAbility<AppAbility>();
}

export type Recht = { actie: Actie; subject: Exclude<Subject, 'all'> };
