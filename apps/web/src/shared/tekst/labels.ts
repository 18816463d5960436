import { WET_LABELS, WETTEN, type ActieStatus, type DoelResultaat, type DoelStatus, type Wet } from '@eenplan/contracts';

// Labels the shared contracts do not have (yet): the statuses of goals and actions, and more.
export const DOEL_STATUS_LABELS: Record<DoelStatus, string> = { open: 'Nog niet begonnen', bezig: 'Mee bezig', behaald: 'Behaald', gestopt: 'Gestopt' };
export const ACTIE_STATUS_LABELS: Record<ActieStatus, string> = { open: 'Open', bezig: 'Mee bezig', gedaan: 'Gedaan', vervallen: 'Vervallen' };
/** When positieve gezondheid was measured. */
export const GEZONDHEID_MOMENT_LABELS: Record<'start' | 'evaluatie', string> = { start: 'Bij de start', evaluatie: 'Bij een evaluatie' };
export const DOEL_RESULTAAT_LABELS: Record<DoelResultaat, string> = { ja: 'Ja, behaald', deels: 'Deels behaald', nee: 'Niet behaald' };

/** The laws in their usual order: "Wmo 2015, Jeugdwet". */
export function wettenTekst(wetten: Wet[]): string {
  return WETTEN.filter((w) => wetten.includes(w))
    .map((w) => WET_LABELS[w])
    .join(', ');
}
