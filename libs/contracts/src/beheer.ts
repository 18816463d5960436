import { idVeld } from './huishoudens.js';
import { ORGANISATIESOORTEN, type Organisatiesoort } from './organisaties.js';
import { ROLLEN } from './rollen.js';
import { tekst } from './velden.js';
import { z } from './zod-nl.js';

// What functioneel beheer sends and gets under /api/beheer: gemeenten, organisaties and accounts.
// Names and ids only; never anything of a household.

export const ORGANISATIESOORT_LABELS: Record<Organisatiesoort, string> = {
  cjg: 'CJG',
  wmo: 'Wmo-team',
  amw: 'Algemeen maatschappelijk werk (AMW)',
  schuldhulpverlening: 'Schuldhulpverlening',
  ggz: 'GGZ',
  wijkverpleging: 'Wijkverpleging',
  veilig_thuis: 'Veilig Thuis',
  gi: 'Gecertificeerde instelling (GI)',
  onderwijs: 'Onderwijs',
  huisarts: 'Huisarts',
  gemeente: 'Gemeente',
  anders: 'Anders',
};

/** CBS municipality code: GM and four digits (GM0988 is Weert). */
const cbsCodeVeld = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^GM\d{4}$/, 'Vul de CBS-code in als GM gevolgd door vier cijfers, bijvoorbeeld GM0957.');

export const nieuweGemeenteInvoer = z.object({ naam: tekst(100, 'Vul de naam van de gemeente in.'), cbsCode: cbsCodeVeld }).strict();
export type NieuweGemeente = z.infer<typeof nieuweGemeenteInvoer>;
export const gemeenteWijzigingInvoer = z.object({ naam: tekst(100, 'Vul de naam van de gemeente in.').optional(), actief: z.boolean().optional() }).strict();
export type GemeenteWijziging = z.infer<typeof gemeenteWijzigingInvoer>;

export const beheerGemeenteAntwoord = z.object({ id: z.uuid(), naam: z.string(), cbsCode: z.string(), actief: z.boolean() });
export type BeheerGemeente = z.infer<typeof beheerGemeenteAntwoord>;

const gemeenteIdsVeld = z.array(idVeld).max(100);

export const nieuweOrganisatieInvoer = z
  .object({
    naam: tekst(200, 'Vul de naam van de organisatie in.'),
    soort: z.enum(ORGANISATIESOORTEN, { message: 'Kies wat voor organisatie het is.' }),
    gemeenteIds: gemeenteIdsVeld.min(1, 'Kies minstens één gemeente waarin de organisatie werkt.'),
  })
  .strict();
export type NieuweOrganisatie = z.infer<typeof nieuweOrganisatieInvoer>;
export const organisatieWijzigingInvoer = z
  .object({
    naam: tekst(200, 'Vul de naam van de organisatie in.').optional(),
    soort: z.enum(ORGANISATIESOORTEN, { message: 'Kies wat voor organisatie het is.' }).optional(),
    gemeenteIds: gemeenteIdsVeld.min(1, 'Kies minstens één gemeente waarin de organisatie werkt.').optional(),
  })
  .strict();
export type OrganisatieWijziging = z.infer<typeof organisatieWijzigingInvoer>;

export const beheerOrganisatieAntwoord = z.object({
  id: z.uuid(),
  naam: z.string(),
  soort: z.enum(ORGANISATIESOORTEN),
  gemeenten: z.array(z.object({ id: z.uuid(), naam: z.string() })),
});
export type BeheerOrganisatie = z.infer<typeof beheerOrganisatieAntwoord>;

const gebruikersnaamVeld = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,62}$/, 'Een gebruikersnaam heeft 2 tot 63 tekens: kleine letters, cijfers, punt, streepje of liggend streepje.');
const emailVeld = z.string().trim().toLowerCase().pipe(z.email('Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.')).pipe(z.string().max(254, 'Gebruik hoogstens 254 tekens.'));

export const nieuwAccountInvoer = z
  .object({
    gebruikersnaam: gebruikersnaamVeld,
    naam: tekst(200, 'Vul de naam in.'),
    email: emailVeld,
    rol: z.enum(ROLLEN, { message: 'Kies een rol.' }),
    organisatieId: idVeld,
    gemeenteIds: gemeenteIdsVeld,
  })
  .strict();
export type NieuwAccount = z.infer<typeof nieuwAccountInvoer>;

export const accountWijzigingInvoer = z
  .object({
    actief: z.boolean().optional(),
    rol: z.enum(ROLLEN, { message: 'Kies een rol.' }).optional(),
    organisatieId: idVeld.optional(),
    gemeenteIds: gemeenteIdsVeld.optional(),
  })
  .strict();
export type AccountWijziging = z.infer<typeof accountWijzigingInvoer>;

/** How the new user gets their invitation: by e-mail, or (without SMTP) the link shown once to beheer. */
export const uitnodigingAntwoord = z.object({
  verlooptOp: z.string(),
  perEmail: z.boolean(),
  /** Only when no e-mail was sent: shown to beheer once, never stored (only its hash is). */
  link: z.string().nullable(),
});
export type Uitnodiging = z.infer<typeof uitnodigingAntwoord>;

export const nieuwAccountAntwoord = z.object({
  account: z.object({ id: z.uuid(), naam: z.string(), gebruikersnaam: z.string() }),
  uitnodiging: uitnodigingAntwoord,
});
export type NieuwAccountAntwoord = z.infer<typeof nieuwAccountAntwoord>;

/** Accepting an invitation: the new password, twice typed in the web app, once sent. */
export const uitnodigingAanvaardenInvoer = z
  .object({
    wachtwoord: z
      .string()
      .min(12, 'Kies een wachtwoord van minstens 12 tekens.')
      .max(200, 'Gebruik hoogstens 200 tekens.')
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .refine((w) => !/[\u0000-\u001F\uD800-\uDFFF]/u.test(w), 'Het wachtwoord bevat tekens die er niet in horen.'),
  })
  .strict();
export type UitnodigingAanvaarden = z.infer<typeof uitnodigingAanvaardenInvoer>;
