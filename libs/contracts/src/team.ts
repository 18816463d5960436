import { bsnVeld, idVeld, versieVeld } from './huishoudens.js';
import { datum, nietInToekomst, tekst, toelichting } from './velden.js';
import { z } from './zod-nl.js';

/** The law the support falls under: recorded separately from consent. */
export const WETTEN = ['wmo2015', 'jeugdwet', 'participatiewet'] as const;
export type Wet = (typeof WETTEN)[number];
export const WET_LABELS: Record<Wet, string> = { wmo2015: 'Wmo 2015', jeugdwet: 'Jeugdwet', participatiewet: 'Participatiewet' };

/** Steps of the meldcode huiselijk geweld en kindermishandeling. */
export const MELDCODE_STAPPEN = ['signalen_in_kaart', 'collegiale_consultatie', 'gesprek', 'wegen', 'hulp_organiseren', 'melden_veilig_thuis'] as const;
export type MeldcodeStap = (typeof MELDCODE_STAPPEN)[number];
export const MELDCODE_STAP_LABELS: Record<MeldcodeStap, string> = {
  signalen_in_kaart: 'Stap 1: signalen in kaart brengen',
  collegiale_consultatie: 'Stap 2: collegiale consultatie en advies Veilig Thuis',
  gesprek: 'Stap 3: gesprek met de betrokkene(n)',
  wegen: 'Stap 4: wegen van het geweld of de kindermishandeling',
  hulp_organiseren: 'Stap 5: beslissen — hulp organiseren',
  melden_veilig_thuis: 'Stap 5: beslissen — melden bij Veilig Thuis',
};

/** Who holds regie: the household itself, someone of its network, or a named professional. */
export const REGIE_HOUDERS = ['huishouden', 'netwerk', 'professional'] as const;
export type RegieHouder = (typeof REGIE_HOUDERS)[number];
export const REGIE_HOUDER_LABELS: Record<RegieHouder, string> = {
  huishouden: 'Het huishouden zelf',
  netwerk: 'Iemand uit het netwerk',
  professional: 'Een professional (regisseur)',
};

/** Why the app itself ended a regie-afspraak; none when it was ended by hand or replaced. */
export const REGIE_EINDE_REDENEN = ['toestemming_ingetrokken', 'teamlid_beeindigd', 'plan_afgesloten'] as const;
export type RegieEindeReden = (typeof REGIE_EINDE_REDENEN)[number];
export const REGIE_EINDE_REDEN_LABELS: Record<RegieEindeReden, string> = {
  toestemming_ingetrokken: 'de toestemming voor de organisatie van de regisseur is ingetrokken',
  teamlid_beeindigd: 'de regisseur is uit het team gehaald',
  plan_afgesloten: 'het plan van aanpak is afgesloten',
};

export const VOORTGANG = ['behaald', 'op_weg', 'geen_voortgang', 'gestopt'] as const;
export type Voortgang = (typeof VOORTGANG)[number];
export const VOORTGANG_LABELS: Record<Voortgang, string> = { behaald: 'Behaald', op_weg: 'Op weg', geen_voortgang: 'Geen voortgang', gestopt: 'Gestopt' };
export const GEHOORD_ANTWOORDEN = ['ja', 'deels', 'nee'] as const;


const periode = { van: datum('Vul de startdatum in (JJJJ-MM-DD).'), tot: datum('Vul een geldige einddatum in (JJJJ-MM-DD).').optional() };
const periodeKlopt = (p: { van: string; tot?: string | undefined }) => !p.tot || p.tot >= p.van;

export const teamlidSchema = z
  .discriminatedUnion(
    'soort',
    [
      z.object({ soort: z.literal('professional'), gebruikerId: idVeld, rol: tekst(100, 'Vul de rol in het plan in.'), ...periode }).strict(),
      z.object({ soort: z.literal('netwerk'), naam: tekst(200, 'Vul de naam in.'), relatie: tekst(100, 'Vul de relatie tot het huishouden in.'), rol: tekst(100, 'Vul de rol in het plan in.'), ...periode }).strict(),
    ],
    { message: 'Kies of het een professional of iemand uit het netwerk is.' },
  )
  .refine(periodeKlopt, { path: ['tot'], message: 'De einddatum ligt vóór de startdatum.' });
export type TeamlidInvoer = z.infer<typeof teamlidSchema>;

export const teamlidBeeindigenSchema = z.object({ versie: versieVeld, tot: datum('Vul de einddatum in (JJJJ-MM-DD).') }).strict();

export const toestemmingSchema = z
  .object({
    organisatieId: idVeld,
    gegevenOp: nietInToekomst('De datum van toestemming ligt in de toekomst.'),
    /** What the household agreed to share, in words the household recognises. */
    reikwijdte: tekst(500, 'Beschrijf waarvoor het huishouden toestemming gaf.', { meerdereRegels: true }),
  })
  .strict();
export const toestemmingIntrekkenSchema = z.object({ versie: versieVeld, ingetrokkenOp: nietInToekomst('De datum van intrekken ligt in de toekomst.') }).strict();

export const grondslagenSchema = z.object({ wetten: z.array(z.enum(WETTEN, { message: 'Kies Wmo 2015, Jeugdwet of Participatiewet.' })).max(3) }).strict();

export const veiligheidssignaalSchema = z
  .object({
    stap: z.enum(MELDCODE_STAPPEN, { message: 'Kies de stap van de meldcode.' }),
    datum: nietInToekomst('Deze datum ligt in de toekomst.'),
    toelichting: toelichting(2000),
  })
  .strict();

export const regieAfspraakSchema = z
  .object({
    houder: z.enum(REGIE_HOUDERS, { message: 'Kies wie de regie heeft.' }),
    netwerkNaam: tekst(200).optional(),
    regisseurId: idVeld.optional(),
    reden: tekst(2000, 'Beschrijf waarom de regie zo is belegd.', { meerdereRegels: true }),
    startdatum: datum('Vul de startdatum in (JJJJ-MM-DD).'),
    evaluatiedatum: datum('Vul de datum in waarop de afspraak wordt geëvalueerd.'),
    huishoudenAkkoord: z.literal(true, { message: 'Een regie-afspraak wordt alleen vastgelegd als het huishouden ermee instemt.' }),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.evaluatiedatum < r.startdatum) ctx.addIssue({ code: 'custom', path: ['evaluatiedatum'], message: 'De evaluatiedatum ligt vóór de startdatum.' });
    if (r.houder === 'professional' && !r.regisseurId) ctx.addIssue({ code: 'custom', path: ['regisseurId'], message: 'Kies welke professional de regie heeft.' });
    if (r.houder !== 'professional' && r.regisseurId) ctx.addIssue({ code: 'custom', path: ['regisseurId'], message: 'Alleen een professional kan regisseur zijn.' });
    if (r.houder === 'netwerk' && !r.netwerkNaam) ctx.addIssue({ code: 'custom', path: ['netwerkNaam'], message: 'Vul in wie uit het netwerk de regie heeft.' });
    if (r.houder !== 'netwerk' && r.netwerkNaam) ctx.addIssue({ code: 'custom', path: ['netwerkNaam'], message: 'Alleen bij regie door het netwerk hoort een naam uit het netwerk.' });
  });
export type RegieAfspraakInvoer = z.infer<typeof regieAfspraakSchema>;

export const evaluatiePlannenSchema = z.object({ geplandOp: datum('Vul de datum van het evaluatiemoment in (JJJJ-MM-DD).') }).strict();

export const evaluatieVastleggenSchema = z
  .object({
    versie: versieVeld,
    gehoudenOp: nietInToekomst('De evaluatie kan niet in de toekomst zijn gehouden.'),
    gehoordEnGezien: z.enum(GEHOORD_ANTWOORDEN, { message: 'Kies ja, deels of nee.' }),
    regiePassend: z.boolean({ message: 'Geef aan of de regie nog past.' }),
    toelichting: toelichting(4000),
    doelen: z
      .array(z.object({ doelId: idVeld, voortgang: z.enum(VOORTGANG, { message: 'Kies de voortgang.' }), toelichting: toelichting(2000) }).strict())
      .max(100)
      .superRefine((doelen, ctx) => {
        // One line per doel: the same doel twice would say two things about one goal.
        doelen.forEach((d, i) => {
          if (doelen.findIndex((ander) => ander.doelId === d.doelId) < i) ctx.addIssue({ code: 'custom', path: [i, 'doelId'], message: 'Dit doel staat er al: geef per doel één keer de voortgang.' });
        });
      }),
    volgendeMoment: datum('Vul een geldige datum in (JJJJ-MM-DD).').optional(),
  })
  .strict()
  .refine((e) => !e.volgendeMoment || e.volgendeMoment > e.gehoudenOp, { path: ['volgendeMoment'], message: 'Het volgende moment ligt na deze evaluatie.' });

export const bijdrageSchema = z.object({ tekst: tekst(4000, 'Schrijf uw bijdrage.', { meerdereRegels: true }) }).strict();

export const verwijsindexSchema = z.object({ bsn: bsnVeld }).strict();
