import { REGIE_HOUDER_LABELS } from '@eenplan/contracts';
import type { RegieAfspraak } from '@eenplan/contracts';

/** "Youssef El Amrani (AMW Midden-Limburg), regisseur" / "Het huishouden zelf" / "Oma Truus (netwerk)". */
export function regieTekst(regie: Pick<RegieAfspraak, 'houder' | 'netwerkNaam' | 'regisseurNaam' | 'regisseurOrganisatie'>): string {
  switch (regie.houder) {
    case 'huishouden':
      return REGIE_HOUDER_LABELS.huishouden;
    case 'netwerk':
      return `${regie.netwerkNaam ?? 'Iemand'} uit het netwerk`;
    case 'professional':
      return `${regie.regisseurNaam ?? 'Een professional'}${regie.regisseurOrganisatie ? ` (${regie.regisseurOrganisatie})` : ''}, regisseur`;
    default: {
      const onbekend: never = regie.houder;
      return String(onbekend);
    }
  }
}
