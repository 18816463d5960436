import type { PlanActie, HuishoudenDetail } from '@eenplan/contracts';

/** Who carries out an action, as a sentence part: "Sjef (huishouden)", "Youssef El Amrani (professional)". */
export function eigenaarTekst(actie: PlanActie): string {
  switch (actie.eigenaarSoort) {
    case 'huishouden':
      return `${actie.eigenaarNaam ?? 'Het huishouden'} (huishouden)`;
    case 'netwerk':
      return `${actie.eigenaarNaam ?? 'Iemand'} (netwerk)`;
    case 'professional':
      return actie.eigenaarGebruiker ? `${actie.eigenaarGebruiker.naam} (professional)` : 'Een professional';
    default: {
      const onbekend: never = actie.eigenaarSoort;
      return String(onbekend);
    }
  }
}

/** Professionals who may own an action: the casemanager and the current professionals of the team. */
export function professionalsVan(huishouden: HuishoudenDetail): { id: string; naam: string; organisatie: string }[] {
  const lijst = [{ id: huishouden.casemanager.id, naam: huishouden.casemanager.naam, organisatie: huishouden.casemanager.organisatie }];
  for (const lid of huishouden.team) {
    if (lid.soort === 'professional' && lid.actueel && lid.gebruikerId && !lijst.some((p) => p.id === lid.gebruikerId)) {
      lijst.push({ id: lid.gebruikerId, naam: lid.naam, organisatie: lid.organisatie ?? '' });
    }
  }
  return lijst;
}
