import { MELDING_BSN_IN_ANDER_HUISHOUDEN, type HuishoudenDetail, type NieuwHuishoudenInvoer, type Probleem, type TijdlijnRegel } from '@eenplan/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enkeleRij } from '../common/sql.js';
import { body } from '../test-support/antwoord.js';
import { gemeenteId, nieuweConsulent, nieuwHuishouden, uniekBsn } from '../test-support/huishouden-fixtures.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';

// Finding 6 of issue 11: the same household and BSN could be registered twice (one after
// another, and 5 of 5 in parallel), and the same BSN twice in one registration was accepted.

let t: TestApp;
let db: DataSource;
let weert: string;
let leudal: string;
beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
  weert = await gemeenteId(t, 'Weert');
  leudal = await gemeenteId(t, 'Leudal');
});
afterAll(() => t.close());

type Consulent = Awaited<ReturnType<typeof nieuweConsulent>>;
const registreer = (c: Consulent, invoer: NieuwHuishoudenInvoer, sleutel?: string) => {
  const verzoek = c.agent.post('/api/huishoudens').set('x-csrf-token', c.csrf);
  return (sleutel ? verzoek.set('Idempotency-Key', sleutel) : verzoek).send(invoer);
};
const metBsn = (gemeente: string, bsn: string, achternaam = 'Dubbel'): NieuwHuishoudenInvoer => {
  const invoer = nieuwHuishouden(gemeente, achternaam);
  return { ...invoer, leden: [{ ...invoer.leden[0]!, bsn }, invoer.leden[1]!] };
};
const huishoudensMetBsn = async (bsn: string) =>
  (await enkeleRij<{ aantal: number }>(db, `SELECT count(DISTINCT huishouden_id)::int AS aantal FROM lid WHERE bsn = $1`, [bsn])).aantal;
const huishoudensVan = async (c: Consulent) =>
  (await enkeleRij<{ aantal: number }>(db, `SELECT count(*)::int AS aantal FROM huishouden WHERE casemanager_id = $1`, [c.me.gebruiker.id])).aantal;

describe('a BSN in one active household at a time', () => {
  it('refuses the same BSN in a second registration with 409 at the field, without telling whose household it is', async () => {
    const cm = await nieuweConsulent(t, 'Weert');
    const bsn = uniekBsn();
    const eerste = body<HuishoudenDetail>(await registreer(cm, metBsn(weert, bsn, 'Verhoeven')).expect(201));

    const tweede = await registreer(cm, metBsn(weert, bsn, 'Verhoeven')).expect(409);
    expect(tweede.headers['content-type']).toContain('application/problem+json');
    expect(body<Probleem>(tweede).fouten).toEqual([{ veld: 'leden.0.bsn', melding: MELDING_BSN_IN_ANDER_HUISHOUDEN }]);

    // A consultant of another gemeente, who may not see the first household, learns only that it exists.
    const ander = await nieuweConsulent(t, 'Leudal');
    const vreemd = await registreer(ander, metBsn(leudal, bsn, 'Anders')).expect(409);
    expect(body<Probleem>(vreemd).fouten![0]!.veld).toBe('leden.0.bsn');
    const tekst = JSON.stringify(vreemd.body);
    for (const verborgen of [eerste.id, 'Verhoeven', 'Fatima', eerste.straat, eerste.postcode]) expect(tekst).not.toContain(verborgen);
    expect(await huishoudensMetBsn(bsn)).toBe(1);
  });

  it('lets exactly one of 5 parallel registrations with one BSN through, the other four get 409 (10 rounds)', async () => {
    const consulenten = await Promise.all(Array.from({ length: 5 }, () => nieuweConsulent(t, 'Weert')));
    for (let ronde = 0; ronde < 10; ronde += 1) {
      const bsn = uniekBsn();
      const antwoorden = await Promise.all(consulenten.map((c) => registreer(c, metBsn(weert, bsn))));
      expect(antwoorden.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
      for (const a of antwoorden.filter((x) => x.status === 409)) expect(body<Probleem>(a).fouten).toEqual([{ veld: 'leden.0.bsn', melding: MELDING_BSN_IN_ANDER_HUISHOUDEN }]);
      expect(await huishoudensMetBsn(bsn)).toBe(1);
    }
  });

  it('refuses the same BSN twice in one registration with 400 naming the second member, whatever the reason', async () => {
    const cm = await nieuweConsulent(t, 'Weert');
    const bsn = uniekBsn();
    const invoer = nieuwHuishouden(weert, 'Tweemaal');
    const lid = { ...invoer.leden[0]!, bsn };
    for (const tweede of [lid, { ...lid, tweedeHuishoudenReden: 'co_ouderschap' as const }]) {
      const antwoord = await registreer(cm, { ...invoer, leden: [lid, tweede] }).expect(400);
      expect(body<Probleem>(antwoord).fouten).toEqual([{ veld: 'leden.1.bsn', melding: 'Dit BSN staat al bij een ander lid van dit huishouden (lid 1 heeft hetzelfde BSN).' }]);
    }
    expect(await huishoudensMetBsn(bsn)).toBe(0);
  });

  it('accepts the BSN in a second active household when the reason is recorded, and shows it in the file and timeline', async () => {
    const cm = await nieuweConsulent(t, 'Weert');
    const bsn = uniekBsn();
    await registreer(cm, metBsn(weert, bsn, 'Moeder')).expect(201);
    const invoer = metBsn(weert, bsn, 'Vader');
    invoer.leden[0] = { ...invoer.leden[0]!, rol: 'kind', geboortedatum: '2015-05-05', tweedeHuishoudenReden: 'co_ouderschap' };
    const h = body<HuishoudenDetail>(await registreer(cm, invoer).expect(201));
    expect(h.leden.find((l) => l.bsn === bsn)).toMatchObject({ tweedeHuishoudenReden: 'co_ouderschap' });
    expect(h.leden.filter((l) => l.bsn !== bsn).map((l) => l.tweedeHuishoudenReden)).toEqual([null]);
    const tijdlijn = body<TijdlijnRegel[]>(await cm.agent.get(`/api/huishoudens/${h.id}/tijdlijn`).expect(200));
    expect(tijdlijn.map((r) => r.veranderingen.tweedeHuishoudenReden).filter(Boolean)).toEqual([{ oud: null, nieuw: 'co_ouderschap' }]);
    expect(await huishoudensMetBsn(bsn)).toBe(2);
  });

  it('checks a member added or changed: another active household 409, the same household 400, a reason lets it through', async () => {
    const cm = await nieuweConsulent(t, 'Weert');
    const bsnA = uniekBsn();
    await registreer(cm, metBsn(weert, bsnA, 'Eerste')).expect(201);
    const b = body<HuishoudenDetail>(await registreer(cm, nieuwHuishouden(weert, 'Tweede')).expect(201));
    const nieuwLid = { voornaam: 'Lotte', achternaam: 'Tweede', geboortedatum: '2016-02-02', rol: 'kind' };

    const toevoegen = await cm.agent.post(`/api/huishoudens/${b.id}/leden`).set('x-csrf-token', cm.csrf).send({ ...nieuwLid, bsn: bsnA }).expect(409);
    expect(body<Probleem>(toevoegen).fouten).toEqual([{ veld: 'bsn', melding: MELDING_BSN_IN_ANDER_HUISHOUDEN }]);
    const eigen = b.leden.find((l) => l.bsn)!.bsn!;
    const zelfde = await cm.agent.post(`/api/huishoudens/${b.id}/leden`).set('x-csrf-token', cm.csrf).send({ ...nieuwLid, bsn: eigen, tweedeHuishoudenReden: 'co_ouderschap' }).expect(400);
    expect(body<Probleem>(zelfde).fouten).toEqual([{ veld: 'bsn', melding: 'Dit BSN staat al bij een ander lid van dit huishouden.' }]);
    const metReden = body<HuishoudenDetail>(
      await cm.agent.post(`/api/huishoudens/${b.id}/leden`).set('x-csrf-token', cm.csrf).send({ ...nieuwLid, bsn: bsnA, tweedeHuishoudenReden: 'verblijf_twee_huishoudens' }).expect(201),
    );
    const lotte = metReden.leden.find((l) => l.voornaam === 'Lotte')!;
    expect(lotte.tweedeHuishoudenReden).toBe('verblijf_twee_huishoudens');

    // Taking the reason away is checked like a new BSN; so is changing a BSN to a taken one.
    const zonderReden = await cm.agent.patch(`/api/huishoudens/${b.id}/leden/${lotte.id}`).set('x-csrf-token', cm.csrf).send({ versie: lotte.versie, tweedeHuishoudenReden: null }).expect(409);
    expect(body<Probleem>(zonderReden).fouten![0]!.veld).toBe('bsn');
    const noah = metReden.leden.find((l) => l.voornaam === 'Noah')!;
    const bsnC = uniekBsn();
    await registreer(cm, metBsn(weert, bsnC, 'Derde')).expect(201);
    await cm.agent.patch(`/api/huishoudens/${b.id}/leden/${noah.id}`).set('x-csrf-token', cm.csrf).send({ versie: noah.versie, bsn: bsnC }).expect(409);
    await cm.agent.patch(`/api/huishoudens/${b.id}/leden/${noah.id}`).set('x-csrf-token', cm.csrf).send({ versie: noah.versie, bsn: eigen }).expect(400);
    // Other changes to a member leave the BSN check alone.
    await cm.agent.patch(`/api/huishoudens/${b.id}/leden/${lotte.id}`).set('x-csrf-token', cm.csrf).send({ versie: lotte.versie, voornaam: 'Lot', bsn: bsnA }).expect(200);
    const vrij = uniekBsn();
    const gewijzigd = body<HuishoudenDetail>(await cm.agent.patch(`/api/huishoudens/${b.id}/leden/${noah.id}`).set('x-csrf-token', cm.csrf).send({ versie: noah.versie, bsn: vrij }).expect(200));
    expect(gewijzigd.leden.find((l) => l.id === noah.id)!.bsn).toBe(vrij);
    expect(await huishoudensMetBsn(bsnA)).toBe(2);
  });

  it('counts only active households: after the plan is closed the BSN is free, and a new plan for the old household is refused while it is taken', async () => {
    const cm = await nieuweConsulent(t, 'Weert');
    const bsn = uniekBsn();
    const oud = body<HuishoudenDetail>(await registreer(cm, metBsn(weert, bsn, 'Verhuisd')).expect(201));
    await cm.agent.post(`/api/plannen/${oud.plan!.id}/afsluiten`).set('x-csrf-token', cm.csrf).send({ versie: 1, reden: 'verhuisd', resultaten: [] }).expect(200);
    await registreer(cm, metBsn(weert, bsn, 'Nieuw adres')).expect(201);

    const heropenen = await cm.agent.post(`/api/huishoudens/${oud.id}/plannen`).set('x-csrf-token', cm.csrf).send({}).expect(409);
    const index = oud.leden.findIndex((l) => l.bsn === bsn);
    expect(body<Probleem>(heropenen).fouten).toEqual([{ veld: `leden.${index}.bsn`, melding: MELDING_BSN_IN_ANDER_HUISHOUDEN }]);
    expect((await enkeleRij<{ status: string }>(db, `SELECT status FROM huishouden WHERE id = $1`, [oud.id])).status).toBe('afgesloten');
  });
});

describe('Idempotency-Key on POST /api/huishoudens', () => {
  it('answers a resent form with the same household and the same answer', async () => {
    const cm = await nieuweConsulent(t, 'Weert');
    const invoer = nieuwHuishouden(weert, 'Dubbelklik');
    const sleutel = crypto.randomUUID();
    const eerste = await registreer(cm, invoer, sleutel).expect(201);
    const tweede = await registreer(cm, invoer, sleutel).expect(201);
    expect(tweede.body).toEqual(eerste.body);
    expect(await huishoudensVan(cm)).toBe(1);
  });

  it('makes one household of 5 parallel requests with the same key, all with identical answers (5 rounds)', async () => {
    const cm = await nieuweConsulent(t, 'Weert');
    for (let ronde = 0; ronde < 5; ronde += 1) {
      const invoer = nieuwHuishouden(weert, `Parallel${ronde}`);
      const sleutel = crypto.randomUUID();
      const antwoorden = await Promise.all(Array.from({ length: 5 }, () => registreer(cm, invoer, sleutel)));
      expect(antwoorden.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
      for (const a of antwoorden) expect(a.body).toEqual(antwoorden[0]!.body);
      expect(await huishoudensVan(cm)).toBe(ronde + 1);
    }
  });

  it('refuses the same key with another body (422, nothing made), and a malformed key (400 naming the header)', async () => {
    const cm = await nieuweConsulent(t, 'Weert');
    const sleutel = crypto.randomUUID();
    await registreer(cm, nieuwHuishouden(weert, 'Eerst'), sleutel).expect(201);
    const ander = await registreer(cm, nieuwHuishouden(weert, 'Anders'), sleutel).expect(422);
    expect(body<Probleem>(ander).fouten).toEqual([{ veld: 'Idempotency-Key', melding: 'Deze sleutel hoort bij een eerdere registratie met andere gegevens.' }]);
    const kapot = await registreer(cm, nieuwHuishouden(weert, 'Kapot'), 'kort').expect(400);
    expect(body<Probleem>(kapot).fouten![0]!.veld).toBe('Idempotency-Key');
    expect(await huishoudensVan(cm)).toBe(1);
  });

  it('keeps keys per user, frees a key whose registration was refused, and forgets keys after 24 hours', async () => {
    const [a, b] = [await nieuweConsulent(t, 'Weert'), await nieuweConsulent(t, 'Weert')];
    const sleutel = crypto.randomUUID();
    await registreer(a, nieuwHuishouden(weert, 'VanA'), sleutel).expect(201);
    await registreer(b, nieuwHuishouden(weert, 'VanB'), sleutel).expect(201);
    expect([await huishoudensVan(a), await huishoudensVan(b)]).toEqual([1, 1]);

    // A refused registration (BSN taken) stores nothing under its key: the corrected form may use it.
    const bezet = metBsn(weert, nieuwHuishouden(weert).leden[0]!.bsn!);
    await registreer(a, bezet, 'sleutel-geweigerd-1').expect(201);
    await registreer(b, bezet, 'sleutel-geweigerd-1').expect(409);
    await registreer(b, nieuwHuishouden(weert, 'Verbeterd'), 'sleutel-geweigerd-1').expect(201);

    const { aantal: voor } = await enkeleRij<{ aantal: number }>(db, `SELECT count(*)::int AS aantal FROM idempotentie_sleutel WHERE gebruiker_id = $1`, [a.me.gebruiker.id]);
    expect(voor).toBe(2);
    t.klok.zet(new Date(Date.now() + 25 * 3_600_000));
    try {
      const opnieuw = await nieuweConsulent(t, 'Weert');
      await registreer(opnieuw, nieuwHuishouden(weert, 'Later'), crypto.randomUUID()).expect(201);
      const { aantal: na } = await enkeleRij<{ aantal: number }>(db, `SELECT count(*)::int AS aantal FROM idempotentie_sleutel WHERE gebruiker_id = $1`, [a.me.gebruiker.id]);
      expect(na).toBe(0);
    } finally {
      t.klok.zet(new Date());
    }
  });
});
