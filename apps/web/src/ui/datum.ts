/** Today as the API counts it (UTC calendar day, like the shared zod schemas). */
export function vandaag(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A calendar day n days from today, 'YYYY-MM-DD'. */
export function overDagen(dagen: number): string {
  return new Date(Date.now() + dagen * 86_400_000).toISOString().slice(0, 10);
}

const DAG = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MOMENT = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });

/** '2026-12-06' → '6 december 2026'; a timestamp → its day in the Netherlands. */
export function datumTekst(waarde: string | null | undefined): string {
  if (!waarde) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(waarde)) return DAG.format(new Date(`${waarde}T00:00:00Z`));
  const moment = new Date(waarde);
  if (Number.isNaN(moment.getTime())) return waarde;
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(moment);
}

/** A timestamp → '22 november 2026 om 21:55' (Dutch time). */
export function tijdstipTekst(waarde: string | null | undefined): string {
  if (!waarde) return '—';
  const moment = new Date(waarde);
  if (Number.isNaN(moment.getTime())) return waarde;
  return MOMENT.format(moment).replace(/ om |, /, ' om ');
}

/** Only the calendar day of a date or timestamp value, 'YYYY-MM-DD'. */
export function dagVan(waarde: string): string {
  return waarde.slice(0, 10);
}
