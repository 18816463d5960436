import { randomUUID } from 'node:crypto';
import type { HuidigeGebruiker, HuishoudenDetail, Pagina, Probleem } from '@eenplan/contracts';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type TestAgent from 'supertest/lib/agent.js';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashWachtwoord } from '../auth/wachtwoord.js';
import { enkeleRij, rijen } from '../common/sql.js';
import { verzamelRoutes } from '../openapi/routes.js';
import { body } from '../test-support/antwoord.js';
import { gemeenteId, nieuwHuishouden } from '../test-support/huishouden-fixtures.js';
import { inloggenAls, startTestApp, uniekIp, type TestApp } from '../test-support/test-app.js';

/**
 * Who may do what to a household, by relation. Every expected status is written out by hand
 * — not derived from the CASL rules — so a rule change shows up here as a failing row.
 *
 * The fixture household (Weert, casemanager consulent.weert of CJG Midden-Limburg) has in its team:
 *  collegaInTeam    a CJG consultant of Weert: the casemanager's own organisation, no consent needed
 *  consulentMet     a Wmo-team Nederweert consultant who works for Weert, with consent for Wmo-team Nederweert
 *  regisseur        a professional of Wijkverpleging Weert, with consent, named regisseur
 *  profMet          professional.amw, with consent for AMW
 *  oudTeamlid       consulent.nederweert, membership ended yesterday
 *  consulentZonder  a Wmo-team Leudal consultant who works for Weert and Leudal, in the team, no consent
 *  profZonder       professional.schuldhulp, in the team, no consent for their organisation
 *  profIngetrokken  professional.ggz, in the team, GGZ's consent withdrawn yesterday
 *  oudProf          an AMW professional whose membership ended yesterday (AMW consent stands)
 *  andereGemeente   an AMW professional in the team who works only for Leudal
 * and not in it:
 *  collega          a consultant of Weert;  buitenstaander  an AMW professional
 *  beleid, beheer, anoniem
 * For lists, "ja"/"nee" says whether the household appears in the 200 answer; for the
 * "BSN zichtbaar" row, whether the answer holds a member's BSN.
 * The consent routes are the casemanager's alone (action `toestemming`): others who may see the
 * file get 403, professionals are refused by the route guard (403) whatever the household.
 */
const ACTOREN = [
  'casemanager', 'collegaInTeam', 'consulentMet', 'regisseur', 'profMet',
  'oudTeamlid', 'collega', 'consulentZonder', 'profZonder', 'profIngetrokken', 'oudProf', 'andereGemeente', 'buitenstaander',
  'beleid', 'beheer', 'anoniem',
] as const;
type Actor = (typeof ACTOREN)[number];
type Verwacht = number | 'ja' | 'nee';

/** One expectation per actor, in the order of ACTOREN. */
function v(...waarden: Verwacht[]): Record<Actor, Verwacht> {
  if (waarden.length !== ACTOREN.length) throw new Error(`verwacht ${ACTOREN.length} waarden, kreeg ${waarden.length}`);
  return Object.fromEntries(ACTOREN.map((a, i) => [a, waarden[i]!])) as Record<Actor, Verwacht>;
}

interface Fixture {
  huishoudenId: string;
  planId: string;
  doelId: string;
  actieId: string;
  lidId: string;
  betrokkeneAmw: string;
  toestemmingAmw: string;
  regieId: string;
  evaluatieId: string;
  doelIds: string[];
}

type Verzoek = (a: TestAgent, csrf: string, f: Fixture, pagina: number) => ReturnType<TestAgent['get']>;
interface Route {
  route: string;
  /** A second row for the same route (a field rule), named in the test title. */
  variant?: string;
  verzoek: Verzoek;
  ids?: (body: unknown) => string[];
  /** For a 200 answer of one household: whether it shows what the row is about (e.g. a BSN). */
  toont?: (body: unknown) => boolean;
  verwacht: Record<Actor, Verwacht>;
}

const vandaag = () => new Date().toISOString().slice(0, 10);
/** A BSN that passes the elfproef, different each time (so no row depends on another's). */
function willekeurigBsn(): string {
  for (;;) {
    const cijfers = Array.from({ length: 8 }, () => Math.floor(Math.random() * 10));
    const laatste = cijfers.reduce((som, c, i) => som + c * (9 - i), 0) % 11;
    if (laatste < 10 && cijfers.some((c) => c > 0)) return [...cijfers, laatste].join('');
  }
}
const lijstIds = (b: unknown) => (b as { items: { id: string }[] }).items.map((i) => i.id);

//                              cm   colT conM regis profM | oudT coll conZ zond intr oudP andG buit | belei behee anon
const MATRIX: Route[] = [
  { route: 'GET /api/huishoudens', verzoek: (a, _c, _f, p) => a.get(`/api/huishoudens?zoek=jansen&perPagina=100&pagina=${p}`), ids: lijstIds,
    verwacht: v('ja', 'ja', 'ja', 'ja', 'ja', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee', 403, 403, 401) },
  { route: 'POST /api/huishoudens', verzoek: (a, c) => a.post('/api/huishoudens').set('x-csrf-token', c).send(nieuwHuishouden(weert, 'Nieuw')),
    verwacht: v(201, 201, 201, 403, 403, 400, 201, 201, 403, 403, 403, 403, 403, 403, 403, 401) },
  { route: 'GET /api/huishoudens/:id', verzoek: (a, _c, f) => a.get(`/api/huishoudens/${f.huishoudenId}`),
    verwacht: v(200, 200, 200, 200, 200, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  // field rule: the BSN is for consultants the plan is shared with, never for professionals
  { route: 'GET /api/huishoudens/:id', variant: 'BSN zichtbaar', verzoek: (a, _c, f) => a.get(`/api/huishoudens/${f.huishoudenId}`), toont: (b) => (b as HuishoudenDetail).leden.some((l) => typeof l.bsn === 'string' && /^\d{9}$/.test(l.bsn)),
    verwacht: v('ja', 'ja', 'ja', 'nee', 'nee', 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'PATCH /api/huishoudens/:id', verzoek: (a, c, f) => a.patch(`/api/huishoudens/${f.huishoudenId}`).set('x-csrf-token', c).send({ versie: 1, straat: 'Nieuwe Markt' }),
    verwacht: v(200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'POST /api/huishoudens/:id/leden', verzoek: (a, c, f) => a.post(`/api/huishoudens/${f.huishoudenId}/leden`).set('x-csrf-token', c).send({ voornaam: 'Lotte', achternaam: 'Jansen', geboortedatum: '2019-05-05', rol: 'kind' }),
    verwacht: v(201, 201, 201, 201, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'PATCH /api/huishoudens/:id/leden/:lidId', verzoek: (a, c, f) => a.patch(`/api/huishoudens/${f.huishoudenId}/leden/${f.lidId}`).set('x-csrf-token', c).send({ versie: 1, voornaam: 'Fatma' }),
    verwacht: v(200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  // field rule: who may not read the BSN may not write it (the regisseur may edit the rest)
  { route: 'POST /api/huishoudens/:id/leden', variant: 'met BSN', verzoek: (a, c, f) => a.post(`/api/huishoudens/${f.huishoudenId}/leden`).set('x-csrf-token', c).send({ voornaam: 'Lotte', achternaam: 'Jansen', geboortedatum: '2019-05-05', rol: 'kind', bsn: willekeurigBsn() }),
    verwacht: v(201, 201, 201, 403, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'PATCH /api/huishoudens/:id/leden/:lidId', variant: 'BSN', verzoek: (a, c, f) => a.patch(`/api/huishoudens/${f.huishoudenId}/leden/${f.lidId}`).set('x-csrf-token', c).send({ versie: 1, bsn: willekeurigBsn() }),
    verwacht: v(200, 200, 200, 403, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'DELETE /api/huishoudens/:id/leden/:lidId', verzoek: (a, c, f) => a.delete(`/api/huishoudens/${f.huishoudenId}/leden/${f.lidId}?versie=1`).set('x-csrf-token', c),
    verwacht: v(200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'GET /api/huishoudens/:id/tijdlijn', verzoek: (a, _c, f) => a.get(`/api/huishoudens/${f.huishoudenId}/tijdlijn`),
    verwacht: v(200, 200, 200, 200, 200, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  // the access overview is the casemanager's; professionals have no such right at all
  { route: 'GET /api/huishoudens/:id/inzage', verzoek: (a, _c, f) => a.get(`/api/huishoudens/${f.huishoudenId}/inzage`),
    verwacht: v(200, 403, 403, 403, 403, 404, 404, 404, 403, 403, 403, 403, 403, 403, 403, 401) },
  // allowed, but the household already has an active plan
  { route: 'POST /api/huishoudens/:id/plannen', verzoek: (a, c, f) => a.post(`/api/huishoudens/${f.huishoudenId}/plannen`).set('x-csrf-token', c).send({}),
    verwacht: v(409, 409, 409, 409, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'POST /api/plannen/:id/doelen', verzoek: (a, c, f) => a.post(`/api/plannen/${f.planId}/doelen`).set('x-csrf-token', c).send({ leefgebied: 'wonen', omschrijving: 'Een rustige plek', prioriteit: 2 }),
    verwacht: v(201, 201, 201, 201, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'POST /api/plannen/:id/vaststellen', verzoek: (a, c, f) => a.post(`/api/plannen/${f.planId}/vaststellen`).set('x-csrf-token', c).send({ versie: 1, akkoordHuishoudenOp: vandaag() }),
    verwacht: v(200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'POST /api/plannen/:id/afsluiten', verzoek: (a, c, f) => a.post(`/api/plannen/${f.planId}/afsluiten`).set('x-csrf-token', c).send({ versie: 1, reden: 'doelen_bereikt', resultaten: f.doelIds.map((doelId) => ({ doelId, resultaat: 'ja' })) }),
    verwacht: v(200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'PATCH /api/doelen/:id', verzoek: (a, c, f) => a.patch(`/api/doelen/${f.doelId}`).set('x-csrf-token', c).send({ versie: 1, prioriteit: 3 }),
    verwacht: v(200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'DELETE /api/doelen/:id', verzoek: (a, c, f) => a.delete(`/api/doelen/${f.doelId}?versie=1`).set('x-csrf-token', c),
    verwacht: v(200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'POST /api/doelen/:id/acties', verzoek: (a, c, f) => a.post(`/api/doelen/${f.doelId}/acties`).set('x-csrf-token', c).send({ omschrijving: 'Bellen met de woningcorporatie', eigenaarSoort: 'netwerk', eigenaarNaam: 'Oma', deadline: '2026-12-24' }),
    verwacht: v(201, 201, 201, 201, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  // the fixture's action belongs to the household: profMet may see it but it is not theirs
  { route: 'PATCH /api/acties/:id', verzoek: (a, c, f) => a.patch(`/api/acties/${f.actieId}`).set('x-csrf-token', c).send({ versie: 1, status: 'gedaan' }),
    verwacht: v(200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'DELETE /api/acties/:id', verzoek: (a, c, f) => a.delete(`/api/acties/${f.actieId}?versie=1`).set('x-csrf-token', c),
    verwacht: v(200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'GET /api/werkvoorraad', verzoek: (a, _c, _f, p) => a.get(`/api/werkvoorraad?perPagina=100&pagina=${p}`), ids: (b) => (b as { items: { huishouden: { id: string } }[] }).items.map((i) => i.huishouden.id),
    verwacht: v('ja', 'ja', 'ja', 'ja', 'ja', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee', 403, 403, 401) },
  { route: 'POST /api/huishoudens/:id/team', verzoek: (a, c, f) => a.post(`/api/huishoudens/${f.huishoudenId}/team`).set('x-csrf-token', c).send({ soort: 'netwerk', naam: 'Tante Els', relatie: 'tante', rol: 'Helpt met de administratie', van: vandaag() }),
    verwacht: v(201, 201, 201, 201, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'POST /api/team/:id/beeindigen', verzoek: (a, c, f) => a.post(`/api/team/${f.betrokkeneAmw}/beeindigen`).set('x-csrf-token', c).send({ versie: 1, tot: vandaag() }),
    verwacht: v(200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'POST /api/huishoudens/:id/toestemmingen', verzoek: (a, c, f) => a.post(`/api/huishoudens/${f.huishoudenId}/toestemmingen`).set('x-csrf-token', c).send({ organisatieId: orgs['Schuldhulpverlening Midden-Limburg'], gegevenOp: vandaag(), reikwijdte: 'Plan en evaluaties' }),
    verwacht: v(201, 403, 403, 403, 403, 404, 404, 404, 403, 403, 403, 403, 403, 403, 403, 401) },
  { route: 'POST /api/toestemmingen/:id/intrekken', verzoek: (a, c, f) => a.post(`/api/toestemmingen/${f.toestemmingAmw}/intrekken`).set('x-csrf-token', c).send({ versie: 1, ingetrokkenOp: vandaag() }),
    verwacht: v(200, 403, 403, 403, 403, 404, 404, 404, 403, 403, 403, 403, 403, 403, 403, 401) },
  { route: 'PUT /api/huishoudens/:id/grondslagen', verzoek: (a, c, f) => a.put(`/api/huishoudens/${f.huishoudenId}/grondslagen`).set('x-csrf-token', c).send({ wetten: ['wmo2015', 'jeugdwet'] }),
    verwacht: v(200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  // safety first: everyone the plan is shared with can record a signal
  { route: 'POST /api/huishoudens/:id/veiligheidssignalen', verzoek: (a, c, f) => a.post(`/api/huishoudens/${f.huishoudenId}/veiligheidssignalen`).set('x-csrf-token', c).send({ stap: 'signalen_in_kaart', datum: vandaag() }),
    verwacht: v(201, 201, 201, 201, 201, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'POST /api/huishoudens/:id/regie', verzoek: (a, c, f) => a.post(`/api/huishoudens/${f.huishoudenId}/regie`).set('x-csrf-token', c).send({ houder: 'huishouden', reden: 'Het gezin kan het weer zelf', startdatum: vandaag(), evaluatiedatum: '2027-03-01', huishoudenAkkoord: true }),
    verwacht: v(201, 201, 201, 201, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'DELETE /api/regie-afspraken/:id', verzoek: (a, c, f) => a.delete(`/api/regie-afspraken/${f.regieId}?versie=1`).set('x-csrf-token', c),
    verwacht: v(200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'POST /api/huishoudens/:id/evaluaties', verzoek: (a, c, f) => a.post(`/api/huishoudens/${f.huishoudenId}/evaluaties`).set('x-csrf-token', c).send({ geplandOp: '2027-01-15' }),
    verwacht: v(201, 201, 201, 201, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'POST /api/evaluaties/:id/vastleggen', verzoek: (a, c, f) => a.post(`/api/evaluaties/${f.evaluatieId}/vastleggen`).set('x-csrf-token', c).send({ versie: 1, gehoudenOp: vandaag(), gehoordEnGezien: 'ja', regiePassend: true, doelen: [{ doelId: f.doelId, voortgang: 'op_weg' }] }),
    verwacht: v(200, 200, 200, 200, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'POST /api/huishoudens/:id/bijdragen', verzoek: (a, c, f) => a.post(`/api/huishoudens/${f.huishoudenId}/bijdragen`).set('x-csrf-token', c).send({ tekst: 'Gesprek gehad, het gaat beter.' }),
    verwacht: v(201, 201, 201, 201, 201, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'POST /api/evaluaties/:id/ervaringsmeting', verzoek: (a, c, f) => a.post(`/api/evaluaties/${f.evaluatieId}/ervaringsmeting`).set('x-csrf-token', c).send({ perspectief: 4, regie: 4, integraal: 4, effect: 4, gehoord: 4, tevredenheid: 4 }),
    verwacht: v(201, 201, 201, 201, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'POST /api/evaluaties/:id/meetlink', verzoek: (a, c, f) => a.post(`/api/evaluaties/${f.evaluatieId}/meetlink`).set('x-csrf-token', c).send({}),
    verwacht: v(201, 201, 201, 201, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  { route: 'POST /api/huishoudens/:id/positieve-gezondheid', verzoek: (a, c, f) => a.post(`/api/huishoudens/${f.huishoudenId}/positieve-gezondheid`).set('x-csrf-token', c).send({ lidId: f.lidId, moment: 'start', lichaamsfuncties: 5, mentaalWelbevinden: 5, zingeving: 5, kwaliteitVanLeven: 5, meedoen: 5, dagelijksFunctioneren: 5 }),
    verwacht: v(201, 201, 201, 201, 403, 404, 404, 404, 404, 404, 404, 404, 404, 403, 403, 401) },
  // not tied to one household
  { route: 'POST /api/verwijsindex', verzoek: (a, c) => a.post('/api/verwijsindex').set('x-csrf-token', c).send({ bsn: '111222333' }),
    verwacht: v(200, 200, 200, 403, 403, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403, 401) },
  // staff directory, no case content: functioneel beheer manages it
  { route: 'GET /api/organisaties', verzoek: (a) => a.get('/api/organisaties'),
    verwacht: v(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403, 200, 401) },
];

/**
 * Functioneel beheer's routes: only beheer gets past the guard, and nothing of a household is in
 * them. Bodies are empty or ids unknown, so beheer's answer (400/404) shows it was let through
 * without changing anything, and the others' 403 that they were not.
 */
const GEEN_ID = '00000000-0000-4000-8000-000000000000';
//                              cm   colT conM regis profM | oudT coll conZ zond intr oudP andG buit | belei behee anon
const BEHEER_MATRIX: Route[] = [
  { route: 'GET /api/beheer/gebruikers', verzoek: (a) => a.get('/api/beheer/gebruikers'),
    verwacht: v(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 401) },
  { route: 'POST /api/beheer/gebruikers', verzoek: (a, c) => a.post('/api/beheer/gebruikers').set('x-csrf-token', c).send({}),
    verwacht: v(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 400, 401) },
  { route: 'PATCH /api/beheer/gebruikers/:id', verzoek: (a, c) => a.patch(`/api/beheer/gebruikers/${GEEN_ID}`).set('x-csrf-token', c).send({ actief: true }),
    verwacht: v(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 401) },
  { route: 'POST /api/beheer/gebruikers/:id/uitnodiging', verzoek: (a, c) => a.post(`/api/beheer/gebruikers/${GEEN_ID}/uitnodiging`).set('x-csrf-token', c).send({}),
    verwacht: v(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 401) },
  { route: 'DELETE /api/beheer/gebruikers/:id/tweede-factor', verzoek: (a, c) => a.delete(`/api/beheer/gebruikers/${GEEN_ID}/tweede-factor`).set('x-csrf-token', c),
    verwacht: v(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 401) },
  { route: 'GET /api/beheer/gemeenten', verzoek: (a) => a.get('/api/beheer/gemeenten'),
    verwacht: v(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 401) },
  { route: 'POST /api/beheer/gemeenten', verzoek: (a, c) => a.post('/api/beheer/gemeenten').set('x-csrf-token', c).send({}),
    verwacht: v(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 400, 401) },
  { route: 'PATCH /api/beheer/gemeenten/:id', verzoek: (a, c) => a.patch(`/api/beheer/gemeenten/${GEEN_ID}`).set('x-csrf-token', c).send({ actief: true }),
    verwacht: v(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 401) },
  { route: 'GET /api/beheer/organisaties', verzoek: (a) => a.get('/api/beheer/organisaties'),
    verwacht: v(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 401) },
  { route: 'POST /api/beheer/organisaties', verzoek: (a, c) => a.post('/api/beheer/organisaties').set('x-csrf-token', c).send({}),
    verwacht: v(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 400, 401) },
  { route: 'PATCH /api/beheer/organisaties/:id', verzoek: (a, c) => a.patch(`/api/beheer/organisaties/${GEEN_ID}`).set('x-csrf-token', c).send({ soort: 'cjg' }),
    verwacht: v(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 404, 401) },
  { route: 'GET /api/beheer/signalen/verwijsindex', verzoek: (a) => a.get('/api/beheer/signalen/verwijsindex'),
    verwacht: v(403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 401) },
];

let t: TestApp;
let db: DataSource;
let weert: string;
const orgs: Record<string, string> = {};
const ids: Record<string, string> = {};
const sessies = new Map<Actor, { agent: TestAgent; csrf: string }>();

async function testgebruiker(rol: 'consulent' | 'professional', organisatie: string, gemeenten: string[]): Promise<{ id: string; gebruikersnaam: string }> {
  const gebruikersnaam = `test.${rol}.${randomUUID().slice(0, 8)}`;
  const rij = await enkeleRij<{ id: string }>(db, `INSERT INTO gebruiker (gebruikersnaam, naam, rol, organisatie_id, wachtwoord_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
    gebruikersnaam, `Test ${rol}`, rol, orgs[organisatie], await hashWachtwoord('Test-wachtwoord-2026'),
  ]);
  for (const g of gemeenten) await db.query(`INSERT INTO gebruiker_gemeente (gebruiker_id, gemeente_id) VALUES ($1, $2)`, [rij.id, await gemeenteId(t, g)]);
  return { id: rij.id, gebruikersnaam };
}

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  weert = await gemeenteId(t, 'Weert');
  for (const o of await rijen<{ id: string; naam: string }>(db, `SELECT id, naam FROM organisatie`)) orgs[o.naam] = o.id;
  for (const g of await rijen<{ id: string; gebruikersnaam: string }>(db, `SELECT id, gebruikersnaam FROM gebruiker WHERE gebruikersnaam NOT LIKE 'test.%' AND gebruikersnaam NOT LIKE 'bench.%'`)) ids[g.gebruikersnaam] = g.id;
  const alle = ['Leudal', 'Nederweert', 'Weert'];
  const extra: Partial<Record<Actor, { id: string; gebruikersnaam: string }>> = {
    collega: await testgebruiker('consulent', 'CJG Midden-Limburg', ['Weert']),
    collegaInTeam: await testgebruiker('consulent', 'CJG Midden-Limburg', ['Weert']),
    consulentMet: await testgebruiker('consulent', 'Wmo-team Nederweert', ['Weert']),
    consulentZonder: await testgebruiker('consulent', 'Wmo-team Leudal', ['Leudal', 'Weert']),
    regisseur: await testgebruiker('professional', 'Wijkverpleging Weert', alle),
    oudProf: await testgebruiker('professional', 'AMW Midden-Limburg', alle),
    andereGemeente: await testgebruiker('professional', 'AMW Midden-Limburg', ['Leudal']),
    buitenstaander: await testgebruiker('professional', 'AMW Midden-Limburg', alle),
  };
  for (const [actor, g] of Object.entries(extra) as [Actor, { id: string; gebruikersnaam: string }][]) {
    ids[actor] = g.id;
    const agent = t.http();
    const login = await agent.post('/api/auth/inloggen').set('X-Forwarded-For', uniekIp()).send({ gebruikersnaam: g.gebruikersnaam, wachtwoord: 'Test-wachtwoord-2026' }).expect(200);
    sessies.set(actor, { agent, csrf: body<HuidigeGebruiker>(login).csrfToken });
  }
  const demo: Partial<Record<Actor, string>> = {
    casemanager: 'consulent.weert', oudTeamlid: 'consulent.nederweert', profMet: 'professional.amw',
    profZonder: 'professional.schuldhulp', profIngetrokken: 'professional.ggz', beleid: 'beleid.mlw', beheer: 'beheer',
  };
  for (const [actor, naam] of Object.entries(demo) as [Actor, string][]) sessies.set(actor, await inloggenAls(t, naam));
  sessies.set('anoniem', { agent: t.http(), csrf: '' });
});
afterAll(() => t.close());

/** A fresh household with a plan, two doelen, an action, a planned evaluation, and the team described above. */
async function maakFixture(): Promise<Fixture> {
  const { agent, csrf } = sessies.get('casemanager')!;
  const h = body<HuishoudenDetail>(await agent.post('/api/huishoudens').set('x-csrf-token', csrf).send(nieuwHuishouden(weert)).expect(201));
  await agent.post(`/api/plannen/${h.plan!.id}/doelen`).set('x-csrf-token', csrf).send({ leefgebied: 'inkomen_schulden', omschrijving: 'Schulden op een rij', prioriteit: 1 }).expect(201);
  const plan = body<HuishoudenDetail>(await agent.post(`/api/plannen/${h.plan!.id}/doelen`).set('x-csrf-token', csrf).send({ leefgebied: 'opvoeding_ontwikkeling', omschrijving: 'Rust in huis', prioriteit: 2 }).expect(201)).plan!;
  const doel = plan.doelen[0]!;
  const metActie = body<HuishoudenDetail>(await agent.post(`/api/doelen/${doel.id}/acties`).set('x-csrf-token', csrf).send({ omschrijving: 'Post sorteren', eigenaarSoort: 'huishouden', eigenaarNaam: 'Fatima', deadline: '2026-12-01' }).expect(201)).plan!;
  const gisteren = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const lid = async (gebruikerId: string, tot: string | null = null) =>
    (await enkeleRij<{ id: string }>(db, `INSERT INTO betrokkene (huishouden_id, soort, gebruiker_id, organisatie_id, rol, van, tot) SELECT $1, 'professional', id, organisatie_id, 'betrokken', '2020-01-01', $3 FROM gebruiker WHERE id = $2 RETURNING id`, [h.id, gebruikerId, tot])).id;
  const toestemming = async (organisatie: string, ingetrokken: string | null = null) =>
    (await enkeleRij<{ id: string }>(db, `INSERT INTO toestemming (huishouden_id, organisatie_id, gegeven_op, reikwijdte, vastgelegd_door, ingetrokken_op) VALUES ($1, $2, '2020-01-01', 'Plan en team', $3, $4) RETURNING id`, [h.id, orgs[organisatie], ids['consulent.weert'], ingetrokken])).id;
  await lid(ids.collegaInTeam!);
  await lid(ids.consulentMet!);
  await lid(ids.consulentZonder!);
  await lid(ids['consulent.nederweert']!, gisteren);
  const betrokkeneAmw = await lid(ids['professional.amw']!);
  await lid(ids['professional.schuldhulp']!);
  await lid(ids['professional.ggz']!);
  await lid(ids.oudProf!, gisteren);
  await lid(ids.andereGemeente!);
  await lid(ids.regisseur!);
  const toestemmingAmw = await toestemming('AMW Midden-Limburg');
  await toestemming('GGZ Midden-Limburg', gisteren);
  await toestemming('Wijkverpleging Weert');
  await toestemming('Wmo-team Nederweert');
  const regie = await enkeleRij<{ id: string }>(
    db,
    `INSERT INTO regie_afspraak (huishouden_id, houder, regisseur_id, reden, startdatum, evaluatiedatum, huishouden_akkoord, vastgelegd_door) VALUES ($1, 'professional', $2, 'Veel partijen', '2026-01-01', '2027-06-01', true, $3) RETURNING id`,
    [h.id, ids.regisseur, ids['consulent.weert']],
  );
  const evaluatie = await enkeleRij<{ id: string }>(db, `INSERT INTO evaluatie (huishouden_id, plan_id, gepland_op) VALUES ($1, $2, '2026-12-15') RETURNING id`, [h.id, h.plan!.id]);
  return {
    huishoudenId: h.id, planId: h.plan!.id, doelId: doel.id, actieId: metActie.doelen[0]!.acties[0]!.id, lidId: h.leden[1]!.id,
    betrokkeneAmw, toestemmingAmw, regieId: regie.id, evaluatieId: evaluatie.id, doelIds: plan.doelen.map((d: { id: string }) => d.id),
  };
}

/** Everything stored about the household, and the number of households: must not move on a refusal. */
async function momentopname(f: Fixture): Promise<string> {
  const tabellen = ['lid', 'plan', 'betrokkene', 'toestemming', 'grondslag', 'veiligheidssignaal', 'regie_afspraak', 'evaluatie', 'bijdrage', 'ervaringsmeting', 'positieve_gezondheid', 'meetlink'];
  const [rij] = await db.query<Record<string, unknown>[]>(
    `SELECT (SELECT count(*) FROM huishouden) AS huishoudens, (SELECT count(*) FROM wijziging WHERE huishouden_id = $1) AS wijzigingen,
            (SELECT json_agg(h) FROM huishouden h WHERE h.id = $1) AS huishouden,
            ${tabellen.map((tabel) => `(SELECT json_agg(x ORDER BY x::text) FROM ${tabel} x WHERE x.huishouden_id = $1) AS ${tabel}`).join(', ')},
            (SELECT json_agg(d ORDER BY d.id) FROM doel d JOIN plan p ON p.id = d.plan_id WHERE p.huishouden_id = $1) AS doelen,
            (SELECT json_agg(a ORDER BY a.id) FROM actie a JOIN doel d ON d.id = a.doel_id JOIN plan p ON p.id = d.plan_id WHERE p.huishouden_id = $1) AS acties`,
    [f.huishoudenId],
  );
  return JSON.stringify(rij);
}

async function voerUit(rij: Route, actor: Actor, f: Fixture): Promise<{ status: number; zichtbaar?: boolean; body: { detail?: string } }> {
  const { agent, csrf } = sessies.get(actor)!;
  const antwoord = await rij.verzoek(agent, csrf, f, 1);
  if (rij.toont && antwoord.status === 200) return { status: 200, zichtbaar: rij.toont(antwoord.body), body: body(antwoord) };
  if (!rij.ids || antwoord.status !== 200) return { status: antwoord.status, body: body(antwoord) };
  let zichtbaar = false;
  for (let pagina = 1, laatste = antwoord; ; pagina += 1) {
    zichtbaar ||= rij.ids(laatste.body).includes(f.huishoudenId);
    if (zichtbaar || pagina * 100 >= body<Pagina<unknown>>(laatste).totaal) break;
    laatste = await rij.verzoek(agent, csrf, f, pagina + 1);
  }
  return { status: 200, zichtbaar, body: body(antwoord) };
}

describe('permissiematrix: functioneel beheer', () => {
  it('covers every beheer route', () => {
    const routes = verzamelRoutes(t.app.get(DiscoveryService), t.app.get(MetadataScanner), t.app.get(Reflector))
      .filter((r) => r.pad.startsWith('/api/beheer'))
      .map((r) => `${r.methode} ${r.pad}`)
      .sort();
    expect(routes).toEqual(BEHEER_MATRIX.map((m) => m.route).sort());
  });

  for (const rij of BEHEER_MATRIX) {
    for (const actor of ACTOREN) {
      it(`${rij.route} as ${actor} → ${String(rij.verwacht[actor])}`, async () => {
        const { agent, csrf } = sessies.get(actor)!;
        const antwoord = await rij.verzoek(agent, csrf, {} as Fixture, 1);
        expect(antwoord.status).toBe(rij.verwacht[actor]);
        // Beheer's answers hold accounts, gemeenten and organisations, never a household.
        if (antwoord.status === 200) expect(JSON.stringify(antwoord.body)).not.toMatch(/huishouden|bsn|postcode/i);
      });
    }
  }
});

describe('permissiematrix: huishoudens, plannen en team', () => {
  it('covers every case-work route', () => {
    const routes = verzamelRoutes(t.app.get(DiscoveryService), t.app.get(MetadataScanner), t.app.get(Reflector))
      .filter((r) => /^\/api\/(huishoudens|plannen|doelen|acties|werkvoorraad|team|toestemmingen|regie-afspraken|evaluaties|verwijsindex|organisaties)/.test(r.pad))
      .map((r) => `${r.methode} ${r.pad}`)
      .sort();
    expect(routes).toEqual([...new Set(MATRIX.map((m) => m.route))].sort());
  });

  it('answers an id one may not see exactly like an id that does not exist', async () => {
    const f = await maakFixture();
    const { agent, csrf } = sessies.get('collega')!;
    const bestaatNiet = '00000000-0000-4000-8000-000000000000';
    for (const [verboden, onbekend] of [
      [agent.get(`/api/huishoudens/${f.huishoudenId}`), agent.get(`/api/huishoudens/${bestaatNiet}`)],
      [agent.patch(`/api/doelen/${f.doelId}`).set('x-csrf-token', csrf).send({ versie: 1 }), agent.patch(`/api/doelen/${bestaatNiet}`).set('x-csrf-token', csrf).send({ versie: 1 })],
      [agent.delete(`/api/acties/${f.actieId}?versie=1`).set('x-csrf-token', csrf), agent.delete(`/api/acties/${bestaatNiet}?versie=1`).set('x-csrf-token', csrf)],
      [agent.post(`/api/toestemmingen/${f.toestemmingAmw}/intrekken`).set('x-csrf-token', csrf).send({ versie: 1, ingetrokkenOp: vandaag() }), agent.post(`/api/toestemmingen/${bestaatNiet}/intrekken`).set('x-csrf-token', csrf).send({ versie: 1, ingetrokkenOp: vandaag() })],
    ]) {
      const [a, b] = [await verboden!, await onbekend!];
      expect(a.status).toBe(404);
      expect(a.body).toEqual(b.body);
    }
  });

  for (const rij of MATRIX) {
    for (const actor of ACTOREN) {
      const verwacht = rij.verwacht[actor];
      it(`${rij.route}${rij.variant ? ` (${rij.variant})` : ''} as ${actor} → ${verwacht}`, async () => {
        const f = await maakFixture();
        const voor = await momentopname(f);
        const uitkomst = await voerUit(rij, actor, f);
        if (verwacht === 'ja' || verwacht === 'nee') {
          expect(uitkomst.status).toBe(200);
          expect(uitkomst.zichtbaar).toBe(verwacht === 'ja');
        } else {
          expect(uitkomst.status).toBe(verwacht);
        }
        if (typeof verwacht === 'number' && verwacht >= 400) expect(await momentopname(f)).toBe(voor);
      });
    }
  }
});

describe('toestemming intrekken', () => {
  it('removes the professional’s access on every household route at once, and audits each refusal', async () => {
    const f = await maakFixture();
    const prof = sessies.get('profMet')!;
    await prof.agent.get(`/api/huishoudens/${f.huishoudenId}`).expect(200);
    const cm = sessies.get('casemanager')!;
    await cm.agent.post(`/api/toestemmingen/${f.toestemmingAmw}/intrekken`).set('x-csrf-token', cm.csrf).send({ versie: 1, ingetrokkenOp: vandaag() }).expect(200);

    const { voor } = await enkeleRij<{ voor: number }>(db, `SELECT count(*)::int AS voor FROM audit_log WHERE gebruiker_id = $1 AND gebeurtenis = 'toegang_geweigerd'`, [ids['professional.amw']]);
    let geweigerd = 0;
    // inzage and consent are not for professionals at all: the route guard refuses them first
    const nooitVoorProfessionals = ['GET /api/huishoudens/:id/inzage', 'POST /api/huishoudens/:id/toestemmingen', 'POST /api/toestemmingen/:id/intrekken'];
    for (const rij of MATRIX.filter((r) => !['POST /api/huishoudens', 'POST /api/verwijsindex', 'GET /api/organisaties'].includes(r.route))) {
      const uitkomst = await voerUit(rij, 'profMet', f);
      if (rij.ids) {
        expect(uitkomst.zichtbaar, rij.route).toBe(false);
      } else {
        expect(uitkomst.status, rij.route).toBe(nooitVoorProfessionals.includes(rij.route) ? 403 : 404);
        if (uitkomst.status === 404) geweigerd += 1;
      }
    }
    const { na } = await enkeleRij<{ na: number }>(db, `SELECT count(*)::int AS na FROM audit_log WHERE gebruiker_id = $1 AND gebeurtenis = 'toegang_geweigerd'`, [ids['professional.amw']]);
    expect(na - voor).toBeGreaterThanOrEqual(geweigerd);
    expect(geweigerd).toBeGreaterThan(20);
  });
});

describe('professional', () => {
  it('sees no BSN, updates the status of their own action and nothing else of it', async () => {
    const f = await maakFixture();
    const cm = sessies.get('casemanager')!;
    const plan = body<HuishoudenDetail>(await cm.agent.post(`/api/doelen/${f.doelId}/acties`).set('x-csrf-token', cm.csrf).send({ omschrijving: 'Budgetgesprek', eigenaarSoort: 'professional', eigenaarGebruikerId: ids['professional.amw'], deadline: '2026-12-10' }).expect(201)).plan!;
    const eigen = plan.doelen[0]!.acties.find((a: { omschrijving: string }) => a.omschrijving === 'Budgetgesprek')!;
    const prof = sessies.get('profMet')!;
    const detail = body<HuishoudenDetail>(await prof.agent.get(`/api/huishoudens/${f.huishoudenId}`).expect(200));
    expect(detail.leden[0]!.bsn).toBeUndefined();
    const { bsn } = await enkeleRij<{ bsn: string }>(db, `SELECT bsn FROM lid WHERE huishouden_id = $1 AND bsn IS NOT NULL`, [f.huishoudenId]);
    expect(JSON.stringify(detail)).not.toContain(bsn);
    expect(detail.mijnRechten).toEqual({ bewerken: false, inzage: false, bsnZien: false, bsnWijzigen: false, bijdragen: true, toestemmingVastleggen: false });

    const bijgewerkt = await prof.agent.patch(`/api/acties/${eigen.id}`).set('x-csrf-token', prof.csrf).send({ versie: 1, status: 'gedaan' }).expect(200);
    expect(body<HuishoudenDetail>(bijgewerkt).plan!.doelen[0]!.acties.find((a: { id: string }) => a.id === eigen.id)!.status).toBe('gedaan');
    const deadline = await prof.agent.patch(`/api/acties/${eigen.id}`).set('x-csrf-token', prof.csrf).send({ versie: 2, deadline: '2027-01-01' }).expect(403);
    expect(body<Probleem>(deadline).detail).toBe('U mag bij uw eigen acties alleen de status wijzigen (niet: deadline).');

    // Handing the action to the household takes it away from the professional entirely.
    await cm.agent.patch(`/api/acties/${eigen.id}`).set('x-csrf-token', cm.csrf).send({ versie: 2, eigenaarSoort: 'huishouden', eigenaarNaam: 'Fatima' }).expect(200);
    const [rij] = await db.query<{ eigenaar_gebruiker_id: string | null; eigenaar_naam: string | null }[]>(`SELECT eigenaar_gebruiker_id, eigenaar_naam FROM actie WHERE id = $1`, [eigen.id]);
    expect(rij).toEqual({ eigenaar_gebruiker_id: null, eigenaar_naam: 'Fatima' });
    await prof.agent.patch(`/api/acties/${eigen.id}`).set('x-csrf-token', prof.csrf).send({ versie: 3, status: 'open' }).expect(403);
  });
});
