import type { HuishoudenDetail, Probleem } from '@eenplan/contracts';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enkeleRij } from '../common/sql.js';
import { body as leesBody } from '../test-support/antwoord.js';
import { gebruikerId, gemeenteId, nieuweConsulent, nieuwHuishouden } from '../test-support/huishouden-fixtures.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
let db: DataSource;
let agent: TestAgent;
let csrf: string;
const f: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  const cm = await nieuweConsulent(t, 'Weert');
  ({ agent, csrf } = cm);
  const h = leesBody<HuishoudenDetail>(await agent.post('/api/huishoudens').set('x-csrf-token', csrf).send(nieuwHuishouden(await gemeenteId(t, 'Weert'))).expect(201));
  f.huishouden = h.id;
  f.amw = await gebruikerId(t, 'professional.amw');
  const { organisatie_id } = await enkeleRij<{ organisatie_id: string }>(db, `SELECT organisatie_id FROM gebruiker WHERE id = $1`, [f.amw]);
  f.amwOrg = organisatie_id;
  const metTeam = leesBody<HuishoudenDetail>(await agent.post(`/api/huishoudens/${h.id}/team`).set('x-csrf-token', csrf).send({ soort: 'professional', gebruikerId: f.amw, rol: 'AMW', van: '2026-01-01' }).expect(201));
  f.betrokkene = metTeam.team[0]!.id;
  const metToestemming = leesBody<HuishoudenDetail>(await agent.post(`/api/huishoudens/${h.id}/toestemmingen`).set('x-csrf-token', csrf).send({ organisatieId: f.amwOrg, gegevenOp: '2026-01-02', reikwijdte: 'Plan' }).expect(201));
  f.toestemming = metToestemming.toestemmingen[0]!.id;
  const metEvaluatie = leesBody<HuishoudenDetail>(await agent.post(`/api/huishoudens/${h.id}/evaluaties`).set('x-csrf-token', csrf).send({ geplandOp: '2026-12-01' }).expect(201));
  f.evaluatie = metEvaluatie.evaluaties[0]!.id;
});
afterAll(() => t.close());

const regie = { houder: 'huishouden', reden: 'Zelf', startdatum: '2026-11-01', evaluatiedatum: '2027-01-01', huishoudenAkkoord: true };

/** [description, method, path, body, the field the answer must name] */
type Geval = [string, 'post' | 'put' | 'delete', () => string, () => unknown, string];
const GEVALLEN: Geval[] = [
  ['team: unknown kind', 'post', () => `/api/huishoudens/${f.huishouden}/team`, () => ({ soort: 'buurman', naam: 'x', rol: 'x', van: '2026-01-01' }), 'soort'],
  ['team: professional without user', 'post', () => `/api/huishoudens/${f.huishouden}/team`, () => ({ soort: 'professional', rol: 'x', van: '2026-01-01' }), 'gebruikerId'],
  ['team: network member without relation', 'post', () => `/api/huishoudens/${f.huishouden}/team`, () => ({ soort: 'netwerk', naam: 'Oma', rol: 'x', van: '2026-01-01' }), 'relatie'],
  ['team: end before start', 'post', () => `/api/huishoudens/${f.huishouden}/team`, () => ({ soort: 'netwerk', naam: 'Oma', relatie: 'oma', rol: 'x', van: '2026-05-01', tot: '2026-04-01' }), 'tot'],
  ['team: user that is no professional', 'post', () => `/api/huishoudens/${f.huishouden}/team`, () => ({ soort: 'professional', gebruikerId: f.amwOrg, rol: 'x', van: '2026-01-01' }), 'gebruikerId'],
  ['team: already in the team', 'post', () => `/api/huishoudens/${f.huishouden}/team`, () => ({ soort: 'professional', gebruikerId: f.amw, rol: 'x', van: '2026-02-01' }), 'gebruikerId'],
  ['team: unknown field', 'post', () => `/api/huishoudens/${f.huishouden}/team`, () => ({ soort: 'netwerk', naam: 'Oma', relatie: 'oma', rol: 'x', van: '2026-01-01', toegang: 'alles' }), 'toegang'],
  ['beëindigen: bad date', 'post', () => `/api/team/${f.betrokkene}/beeindigen`, () => ({ versie: 1, tot: 'morgen' }), 'tot'],
  ['beëindigen: before the start', 'post', () => `/api/team/${f.betrokkene}/beeindigen`, () => ({ versie: 1, tot: '2025-12-31' }), 'tot'],
  ['toestemming: date in the future', 'post', () => `/api/huishoudens/${f.huishouden}/toestemmingen`, () => ({ organisatieId: f.amwOrg, gegevenOp: '2999-01-01', reikwijdte: 'Plan' }), 'gegevenOp'],
  ['toestemming: no scope', 'post', () => `/api/huishoudens/${f.huishouden}/toestemmingen`, () => ({ organisatieId: f.amwOrg, gegevenOp: '2026-01-01' }), 'reikwijdte'],
  ['toestemming: unknown organisation', 'post', () => `/api/huishoudens/${f.huishouden}/toestemmingen`, () => ({ organisatieId: f.amw, gegevenOp: '2026-01-01', reikwijdte: 'Plan' }), 'organisatieId'],
  ['intrekken: before consent was given', 'post', () => `/api/toestemmingen/${f.toestemming}/intrekken`, () => ({ versie: 1, ingetrokkenOp: '2025-01-01' }), 'ingetrokkenOp'],
  ['grondslagen: unknown law', 'put', () => `/api/huishoudens/${f.huishouden}/grondslagen`, () => ({ wetten: ['wet op de zorg'] }), 'wetten.0'],
  ['grondslagen: not a list', 'put', () => `/api/huishoudens/${f.huishouden}/grondslagen`, () => ({ wetten: 'wmo2015' }), 'wetten'],
  ['veiligheid: unknown step', 'post', () => `/api/huishoudens/${f.huishouden}/veiligheidssignalen`, () => ({ stap: 'stap 9', datum: '2026-11-01' }), 'stap'],
  ['veiligheid: huge note', 'post', () => `/api/huishoudens/${f.huishouden}/veiligheidssignalen`, () => ({ stap: 'gesprek', datum: '2026-11-01', toelichting: 'x'.repeat(50_000) }), 'toelichting'],
  ['regie: professional without regisseur', 'post', () => `/api/huishoudens/${f.huishouden}/regie`, () => ({ ...regie, houder: 'professional' }), 'regisseurId'],
  ['regie: network without a name', 'post', () => `/api/huishoudens/${f.huishouden}/regie`, () => ({ ...regie, houder: 'netwerk' }), 'netwerkNaam'],
  ['regie: review before start', 'post', () => `/api/huishoudens/${f.huishouden}/regie`, () => ({ ...regie, evaluatiedatum: '2026-01-01' }), 'evaluatiedatum'],
  ['regie: household did not agree', 'post', () => `/api/huishoudens/${f.huishouden}/regie`, () => ({ ...regie, huishoudenAkkoord: false }), 'huishoudenAkkoord'],
  ['regie: no reason', 'post', () => `/api/huishoudens/${f.huishouden}/regie`, () => ({ ...regie, reden: '' }), 'reden'],
  ['regie beëindigen: no version', 'delete', () => `/api/regie-afspraken/${f.betrokkene}`, () => undefined, 'versie'],
  ['evaluatie plannen: bad date', 'post', () => `/api/huishoudens/${f.huishouden}/evaluaties`, () => ({ geplandOp: '2026-13-01' }), 'geplandOp'],
  ['evaluatie vastleggen: unknown answer', 'post', () => `/api/evaluaties/${f.evaluatie}/vastleggen`, () => ({ versie: 1, gehoudenOp: '2026-11-01', gehoordEnGezien: 'misschien', regiePassend: true, doelen: [] }), 'gehoordEnGezien'],
  ['evaluatie vastleggen: held in the future', 'post', () => `/api/evaluaties/${f.evaluatie}/vastleggen`, () => ({ versie: 1, gehoudenOp: '2999-01-01', gehoordEnGezien: 'ja', regiePassend: true, doelen: [] }), 'gehoudenOp'],
  ['evaluatie vastleggen: next moment before this one', 'post', () => `/api/evaluaties/${f.evaluatie}/vastleggen`, () => ({ versie: 1, gehoudenOp: '2026-11-01', gehoordEnGezien: 'ja', regiePassend: true, doelen: [], volgendeMoment: '2026-10-01' }), 'volgendeMoment'],
  ['evaluatie vastleggen: goal of another plan', 'post', () => `/api/evaluaties/${f.evaluatie}/vastleggen`, () => ({ versie: 1, gehoudenOp: '2026-11-01', gehoordEnGezien: 'ja', regiePassend: true, doelen: [{ doelId: f.amw, voortgang: 'op_weg' }] }), 'doelen.'],
  ['evaluatie vastleggen: regie answer as text', 'post', () => `/api/evaluaties/${f.evaluatie}/vastleggen`, () => ({ versie: 1, gehoudenOp: '2026-11-01', gehoordEnGezien: 'ja', regiePassend: 'ja', doelen: [] }), 'regiePassend'],
  ['bijdrage: empty', 'post', () => `/api/huishoudens/${f.huishouden}/bijdragen`, () => ({ tekst: '  ' }), 'tekst'],
  ['verwijsindex: BSN fails the elfproef', 'post', () => '/api/verwijsindex', () => ({ bsn: '123456789' }), 'bsn'],
  ['verwijsindex: not 9 digits', 'post', () => '/api/verwijsindex', () => ({ bsn: '12345' }), 'bsn'],
];

async function alles(): Promise<string> {
  const tabellen = ['betrokkene', 'toestemming', 'grondslag', 'veiligheidssignaal', 'regie_afspraak', 'evaluatie', 'evaluatie_doel', 'bijdrage', 'wijziging'];
  const [rij] = await db.query<Record<string, unknown>[]>(`SELECT ${tabellen.map((tabel) => `(SELECT count(*) FROM ${tabel}) AS ${tabel}`).join(', ')},
    (SELECT json_agg(x ORDER BY x.id) FROM (SELECT id, versie FROM betrokkene UNION ALL SELECT id, versie FROM toestemming UNION ALL SELECT id, versie FROM evaluatie) x) AS versies`);
  return JSON.stringify(rij);
}

describe('ongeldige invoer op de teamroutes', () => {
  for (const [omschrijving, methode, pad, body, veld] of GEVALLEN) {
    it(`${omschrijving} → 400 naming ${veld}, nothing stored`, async () => {
      const voor = await alles();
      let verzoek = agent[methode](pad()).set('x-csrf-token', csrf);
      const inhoud = body();
      if (inhoud !== undefined) verzoek = verzoek.send(inhoud as object);
      const antwoord = await verzoek;
      expect(antwoord.status).toBe(400);
      expect(leesBody<Probleem>(antwoord).fouten!.some((fout: { veld: string }) => fout.veld.startsWith(veld))).toBe(true);
      expect(await alles()).toBe(voor);
    });
  }
});
