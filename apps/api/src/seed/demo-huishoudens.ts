import type { ActieEigenaar, Afsluitreden, DoelResultaat, Leefgebied, LidRol } from '@eenplan/contracts';
import type { EntityManager } from 'typeorm';
import { enkeleRij } from '../common/sql.js';

/** Deterministic pseudo-random numbers, so every fresh demo database looks the same. */
export function maakRandom(zaad: number) {
  let s = zaad >>> 0;
  const volgende = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return { getal: volgende, kies: <T>(lijst: readonly T[]): T => lijst[Math.floor(volgende() * lijst.length)]!, tussen: (min: number, max: number) => min + Math.floor(volgende() * (max - min + 1)) };
}
type Random = ReturnType<typeof maakRandom>;

/** A BSN that passes the elfproef (fictitious: demo data only). */
export function demoBsn(r: Random): string {
  for (;;) {
    const cijfers = Array.from({ length: 8 }, () => r.tussen(0, 9));
    const som = cijfers.reduce((acc, c, i) => acc + c * (9 - i), 0);
    const laatste = som % 11;
    if (laatste <= 9 && cijfers.some((c) => c > 0)) return cijfers.join('') + String(laatste);
  }
}

const ACHTERNAMEN = ['Janssen', 'Peeters', 'Hendriks', 'Smeets', 'Willems', 'Coenen', 'Geraedts', 'Verheijen', 'Beckers', 'Kessels', 'Bongers', 'Hermans', 'Gielen', 'Vossen', 'Moonen', 'Claessens', 'El Idrissi', 'Yilmaz', 'Nowak', 'Bakker'];
const VOORNAMEN_VOLWASSEN = ['Maria', 'Jos', 'Anja', 'Ruud', 'Ilse', 'Hamza', 'Patricia', 'Sjef', 'Monique', 'Aylin', 'Kevin', 'Marieke', 'Piotr', 'Yvonne'];
const VOORNAMEN_KIND = ['Daan', 'Lotte', 'Sem', 'Julia', 'Noah', 'Emma', 'Milan', 'Sara', 'Luuk', 'Nora', 'Finn', 'Zoë'];
const STRATEN: Record<string, { straten: string[]; postcodes: string[]; plaatsen: string[] }> = {
  Weert: { straten: ['Maasstraat', 'Beekstraat', 'Wilhelminasingel', 'Ittervoorterweg', 'Biest'], postcodes: ['6001', '6002', '6003', '6004', '6006'], plaatsen: ['Weert', 'Stramproy'] },
  Leudal: { straten: ['Kerkstraat', 'Markt', 'Roggelseweg', 'Napoleonsbaan'], postcodes: ['6081', '6086', '6093', '6099'], plaatsen: ['Haelen', 'Neer', 'Heythuysen', 'Baexem'] },
  Nederweert: { straten: ['Brugstraat', 'Pastoor Vullinghsplein', 'Budschopweg', 'Hoofdstraat'], postcodes: ['6031', '6034'], plaatsen: ['Nederweert', 'Ospel'] },
};

/** Goals in the household's own words, with a concrete first step, per leefgebied. */
const DOELEN: Record<Leefgebied, [string, string][]> = {
  wonen: [['We willen een huis waar we niet elke maand bang zijn om eruit te moeten', 'Afspraak maken met de woningcorporatie over de huurachterstand']],
  werk_dagbesteding: [['Ik wil weer iets doen overdag, het liefst met mijn handen', 'Kennismaken bij de dagbesteding in de kringloopwinkel']],
  inkomen_schulden: [['Rust over geld: weten wat er binnenkomt en wat eruit gaat', 'Alle post van de afgelopen drie maanden samen sorteren'], ['Geen aanmaningen meer op de mat', 'Aanmelden bij schuldhulpverlening']],
  psychische_gezondheid: [['Ik wil weer kunnen slapen en minder piekeren', 'Met de huisarts praten over een verwijzing naar de POH-GGZ']],
  fysieke_gezondheid: [['Mijn rug moet minder pijn doen zodat ik de kinderen naar school kan brengen', 'Afspraak bij de fysiotherapeut maken']],
  opvoeding_ontwikkeling: [['Minder ruzie thuis over bedtijd en schermen', 'Drie avonden een vast avondritueel proberen'], ['Onze zoon moet weer plezier hebben in school', 'Gesprek met de mentor plannen']],
  veiligheid: [['Iedereen in huis moet zich veilig voelen', 'Veiligheidsplan met het gezin opstellen']],
  sociaal_netwerk: [['Ik wil iemand hebben die ik kan bellen als het misgaat', 'Buurvrouw vragen of zij één keer per week langskomt']],
  onderwijs: [['Onze dochter wil haar diploma halen', 'Huiswerkbegeleiding regelen via school']],
};

export interface DemoContext {
  gemeenten: Record<string, string>;
  gebruikers: Record<string, string>;
  nu: Date;
}

/** About thirty households across the three gemeenten, with plans in every status. */
export async function seedDemoHuishoudens(tx: EntityManager, ctx: DemoContext): Promise<number> {
  const r = maakRandom(2026);
  const verdeling: [string, string, number][] = [
    ['Weert', 'consulent.weert', 12],
    ['Leudal', 'consulent.leudal', 10],
    ['Nederweert', 'consulent.nederweert', 8],
  ];
  const dag = 86_400_000;
  const datum = (d: Date) => d.toISOString().slice(0, 10);
  let aantal = 0;
  // A BSN belongs to one active household: never hand out the same one twice.
  const bsns = new Set<string>();
  const nieuwBsn = () => {
    let bsn = demoBsn(r);
    while (bsns.has(bsn)) bsn = demoBsn(r);
    bsns.add(bsn);
    return bsn;
  };
  for (const [gemeente, consulent, hoeveel] of verdeling) {
    const plaats = STRATEN[gemeente]!;
    for (let i = 0; i < hoeveel; i += 1) {
      aantal += 1;
      const achternaam = ACHTERNAMEN[(aantal * 7) % ACHTERNAMEN.length]!;
      const aangemaakt = new Date(ctx.nu.getTime() - r.tussen(5, 400) * dag);
      const casemanager = ctx.gebruikers[consulent]!;
      const h = await enkeleRij<{ id: string }>(
        tx,
        `INSERT INTO huishouden (gemeente_id, casemanager_id, naam, straat, huisnummer, postcode, woonplaats, aangemaakt_op, laatste_activiteit_op)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
        [ctx.gemeenten[gemeente], casemanager, achternaam, r.kies(plaats.straten), String(r.tussen(1, 180)), `${r.kies(plaats.postcodes)} ${String.fromCharCode(65 + r.tussen(0, 25))}${String.fromCharCode(65 + r.tussen(0, 25))}`, r.kies(plaats.plaatsen), aangemaakt],
      );
      const wijziging = async (entiteit: string, id: string, versie: number, soort: string, op: Date): Promise<void> => {
        await tx.query(`INSERT INTO wijziging (huishouden_id, entiteit, entiteit_id, versie, soort, gebruiker_id, tijdstip) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [h.id, entiteit, id, versie, soort, casemanager, op]);
      };
      await wijziging('huishouden', h.id, 1, 'aangemaakt', aangemaakt);

      const leden: [string, string, LidRol][] = [[r.kies(VOORNAMEN_VOLWASSEN), `${r.tussen(1968, 1998)}-0${r.tussen(1, 9)}-1${r.tussen(0, 9)}`, 'ouder']];
      if (r.getal() < 0.5) leden.push([r.kies(VOORNAMEN_VOLWASSEN), `${r.tussen(1965, 1998)}-1${r.tussen(0, 2)}-0${r.tussen(1, 9)}`, 'partner']);
      for (let k = r.tussen(0, 3); k > 0; k -= 1) leden.push([r.kies(VOORNAMEN_KIND), `${r.tussen(2008, 2023)}-0${r.tussen(1, 9)}-2${r.tussen(0, 8)}`, 'kind']);
      for (const [voornaam, geboortedatum, rol] of leden) {
        await tx.query(`INSERT INTO lid (huishouden_id, voornaam, achternaam, geboortedatum, rol, bsn) VALUES ($1, $2, $3, $4, $5, $6)`, [
          h.id,
          voornaam,
          achternaam,
          geboortedatum,
          rol,
          r.getal() < 0.7 ? nieuwBsn() : null,
        ]);
      }
      // Some households have a second consultant in their team (e.g. CJG and Wmo together).
      if (aantal % 5 === 0) {
        const ander = consulent === 'consulent.weert' ? 'consulent.nederweert' : 'consulent.weert';
        await tx.query(`INSERT INTO betrokkene (huishouden_id, gebruiker_id, organisatie_id, rol, van) SELECT $1, id, organisatie_id, 'consulent', $3 FROM gebruiker WHERE id = $2`, [h.id, ctx.gebruikers[ander], datum(aangemaakt)]);
      }

      // Plan status: roughly a third concept, half vastgesteld, the rest afgesloten.
      const soort = aantal % 6 === 0 || aantal % 6 === 3 ? 'concept' : aantal % 6 === 5 ? 'afgesloten' : 'vastgesteld';
      const plan = await enkeleRij<{ id: string }>(tx, `INSERT INTO plan (huishouden_id, aangemaakt_op) VALUES ($1, $2) RETURNING id`, [h.id, aangemaakt]);
      await wijziging('plan', plan.id, 1, 'aangemaakt', aangemaakt);
      const leefgebieden = [...new Set(Array.from({ length: r.tussen(1, 4) }, () => r.kies(Object.keys(DOELEN) as Leefgebied[])))];
      const doelIds: string[] = [];
      for (const [index, leefgebied] of leefgebieden.entries()) {
        const [omschrijving, eersteStap] = r.kies(DOELEN[leefgebied]);
        const doel = await enkeleRij<{ id: string }>(tx, `INSERT INTO doel (plan_id, leefgebied, omschrijving, prioriteit, status, aangemaakt_op) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [
          plan.id,
          leefgebied,
          omschrijving,
          index + 1,
          soort === 'vastgesteld' ? 'bezig' : 'open',
          aangemaakt,
        ]);
        doelIds.push(doel.id);
        const eigenaar: ActieEigenaar = r.kies(['huishouden', 'netwerk', 'professional'] as const);
        const deadline = new Date(ctx.nu.getTime() + r.tussen(-30, 45) * dag);
        await tx.query(
          `INSERT INTO actie (doel_id, omschrijving, eigenaar_soort, eigenaar_naam, eigenaar_gebruiker_id, deadline, status, aangemaakt_op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [doel.id, eersteStap, eigenaar, eigenaar === 'huishouden' ? leden[0]![0] : eigenaar === 'netwerk' ? 'Buurvrouw' : null, eigenaar === 'professional' ? casemanager : null, datum(deadline), r.getal() < 0.3 ? 'gedaan' : 'open', aangemaakt],
        );
      }
      if (soort !== 'concept') {
        const vastgesteld = new Date(aangemaakt.getTime() + r.tussen(3, 20) * dag);
        await tx.query(`UPDATE plan SET status = 'vastgesteld', versie = 2, vastgesteld_op = $2, akkoord_huishouden_op = $3 WHERE id = $1`, [plan.id, vastgesteld, datum(vastgesteld)]);
        await wijziging('plan', plan.id, 2, 'vastgesteld', vastgesteld);
      }
      if (soort === 'afgesloten') {
        const reden: Afsluitreden = r.kies(['doelen_bereikt', 'doelen_bereikt', 'overgedragen', 'huishouden_stopt', 'geen_contact'] as const);
        const afgesloten = new Date(aangemaakt.getTime() + r.tussen(60, 300) * dag);
        const eind = afgesloten > ctx.nu ? ctx.nu : afgesloten;
        await tx.query(`UPDATE plan SET status = 'afgesloten', versie = 3, afgesloten_op = $2, afsluitreden = $3 WHERE id = $1`, [plan.id, eind, reden]);
        for (const doelId of doelIds) {
          const resultaat: DoelResultaat = reden === 'doelen_bereikt' ? r.kies(['ja', 'ja', 'deels'] as const) : r.kies(['deels', 'nee'] as const);
          await tx.query(`UPDATE doel SET resultaat = $2, status = $3, versie = 2 WHERE id = $1`, [doelId, resultaat, resultaat === 'nee' ? 'gestopt' : 'behaald']);
        }
        await tx.query(`UPDATE huishouden SET status = 'afgesloten' WHERE id = $1`, [h.id]);
        await wijziging('plan', plan.id, 3, 'afgesloten', eind);
      }
      await seedTeamEnRegie(tx, ctx, r, { huishoudenId: h.id, planId: plan.id, casemanager, nummer: aantal, soort, aangemaakt, doelIds, heeftKinderen: leden.some(([, , rol]) => rol === 'kind') });
      const laatste = new Date(Math.min(ctx.nu.getTime(), aangemaakt.getTime() + r.tussen(0, 120) * dag));
      await tx.query(`UPDATE huishouden SET laatste_activiteit_op = $2 WHERE id = $1`, [h.id, laatste]);
    }
  }
  return aantal;
}

interface TeamContext {
  huishoudenId: string;
  planId: string;
  casemanager: string;
  nummer: number;
  soort: 'concept' | 'vastgesteld' | 'afgesloten';
  aangemaakt: Date;
  doelIds: string[];
  heeftKinderen: boolean;
}

/**
 * Professionals with (and one without) consent, regie-afspraken of all three kinds, held and
 * planned evaluations, legal bases and one safety signal. Some complex cases are left without
 * regie on purpose, so the werkvoorraad shows that signal.
 */
async function seedTeamEnRegie(tx: EntityManager, ctx: DemoContext, r: Random, h: TeamContext): Promise<void> {
  const dag = 86_400_000;
  const datum = (d: Date) => d.toISOString().slice(0, 10);
  const start = datum(h.aangemaakt);
  const professional = async (gebruikersnaam: string, rol: string, toestemming: 'ja' | 'nee' | 'ingetrokken') => {
    await tx.query(`INSERT INTO betrokkene (huishouden_id, soort, gebruiker_id, organisatie_id, rol, van) SELECT $1, 'professional', id, organisatie_id, $3, $4 FROM gebruiker WHERE id = $2`, [
      h.huishoudenId, ctx.gebruikers[gebruikersnaam], rol, start,
    ]);
    if (toestemming === 'nee') return;
    await tx.query(
      `INSERT INTO toestemming (huishouden_id, organisatie_id, gegeven_op, reikwijdte, vastgelegd_door, ingetrokken_op, ingetrokken_door)
       SELECT $1, organisatie_id, $3, 'Plan van aanpak, team en evaluaties', $4, $5, $6 FROM gebruiker WHERE id = $2`,
      [h.huishoudenId, ctx.gebruikers[gebruikersnaam], start, h.casemanager, toestemming === 'ingetrokken' ? datum(new Date(ctx.nu.getTime() - 10 * dag)) : null, toestemming === 'ingetrokken' ? h.casemanager : null],
    );
  };
  if (h.nummer % 3 === 0) await professional('professional.amw', 'Maatschappelijk werk', 'ja');
  if (h.nummer % 4 === 0) await professional('professional.schuldhulp', 'Schuldhulpverlening', 'ja');
  if (h.nummer % 7 === 0) await professional('professional.ggz', 'Behandelaar', h.nummer % 2 === 0 ? 'ingetrokken' : 'nee');
  if (h.nummer % 5 === 2) {
    await tx.query(`INSERT INTO betrokkene (huishouden_id, soort, naam, relatie, rol, van) VALUES ($1, 'netwerk', 'Anja', 'zus', 'Helpt met post en afspraken', $2)`, [h.huishoudenId, start]);
  }

  await tx.query(`INSERT INTO grondslag (huishouden_id, wet) VALUES ($1, 'wmo2015')`, [h.huishoudenId]);
  if (h.heeftKinderen) await tx.query(`INSERT INTO grondslag (huishouden_id, wet) VALUES ($1, 'jeugdwet')`, [h.huishoudenId]);

  // Regie: the household itself, its network, or the AMW professional as regisseur; some complex cases have none.
  const regie = async (houder: 'huishouden' | 'netwerk' | 'professional', reden: string) => {
    const evaluatie = new Date(ctx.nu.getTime() + r.tussen(-20, 90) * dag);
    await tx.query(
      `INSERT INTO regie_afspraak (huishouden_id, houder, netwerk_naam, regisseur_id, reden, startdatum, evaluatiedatum, huishouden_akkoord, vastgelegd_door) VALUES ($1, $2, $3, $4, $5, $6, $7, true, $8)`,
      [h.huishoudenId, houder, houder === 'netwerk' ? 'Anja (zus)' : null, houder === 'professional' ? ctx.gebruikers['professional.amw'] : null, reden, start, datum(evaluatie < h.aangemaakt ? new Date(h.aangemaakt.getTime() + 30 * dag) : evaluatie), h.casemanager],
    );
  };
  if (h.soort !== 'afgesloten') {
    if (h.nummer % 3 === 0 && h.nummer % 2 === 0) await regie('professional', 'Veel partijen betrokken; het gezin vroeg om één vast aanspreekpunt.');
    else if (h.nummer % 5 === 2) await regie('netwerk', 'Zus Anja regelt al veel en het gezin wil dat zo houden.');
    else if (h.nummer % 5 === 1) await regie('huishouden', 'Het huishouden houdt zelf de regie en weet wie het kan bellen.');
  }

  if (h.soort === 'vastgesteld') {
    const gehouden = new Date(Math.min(ctx.nu.getTime() - dag, h.aangemaakt.getTime() + 45 * dag));
    const e = await enkeleRij<{ id: string }>(
      tx,
      `INSERT INTO evaluatie (huishouden_id, plan_id, gepland_op, gehouden_op, gehoord_en_gezien, regie_passend, volgende_moment, vastgelegd_door) VALUES ($1, $2, $3, $3, $4, $5, $6, $7) RETURNING id`,
      [h.huishoudenId, h.planId, datum(gehouden), r.kies(['ja', 'ja', 'deels', 'nee'] as const), r.getal() < 0.8, datum(new Date(ctx.nu.getTime() + r.tussen(-5, 40) * dag)), h.casemanager],
    );
    for (const doelId of h.doelIds) {
      await tx.query(`INSERT INTO evaluatie_doel (evaluatie_id, doel_id, voortgang) VALUES ($1, $2, $3)`, [e.id, doelId, r.kies(['op_weg', 'op_weg', 'behaald', 'geen_voortgang'] as const)]);
    }
    await tx.query(`INSERT INTO evaluatie (huishouden_id, plan_id, gepland_op) SELECT $1, $2, volgende_moment FROM evaluatie WHERE id = $3`, [h.huishoudenId, h.planId, e.id]);
  }
  if (h.nummer === 6) {
    await tx.query(`INSERT INTO veiligheidssignaal (huishouden_id, stap, datum, toelichting, vastgelegd_door, vastgelegd_op) VALUES ($1, 'collegiale_consultatie', $2, 'Advies gevraagd bij Veilig Thuis na zorgen over spanningen thuis.', $3, $4)`, [
      h.huishoudenId, datum(new Date(ctx.nu.getTime() - 7 * dag)), h.casemanager, ctx.nu,
    ]);
  }
}
