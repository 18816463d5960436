import { isGeldigBsn } from './bsn.js';
import { LEEFGEBIEDEN } from './leefgebieden.js';
import { datum, MELDING_TEKENS, paginering, tekst, tekstProbleem, toelichting, vandaag } from './velden.js';
import { z } from './zod-nl.js';

export const LID_ROLLEN = ['ouder', 'partner', 'kind', 'pleegkind', 'grootouder', 'overig'] as const;
export type LidRol = (typeof LID_ROLLEN)[number];
export const LID_ROL_LABELS: Record<LidRol, string> = {
  ouder: 'Ouder',
  partner: 'Partner',
  kind: 'Kind',
  pleegkind: 'Pleegkind',
  grootouder: 'Grootouder',
  overig: 'Overig',
};

export const HUISHOUDEN_STATUSSEN = ['actief', 'afgesloten'] as const;
export type HuishoudenStatus = (typeof HUISHOUDEN_STATUSSEN)[number];

export const PLAN_STATUSSEN = ['concept', 'vastgesteld', 'afgesloten'] as const;
export type PlanStatus = (typeof PLAN_STATUSSEN)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = { concept: 'Concept', vastgesteld: 'Vastgesteld', afgesloten: 'Afgesloten' };

/** Why a plan was closed; `huishouden_stopt` and `geen_contact` count as uitval (drop-out). */
export const AFSLUITREDENEN = ['doelen_bereikt', 'overgedragen', 'verhuisd', 'huishouden_stopt', 'geen_contact', 'anders'] as const;
export type Afsluitreden = (typeof AFSLUITREDENEN)[number];
export const AFSLUITREDEN_LABELS: Record<Afsluitreden, string> = {
  doelen_bereikt: 'Doelen bereikt',
  overgedragen: 'Overgedragen aan andere hulp',
  verhuisd: 'Huishouden verhuisd',
  huishouden_stopt: 'Huishouden stopt zonder afspraak',
  geen_contact: 'Geen contact meer',
  anders: 'Anders',
};

export const DOEL_STATUSSEN = ['open', 'bezig', 'behaald', 'gestopt'] as const;
export type DoelStatus = (typeof DOEL_STATUSSEN)[number];
export const DOEL_RESULTATEN = ['ja', 'deels', 'nee'] as const;
export type DoelResultaat = (typeof DOEL_RESULTATEN)[number];

export const ACTIE_STATUSSEN = ['open', 'bezig', 'gedaan', 'vervallen'] as const;
export type ActieStatus = (typeof ACTIE_STATUSSEN)[number];
export const ACTIE_EIGENAARS = ['huishouden', 'netwerk', 'professional'] as const;
export type ActieEigenaar = (typeof ACTIE_EIGENAARS)[number];
export const ACTIE_EIGENAAR_LABELS: Record<ActieEigenaar, string> = {
  huishouden: 'Het huishouden',
  netwerk: 'Iemand uit het netwerk',
  professional: 'Een betrokken professional',
};

// At most PostgreSQL's integer, so a huge number is a 400, not a database error.
export const versieVeld = z.number({ message: 'De versie ontbreekt: laad de gegevens opnieuw.' }).int().min(1).max(2_147_483_647);
export const idVeld = z.uuid('Dit is geen geldig id.');

export const MELDING_BSN_DUBBEL_IN_HUISHOUDEN = 'Dit BSN staat al bij een ander lid van dit huishouden';
export const MELDING_BSN_IN_ANDER_HUISHOUDEN =
  'Dit BSN staat al bij een lid van een ander actief huishouden. Een BSN hoort bij één actief huishouden, tenzij u vastlegt waarom (co-ouderschap of verblijf in twee huishoudens). Wie u kunt bellen, vindt u in de verwijsindex.';

export const bsnVeld = z
  .string()
  .trim()
  .regex(/^\d{9}$/, 'Een BSN heeft 9 cijfers.')
  .refine(isGeldigBsn, 'Dit BSN is ongeldig (het voldoet niet aan de elfproef).');

export const postcodeVeld = z
  .string()
  .trim()
  .transform((p) => p.toUpperCase().replace(/\s+/g, ''))
  .pipe(z.string().regex(/^[1-9]\d{3}[A-Z]{2}$/, 'Vul een postcode in als 1234 AB.'))
  .transform((p) => `${p.slice(0, 4)} ${p.slice(4)}`);

/**
 * Why a BSN may be in a second active household: a BSN belongs to one active household, unless
 * the consultant records one of these. Never a reason for the same BSN twice in one household.
 */
export const TWEEDE_HUISHOUDEN_REDENEN = ['co_ouderschap', 'verblijf_twee_huishoudens'] as const;
export type TweedeHuishoudenReden = (typeof TWEEDE_HUISHOUDEN_REDENEN)[number];
export const TWEEDE_HUISHOUDEN_REDEN_LABELS: Record<TweedeHuishoudenReden, string> = {
  co_ouderschap: 'Co-ouderschap',
  verblijf_twee_huishoudens: 'Verblijft in twee huishoudens',
};
export const tweedeHuishoudenRedenVeld = z.enum(TWEEDE_HUISHOUDEN_REDENEN, { message: 'Kies co-ouderschap of verblijf in twee huishoudens.' });

const geboortedatum = datum().refine((d) => d <= vandaag(), 'De geboortedatum moet tussen 1900 en vandaag liggen.');

export const lidSchema = z
  .object({
    voornaam: tekst(100, 'Vul de voornaam in.'),
    achternaam: tekst(100, 'Vul de achternaam in.'),
    geboortedatum,
    rol: z.enum(LID_ROLLEN, { message: 'Kies de rol in het huishouden.' }),
    bsn: bsnVeld.optional(),
    /** Given when this BSN is also in another active household, and why. */
    tweedeHuishoudenReden: tweedeHuishoudenRedenVeld.optional(),
  })
  .strict();
export type LidInvoer = z.infer<typeof lidSchema>;
/** `tweedeHuishoudenReden: null` takes a recorded reason away again. */
export const lidWijzigenSchema = lidSchema.partial().extend({ versie: versieVeld, tweedeHuishoudenReden: tweedeHuishoudenRedenVeld.nullable().optional() }).strict();

const adres = {
  straat: tekst(200, 'Vul de straat in.'),
  huisnummer: z.string().trim().regex(/^\d{1,5}\s?[a-zA-Z0-9-]{0,6}$/, 'Vul een huisnummer in, eventueel met toevoeging (12, 12a, 12-2).'),
  postcode: postcodeVeld,
  woonplaats: tekst(100, 'Vul de woonplaats in.'),
};

export const nieuwHuishoudenSchema = z
  .object({
    gemeenteId: idVeld,
    ...adres,
    leden: z
      .array(lidSchema)
      .min(1, 'Voeg minstens één lid van het huishouden toe.')
      .max(20, 'Een huishouden heeft hoogstens 20 leden.')
      .superRefine((leden, ctx) => {
        // One person is one member: the same BSN twice in one household is refused, whatever the reason.
        const eerder = new Map<string, number>();
        leden.forEach((lid, i) => {
          if (!lid.bsn) return;
          const j = eerder.get(lid.bsn);
          if (j === undefined) eerder.set(lid.bsn, i);
          else ctx.addIssue({ code: 'custom', path: [i, 'bsn'], message: `${MELDING_BSN_DUBBEL_IN_HUISHOUDEN} (lid ${j + 1} heeft hetzelfde BSN).` });
        });
      }),
  })
  .strict();
export type NieuwHuishoudenInvoer = z.infer<typeof nieuwHuishoudenSchema>;

/**
 * `POST /api/huishoudens` takes this header: one value per registration form, kept when the
 * form is sent again, so a double click or a resent form registers the household once.
 */
export const IDEMPOTENTIE_HEADER = 'Idempotency-Key';
export const idempotentieSleutelVeld = z
  .string()
  .regex(/^[\x21-\x7E]{8,200}$/, 'De Idempotency-Key is 8 tot 200 zichtbare tekens (bijvoorbeeld een UUID).');

export const huishoudenWijzigenSchema = z.object({ versie: versieVeld, straat: adres.straat.optional(), huisnummer: adres.huisnummer.optional(), postcode: adres.postcode.optional(), woonplaats: adres.woonplaats.optional() }).strict();

export const SORTERINGEN = ['naam', '-naam', 'postcode', '-postcode', 'bijgewerkt', '-bijgewerkt'] as const;
export const huishoudenLijstSchema = z
  .object({
    zoek: z
      .string()
      .normalize('NFC')
      .trim()
      .max(100, 'Zoek met hoogstens 100 tekens.')
      .refine((w) => tekstProbleem(w) === null, MELDING_TEKENS)
      .optional(),
    ...paginering,
    sorteer: z.enum(SORTERINGEN, { message: `Sorteer op ${SORTERINGEN.join(', ')}.` }).default('-bijgewerkt'),
  })
  .strict();
export type HuishoudenLijstQuery = z.infer<typeof huishoudenLijstSchema>;

export const nieuwDoelSchema = z
  .object({
    leefgebied: z.enum(LEEFGEBIEDEN, { message: 'Kies een leefgebied.' }),
    omschrijving: tekst(2000, 'Beschrijf het doel in de woorden van het huishouden.', { meerdereRegels: true }),
    prioriteit: z.number({ message: 'De prioriteit moet een getal zijn.' }).int().min(1, 'De prioriteit is 1 of hoger.').max(99),
  })
  .strict();
export const doelWijzigenSchema = nieuwDoelSchema
  .partial()
  .extend({ versie: versieVeld, status: z.enum(DOEL_STATUSSEN, { message: 'Kies een geldige status.' }).optional() })
  .strict();

const actieVelden = z.object({
  omschrijving: tekst(2000, 'Beschrijf de actie.', { meerdereRegels: true }),
  eigenaarSoort: z.enum(ACTIE_EIGENAARS, { message: 'Kies wie de actie uitvoert.' }),
  /** Name of the household member or network person; for a professional, leave empty and give eigenaarGebruikerId. */
  eigenaarNaam: tekst(200).optional(),
  eigenaarGebruikerId: idVeld.optional(),
  deadline: datum('Vul een geldige deadline in (JJJJ-MM-DD).'),
});
export const nieuweActieSchema = actieVelden.strict().superRefine((a, ctx) => {
  if (a.eigenaarSoort === 'professional' && !a.eigenaarGebruikerId) {
    ctx.addIssue({ code: 'custom', path: ['eigenaarGebruikerId'], message: 'Kies welke professional de actie uitvoert.' });
  }
  if (a.eigenaarSoort !== 'professional' && !a.eigenaarNaam) {
    ctx.addIssue({ code: 'custom', path: ['eigenaarNaam'], message: 'Vul in wie de actie uitvoert.' });
  }
});
export const actieWijzigenSchema = actieVelden
  .partial()
  .extend({ versie: versieVeld, status: z.enum(ACTIE_STATUSSEN, { message: 'Kies een geldige status.' }).optional() })
  .strict();

export const planVaststellenSchema = z
  .object({
    versie: versieVeld,
    akkoordHuishoudenOp: datum('Vul de datum in waarop het huishouden akkoord gaf.').refine((d) => d <= vandaag(), 'Deze datum ligt in de toekomst.'),
  })
  .strict();

export const planAfsluitenSchema = z
  .object({
    versie: versieVeld,
    reden: z.enum(AFSLUITREDENEN, { message: 'Kies een reden van afsluiten.' }),
    toelichting: toelichting(2000),
    resultaten: z.array(z.object({ doelId: idVeld, resultaat: z.enum(DOEL_RESULTATEN, { message: 'Kies ja, deels of nee.' }) }).strict()).max(200),
  })
  .strict();

export const nieuwPlanSchema = z.object({}).strict();
