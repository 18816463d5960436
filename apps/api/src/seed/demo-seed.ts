import type { Organisatiesoort, Rol } from '@eenplan/contracts';
import type { DataSource } from 'typeorm';
import { hashWachtwoord } from '../auth/wachtwoord.js';
import { enkeleRij } from '../common/sql.js';
import { Gebruiker } from '../gebruikers/gebruiker.entity.js';
import { Gemeente } from '../organisaties/gemeente.entity.js';
import { Organisatie } from '../organisaties/organisatie.entity.js';
import { seedDemoHuishoudens } from './demo-huishoudens.js';
import { seedDemoStatistiek } from './demo-statistiek.js';
import { bouwTabellen, slaReleaseOp } from '../rapportage/release.service.js';
import { vorigKwartaal } from '../rapportage/periode.js';

/** Demo only: refused in production by the config check. */
export const DEMO_WACHTWOORD = 'Welkom-demo-2026';

export const DEMO_GEMEENTEN = [
  { naam: 'Leudal', cbsCode: 'GM1640' },
  { naam: 'Nederweert', cbsCode: 'GM0946' },
  { naam: 'Weert', cbsCode: 'GM0988' },
] as const;
type GemeenteNaam = (typeof DEMO_GEMEENTEN)[number]['naam'];

export const DEMO_ORGANISATIES: { naam: string; soort: Organisatiesoort }[] = [
  { naam: 'CJG Midden-Limburg', soort: 'cjg' },
  { naam: 'Wmo-team Leudal', soort: 'wmo' },
  { naam: 'Wmo-team Nederweert', soort: 'wmo' },
  { naam: 'Wmo-team Weert', soort: 'wmo' },
  { naam: 'AMW Midden-Limburg', soort: 'amw' },
  { naam: 'Schuldhulpverlening Midden-Limburg', soort: 'schuldhulpverlening' },
  { naam: 'GGZ Midden-Limburg', soort: 'ggz' },
  { naam: 'Wijkverpleging Weert', soort: 'wijkverpleging' },
  { naam: 'Gemeente Weert, team beleid', soort: 'gemeente' },
  { naam: 'Functioneel beheer Midden-Limburg West', soort: 'gemeente' },
];

export interface DemoGebruiker {
  gebruikersnaam: string;
  naam: string;
  rol: Rol;
  organisatie: string;
  gemeenten: GemeenteNaam[];
  omschrijving: string;
}

/** The accounts the README lists; all share DEMO_WACHTWOORD. */
export const DEMO_GEBRUIKERS: DemoGebruiker[] = [
  { gebruikersnaam: 'consulent.weert', naam: 'Sanne Vermeulen', rol: 'consulent', organisatie: 'CJG Midden-Limburg', gemeenten: ['Weert'], omschrijving: 'CJG-consulent, Weert' },
  { gebruikersnaam: 'consulent.leudal', naam: 'Mark Janssen', rol: 'consulent', organisatie: 'Wmo-team Leudal', gemeenten: ['Leudal'], omschrijving: 'Wmo-consulent, Leudal' },
  { gebruikersnaam: 'consulent.nederweert', naam: 'Ilse Hendriks', rol: 'consulent', organisatie: 'Wmo-team Nederweert', gemeenten: ['Nederweert'], omschrijving: 'Wmo-consulent, Nederweert' },
  { gebruikersnaam: 'professional.amw', naam: 'Youssef El Amrani', rol: 'professional', organisatie: 'AMW Midden-Limburg', gemeenten: ['Leudal', 'Nederweert', 'Weert'], omschrijving: 'Maatschappelijk werker, AMW' },
  { gebruikersnaam: 'professional.schuldhulp', naam: 'Petra Smeets', rol: 'professional', organisatie: 'Schuldhulpverlening Midden-Limburg', gemeenten: ['Leudal', 'Nederweert', 'Weert'], omschrijving: 'Schuldhulpverlener' },
  { gebruikersnaam: 'professional.ggz', naam: 'Tom Peeters', rol: 'professional', organisatie: 'GGZ Midden-Limburg', gemeenten: ['Leudal', 'Nederweert', 'Weert'], omschrijving: 'GGZ-behandelaar' },
  { gebruikersnaam: 'beleid.mlw', naam: 'Anouk Willems', rol: 'beleid', organisatie: 'Gemeente Weert, team beleid', gemeenten: ['Leudal', 'Nederweert', 'Weert'], omschrijving: 'Beleidsmedewerker, alle drie gemeenten' },
  { gebruikersnaam: 'beheer', naam: 'Rob Coenen', rol: 'beheer', organisatie: 'Functioneel beheer Midden-Limburg West', gemeenten: ['Leudal', 'Nederweert', 'Weert'], omschrijving: 'Functioneel beheer' },
];

/**
 * Seeds the demo organisation once; a database that already has gemeenten is left alone. Writes
 * as the API role (`db`); the demo releases are built over the report role's connection.
 */
export async function seedDemoAlsLeeg(db: DataSource, rapportage: DataSource): Promise<boolean> {
  if ((await db.getRepository(Gemeente).count()) > 0) return false;
  await db.transaction(async (tx) => {
    const gemeenten = await tx.getRepository(Gemeente).save(DEMO_GEMEENTEN.map((g) => ({ ...g })));
    const organisaties = await tx.getRepository(Organisatie).save(DEMO_ORGANISATIES);
    const gebruikers: Record<string, string> = {};
    for (const demo of DEMO_GEBRUIKERS) {
      const opgeslagen = await tx.getRepository(Gebruiker).save({
        gebruikersnaam: demo.gebruikersnaam,
        naam: demo.naam,
        rol: demo.rol,
        organisatieId: organisaties.find((o) => o.naam === demo.organisatie)!.id,
        gemeenten: gemeenten.filter((g) => (demo.gemeenten as string[]).includes(g.naam)),
        wachtwoordHash: await hashWachtwoord(DEMO_WACHTWOORD),
        actief: true,
      });
      gebruikers[demo.gebruikersnaam] = opgeslagen.id;
    }
    await seedDemoHuishoudens(tx, { gemeenten: Object.fromEntries(gemeenten.map((g) => [g.naam, g.id])), gebruikers, nu: new Date() });
    await seedDemoStatistiek(tx);
  });
  await publiceerDemoReleases(db, rapportage);
  return true;
}

/** The last four complete quarters, published by beleid.mlw, so the dashboard has a trend to show. */
async function publiceerDemoReleases(db: DataSource, rapportage: DataSource): Promise<void> {
  const beleid = await enkeleRij<{ id: string }>(db, `SELECT id FROM gebruiker WHERE gebruikersnaam = 'beleid.mlw'`);
  const perioden: string[] = [];
  let datum = new Date();
  for (let i = 0; i < 4; i += 1) {
    const periode = vorigKwartaal(datum);
    perioden.unshift(periode);
    const [jaar, k] = periode.split('-K').map(Number) as [number, number];
    datum = new Date(Date.UTC(jaar, (k - 1) * 3, 15));
  }
  for (const periode of perioden) await slaReleaseOp(db, periode, await bouwTabellen(rapportage, periode), beleid.id, new Date());
}
