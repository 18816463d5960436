import { STANDAARD_ONTHULLINGSREGELS, type OnthullingsRegels } from '@eenplan/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enkeleRij, rijen } from '../common/sql.js';
import { getDataSourceToken } from '@nestjs/typeorm';
import { RAPPORTAGE_VERBINDING } from '../database/data-source.js';
import { nieuweDatabase, startTestApp, type TestApp } from '../test-support/test-app.js';
import { berekenIndicatoren, type Indicator } from './indicatoren.js';
import { leesPeriode } from './periode.js';
import { beveiligd } from './release.service.js';

/**
 * Hand-built households in their own database, so every indicator of 2026-K2
 * (1 April – 30 June 2026) can be checked exactly:
 *  Weert  H1  plan from March, vastgesteld in April, doelen on wonen + inkomen (complex), AMW in the team;
 *             regie first with the household (March), then a professional from 15 April
 *         H2  concept plan from May, one doel (not complex); an AMW professional left on 10 May
 *         H3  plan closed 20 May: doelen bereikt, both doelen "ja"
 *         H4  plan closed 1 March (before the quarter: not counted)
 *  Leudal H5  plan closed 10 June: geen contact (uitval), doelen "nee" and "deels"
 *         H6  active plan with doelen on four leefgebieden (complex), no regie-afspraak; a CJG
 *             colleague of the casemanager in the team (two professionals, one organisation)
 *  Weert  H7  plan from April on one leefgebied, vastgesteld 1 May, AMW in the team (complex by its
 *             two organisations), regie with the network from 20 April
 *  Nederweert H8  concept plan from May without doelen yet, AMW in the team (complex), no regie-afspraak
 * Ervaringsmetingen in the quarter: H1 (its latest counts), H3 (one "weet niet"), H6; H5 only after it.
 * Positieve gezondheid: two members of H1 and one of H6 with a start and an evaluation measurement.
 */
let t: TestApp;
let db: DataSource;
/** The report role's own login, as the release service uses it. */
let rapportage: DataSource;
beforeAll(async () => {
  t = await startTestApp({}, [], await nieuweDatabase());
  db = t.app.get(DataSource);
  rapportage = t.app.get<DataSource>(getDataSourceToken(RAPPORTAGE_VERBINDING));
  const q = async (sql: string, p: unknown[] = []): Promise<void> => {
    await db.query(sql, p);
  };
  /** An INSERT … RETURNING id, or the SELECT of one id. */
  const metId = (sql: string, p: unknown[] = []) => enkeleRij<{ id: string }>(db, sql, p);
  const weert = await metId(`INSERT INTO gemeente (naam, cbs_code) VALUES ('Weert', 'GM0988') RETURNING id`);
  const leudal = await metId(`INSERT INTO gemeente (naam, cbs_code) VALUES ('Leudal', 'GM1640') RETURNING id`);
  await q(`INSERT INTO gemeente (naam, cbs_code) VALUES ('Nederweert', 'GM0946')`);
  const cjg = await metId(`INSERT INTO organisatie (naam, soort) VALUES ('CJG', 'cjg') RETURNING id`);
  const amw = await metId(`INSERT INTO organisatie (naam, soort) VALUES ('AMW', 'amw') RETURNING id`);
  const cm = await metId(`INSERT INTO gebruiker (gebruikersnaam, naam, rol, organisatie_id, wachtwoord_hash) VALUES ('cm', 'Casemanager', 'consulent', $1, 'x') RETURNING id`, [cjg.id]);
  const prof = await metId(`INSERT INTO gebruiker (gebruikersnaam, naam, rol, organisatie_id, wachtwoord_hash) VALUES ('prof', 'Professional', 'professional', $1, 'x') RETURNING id`, [amw.id]);
  const huishouden = async (gemeente: string) =>
    (await metId(`INSERT INTO huishouden (gemeente_id, casemanager_id, naam, straat, huisnummer, postcode, woonplaats, aangemaakt_op) VALUES ($1, $2, 'Test', 'Straat', '1', '6000 AA', 'Plaats', '2026-01-01') RETURNING id`, [gemeente, cm.id])).id;
  const plan = async (h: string, aangemaakt: string, extra: Record<string, string> = {}) => {
    const kolommen = Object.keys(extra);
    return (await metId(`INSERT INTO plan (huishouden_id, aangemaakt_op${kolommen.map((k) => `, ${k}`).join('')}) VALUES ($1, $2${kolommen.map((_, i) => `, $${i + 3}`).join('')}) RETURNING id`, [h, aangemaakt, ...Object.values(extra)])).id;
  };
  const doel = (p: string, leefgebied: string, resultaat: string | null = null) => q(`INSERT INTO doel (plan_id, leefgebied, omschrijving, prioriteit, resultaat) VALUES ($1, $2, 'x', 1, $3)`, [p, leefgebied, resultaat]);

  const h1 = await huishouden(weert.id);
  const p1 = await plan(h1, '2026-03-01', { status: 'vastgesteld', vastgesteld_op: '2026-04-10', akkoord_huishouden_op: '2026-04-10' });
  await doel(p1, 'wonen');
  await doel(p1, 'inkomen_schulden');
  await q(`INSERT INTO betrokkene (huishouden_id, soort, gebruiker_id, organisatie_id, rol, van) VALUES ($1, 'professional', $2, $3, 'AMW', '2026-03-01')`, [h1, prof.id, amw.id]);
  await q(`INSERT INTO regie_afspraak (huishouden_id, houder, reden, startdatum, evaluatiedatum, huishouden_akkoord, vastgelegd_door, beeindigd_op) VALUES ($1, 'huishouden', 'x', '2026-03-05', '2026-06-01', true, $2, '2026-04-15')`, [h1, cm.id]);
  await q(`INSERT INTO regie_afspraak (huishouden_id, houder, regisseur_id, reden, startdatum, evaluatiedatum, huishouden_akkoord, vastgelegd_door) VALUES ($1, 'professional', $2, 'x', '2026-04-15', '2026-09-01', true, $3)`, [h1, prof.id, cm.id]);
  const h2 = await huishouden(weert.id);
  await doel(await plan(h2, '2026-05-01'), 'wonen');
  await q(`INSERT INTO betrokkene (huishouden_id, soort, gebruiker_id, organisatie_id, rol, van, tot) VALUES ($1, 'professional', $2, $3, 'AMW', '2026-04-01', '2026-05-10')`, [h2, prof.id, amw.id]);
  const h3 = await huishouden(weert.id);
  const p3 = await plan(h3, '2026-01-10', { status: 'afgesloten', vastgesteld_op: '2026-01-20', akkoord_huishouden_op: '2026-01-20', afgesloten_op: '2026-05-20', afsluitreden: 'doelen_bereikt' });
  await doel(p3, 'wonen', 'ja');
  await doel(p3, 'werk_dagbesteding', 'ja');
  const h4 = await huishouden(weert.id);
  await plan(h4, '2025-06-01', { status: 'afgesloten', vastgesteld_op: '2025-06-10', akkoord_huishouden_op: '2025-06-10', afgesloten_op: '2026-03-01', afsluitreden: 'verhuisd' });
  const h5 = await huishouden(leudal.id);
  const p5 = await plan(h5, '2026-02-01', { status: 'afgesloten', vastgesteld_op: '2026-02-15', akkoord_huishouden_op: '2026-02-15', afgesloten_op: '2026-06-10', afsluitreden: 'geen_contact' });
  await doel(p5, 'wonen', 'nee');
  await doel(p5, 'inkomen_schulden', 'deels');
  const h6 = await huishouden(leudal.id);
  const p6 = await plan(h6, '2026-02-01');
  for (const l of ['wonen', 'inkomen_schulden', 'veiligheid', 'sociaal_netwerk']) await doel(p6, l);
  const collega = await metId(`INSERT INTO gebruiker (gebruikersnaam, naam, rol, organisatie_id, wachtwoord_hash) VALUES ('collega', 'Collega', 'professional', $1, 'x') RETURNING id`, [cjg.id]);
  await q(`INSERT INTO betrokkene (huishouden_id, soort, gebruiker_id, organisatie_id, rol, van) VALUES ($1, 'professional', $2, $3, 'Jeugd', '2026-03-01')`, [h6, collega.id, cjg.id]);
  const h7 = await huishouden(weert.id);
  await doel(await plan(h7, '2026-04-01', { status: 'vastgesteld', vastgesteld_op: '2026-05-01', akkoord_huishouden_op: '2026-05-01' }), 'wonen');
  await q(`INSERT INTO betrokkene (huishouden_id, soort, gebruiker_id, organisatie_id, rol, van) VALUES ($1, 'professional', $2, $3, 'AMW', '2026-04-01')`, [h7, prof.id, amw.id]);
  await q(`INSERT INTO regie_afspraak (huishouden_id, houder, netwerk_naam, reden, startdatum, evaluatiedatum, huishouden_akkoord, vastgelegd_door) VALUES ($1, 'netwerk', 'Oma', 'x', '2026-04-20', '2026-10-01', true, $2)`, [h7, cm.id]);

  const nederweert = await metId(`SELECT id FROM gemeente WHERE naam = 'Nederweert'`);
  const h8 = await huishouden(nederweert.id);
  await plan(h8, '2026-05-15');
  await q(`INSERT INTO betrokkene (huishouden_id, soort, gebruiker_id, organisatie_id, rol, van) VALUES ($1, 'professional', $2, $3, 'AMW', '2026-05-15')`, [h8, prof.id, amw.id]);

  const meting = (h: string, op: string, scores: (number | null)[]) =>
    q(`INSERT INTO ervaringsmeting (huishouden_id, afgenomen_op, wijze, perspectief, regie, integraal, effect, gehoord, tevredenheid) VALUES ($1, $2, 'met_professional', $3, $4, $5, $6, $7, $8)`, [h, op, ...scores]);
  await meting(h1, '2026-03-20', [2, 2, 2, 2, 2, 2]);
  await meting(h1, '2026-04-02', [1, 1, 1, 1, 1, 1]);
  await meting(h1, '2026-05-01', [4, 5, 3, 4, 5, 4]);
  await meting(h3, '2026-05-15', [2, null, 3, 2, 4, 3]);
  await meting(h6, '2026-06-01', [5, 5, 5, 5, 5, 5]);
  await meting(h5, '2026-07-01', [1, 1, 1, 1, 1, 1]);

  const lid = async (h: string) => (await metId(`INSERT INTO lid (huishouden_id, voornaam, achternaam, geboortedatum, rol) VALUES ($1, 'X', 'Y', '1980-01-01', 'ouder') RETURNING id`, [h])).id;
  const gezondheid = (h: string, l: string, moment: string, op: string, [eerste, rest]: [number, number]) =>
    q(`INSERT INTO positieve_gezondheid (huishouden_id, lid_id, moment, gemeten_op, lichaamsfuncties, mentaal_welbevinden, zingeving, kwaliteit_van_leven, meedoen, dagelijks_functioneren)
       VALUES ($1, $2, $3, $4, $5, $6, $6, $6, $6, $6)`, [h, l, moment, op, eerste, rest]);
  const a = await lid(h1);
  await gezondheid(h1, a, 'start', '2026-02-01', [5, 5]);
  await gezondheid(h1, a, 'evaluatie', '2026-04-15', [6, 6]);
  await gezondheid(h1, a, 'evaluatie', '2026-06-15', [7, 7]);
  const b = await lid(h1);
  await gezondheid(h1, b, 'start', '2026-02-01', [4, 4]);
  await gezondheid(h1, b, 'evaluatie', '2026-06-01', [6, 4]);
  await gezondheid(h1, await lid(h1), 'evaluatie', '2026-06-01', [10, 10]); // no start measurement: no change to count
  const d = await lid(h6);
  await gezondheid(h6, d, 'start', '2026-02-10', [6, 6]);
  await gezondheid(h6, d, 'evaluatie', '2026-05-10', [2, 2]);
  await gezondheid(h6, d, 'evaluatie', '2026-07-10', [9, 9]);
});
afterAll(() => t.close());

async function indicatoren(regels: OnthullingsRegels = STANDAARD_ONTHULLINGSREGELS) {
  return rapportage.transaction((tx) => berekenIndicatoren(tx, leesPeriode('2026-K2'), regels));
}
/** Without disclosure control (a minimum of 1, no rounding, no dominance), so shares and means show their exact values. */
const ZONDER_DREMPELS: OnthullingsRegels = { minimum: 1, afronding: 1, dominantie: 2 };
async function gepubliceerd(regels: OnthullingsRegels) {
  const tabellen = beveiligd(await indicatoren(regels), regels);
  return (id: string) => {
    const t = tabellen.find((x) => x.id === id)!;
    return Object.fromEntries(t.rijen.map((r, i) => [r, t.cellen[i]!.map((c) => (c.soort === 'aandeel' ? c.procent : c.soort === 'gemiddelde' ? c.waarde : c.soort))]));
  };
}
const waarden = (tabellen: Indicator[], id: string) => {
  const t = tabellen.find((x) => x.id === id)!;
  return Object.fromEntries(t.rijen.map((r, i) => [r, Object.fromEntries(t.kolommen.map((k, j) => [k, t.waarden[i]![j]]))]));
};

describe('thema-2 indicators on hand-built households (2026-K2)', () => {
  it('counts households with an active plan in the quarter', async () => {
    const { tellingen } = await indicatoren();
    expect(waarden(tellingen, 'actieve-plannen')).toEqual({ Leudal: { Totaal: 2 }, Nederweert: { Totaal: 1 }, Weert: { Totaal: 4 }, Regio: { Totaal: 7 } });
  });

  it('counts organisations working with the one plan', async () => {
    const { tellingen } = await indicatoren();
    expect(waarden(tellingen, 'organisaties-per-plan')).toEqual({
      Leudal: { '1 organisatie': 2, '2 organisaties': 0, '3 of meer': 0, Totaal: 2 },
      Nederweert: { '1 organisatie': 0, '2 organisaties': 1, '3 of meer': 0, Totaal: 1 },
      Weert: { '1 organisatie': 2, '2 organisaties': 2, '3 of meer': 0, Totaal: 4 },
      Regio: { '1 organisatie': 4, '2 organisaties': 3, '3 of meer': 0, Totaal: 7 },
    });
  });

  it('counts the professionals working with the one plan at the end of the quarter, not those who left', async () => {
    const { tellingen } = await indicatoren();
    expect(waarden(tellingen, 'professionals-per-plan')).toEqual({
      Leudal: { '1 professional': 1, '2 professionals': 1, '3 of meer': 0, Totaal: 2 },
      Nederweert: { '1 professional': 0, '2 professionals': 1, '3 of meer': 0, Totaal: 1 },
      Weert: { '1 professional': 2, '2 professionals': 2, '3 of meer': 0, Totaal: 4 },
      Regio: { '1 professional': 3, '2 professionals': 4, '3 of meer': 0, Totaal: 7 },
    });
  });

  it('finds the complex cases and who holds regie at the end and at the start', async () => {
    const { tellingen } = await indicatoren();
    const leeg = { 'Het huishouden': 0, 'Het netwerk': 0, 'Een professional': 0, 'Geen afspraak': 0, Totaal: 0 };
    expect(waarden(tellingen, 'regie-bij')).toEqual({
      Leudal: { ...leeg, 'Geen afspraak': 1, Totaal: 1 },
      Nederweert: { ...leeg, 'Geen afspraak': 1, Totaal: 1 },
      Weert: { ...leeg, 'Het netwerk': 1, 'Een professional': 1, Totaal: 2 },
      Regio: { ...leeg, 'Het netwerk': 1, 'Een professional': 1, 'Geen afspraak': 2, Totaal: 4 },
    });
    expect(waarden(tellingen, 'regie-bij-start')).toEqual({
      Leudal: { ...leeg, 'Geen afspraak': 1, Totaal: 1 },
      Nederweert: { ...leeg, 'Geen afspraak': 1, Totaal: 1 },
      Weert: { ...leeg, 'Het huishouden': 1, 'Het netwerk': 1, Totaal: 2 },
      Regio: { ...leeg, 'Het huishouden': 1, 'Het netwerk': 1, 'Geen afspraak': 2, Totaal: 4 },
    });
    expect(waarden(tellingen, 'leefgebieden-per-plan')).toEqual({
      Leudal: { '0 of 1': 0, '2': 0, '3': 0, '4 of meer': 1, Totaal: 1 },
      Nederweert: { '0 of 1': 1, '2': 0, '3': 0, '4 of meer': 0, Totaal: 1 },
      Weert: { '0 of 1': 1, '2': 1, '3': 0, '4 of meer': 0, Totaal: 2 },
      Regio: { '0 of 1': 2, '2': 1, '3': 0, '4 of meer': 1, Totaal: 4 },
    });
  });

  it('measures doelrealisatie and uitval of plans closed in the quarter', async () => {
    const { tellingen } = await indicatoren();
    expect(waarden(tellingen, 'doelrealisatie').Weert).toEqual({ 'Alle doelen behaald': 1, 'Deels behaald': 0, 'Niet behaald': 0, Totaal: 1 });
    expect(waarden(tellingen, 'doelrealisatie').Leudal).toEqual({ 'Alle doelen behaald': 0, 'Deels behaald': 1, 'Niet behaald': 0, Totaal: 1 });
    expect(waarden(tellingen, 'uitval').Regio).toEqual({ 'Regulier afgesloten': 1, Uitval: 1, Totaal: 2 });
  });

  it('gives the shares of complex cases with a regie-afspraak and with a plan on several leefgebieden', async () => {
    const cel = await gepubliceerd(ZONDER_DREMPELS);
    // Weert: both complex cases have an afspraak (0 without: too few on that side); one of its two plans covers one leefgebied.
    // The region: 2 of 4 with an afspraak, 2 of 4 on several leefgebieden (H8 has no doelen yet).
    expect(cel('regie-en-integraal')).toEqual({ Leudal: ['te_weinig', 'te_weinig'], Nederweert: ['te_weinig', 'te_weinig'], Weert: ['te_weinig', 50], Regio: [50, 50] });
  });

  it('averages the last ervaringsmeting per household in the quarter, leaving out "weet niet"', async () => {
    const cel = await gepubliceerd(ZONDER_DREMPELS);
    expect(cel('ervaring')).toEqual({
      Leudal: [5, 5, 5, 5, 5, 5],
      Nederweert: Array(6).fill('te_weinig'),
      Weert: [3, 5, 3, 3, 4.5, 3.5],
      Regio: [3.7, 5, 3.7, 3.7, 4.7, 4],
    });
  });

  it('measures the days from registration to vastgesteld plan, for plans vastgesteld in the quarter', async () => {
    const cel = await gepubliceerd(ZONDER_DREMPELS);
    // H1: 1 January → 10 April, H7: 1 January → 1 May.
    expect(cel('doorlooptijd')).toEqual({ Leudal: ['te_weinig'], Nederweert: ['te_weinig'], Weert: [109.5], Regio: [109.5] });
  });

  it('measures the change in positieve gezondheid from the start to the latest evaluation in the quarter', async () => {
    const cel = await gepubliceerd(ZONDER_DREMPELS);
    // H1: members +2 and +2 on lichaamsfuncties, +2 and 0 on the rest; H6: −4 on every dimension.
    expect(cel('positieve-gezondheid')).toEqual({
      Leudal: [-4, -4, -4, -4, -4, -4],
      Nederweert: Array(6).fill('te_weinig'),
      Weert: [2, 1, 1, 1, 1, 1],
      Regio: [-1, -1.5, -1.5, -1.5, -1.5, -1.5],
    });
  });

  it('withholds shares and means over fewer than 10 households', async () => {
    const cel = await gepubliceerd(STANDAARD_ONTHULLINGSREGELS);
    for (const id of ['regie-en-integraal', 'ervaring', 'doorlooptijd', 'positieve-gezondheid']) {
      for (const rij of Object.values(cel(id))) for (const waarde of rij) expect(waarde).toBe('te_weinig');
    }
  });

  it('reads through views the reporting role may use, and nothing else', async () => {
    await expect(rapportage.query(`SELECT voornaam FROM public.lid LIMIT 1`)).rejects.toThrow(/permission denied/);
    // Its own login: there is no RESET ROLE back to the API's (or anyone's) rights.
    await expect(
      rapportage.transaction(async (tx) => {
        await tx.query(`RESET ROLE`);
        await tx.query(`SELECT voornaam FROM public.lid LIMIT 1`);
      }),
    ).rejects.toThrow(/permission denied/);
    // information_schema shows the columns the role may read: ask as the report role itself.
    const kolommen = (await rijen<{ column_name: string }>(rapportage, `SELECT column_name FROM information_schema.columns WHERE table_schema = 'rapportage'`)).map((r) => r.column_name);
    expect(kolommen).toEqual(expect.arrayContaining(['gemeente', 'huishouden_id', 'leefgebied']));
    for (const verboden of ['voornaam', 'achternaam', 'bsn', 'straat', 'huisnummer', 'postcode', 'woonplaats', 'omschrijving', 'toelichting', 'tekst', 'reden', 'reikwijdte', 'netwerk_naam', 'geboortedatum']) {
      expect(kolommen).not.toContain(verboden);
    }
  });
});
