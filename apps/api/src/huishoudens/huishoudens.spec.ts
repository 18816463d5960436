import { vandaag, type HuishoudenDetail, type HuishoudenRegel, type Pagina, type Probleem, type TijdlijnRegel, type WerkvoorraadRegel } from '@eenplan/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body } from '../test-support/antwoord.js';
import { huidigeGebruiker } from '../test-support/ingelogd.js';
import { gemeenteId, nieuweConsulent, nieuwHuishouden } from '../test-support/huishouden-fixtures.js';
import { inloggenAls, startTestApp, type TestApp } from '../test-support/test-app.js';

// Deadlines ahead of today, so the journey's actions are not overdue whatever day the suite runs.
const overDagen = (dagen: number) => new Date(Date.now() + dagen * 86_400_000).toISOString().slice(0, 10);

let t: TestApp;
let weert: string;
let leudal: string;
beforeAll(async () => {
  t = await startTestApp();
  weert = await gemeenteId(t, 'Weert');
  leudal = await gemeenteId(t, 'Leudal');
});
afterAll(() => t.close());

describe('huishouden registreren en plan maken', () => {
  it('walks the consultant journey: register, two goals, actions, vaststellen, timeline', async () => {
    const consulent = await nieuweConsulent(t, 'Weert');
    const { agent, csrf } = consulent;
    const me = huidigeGebruiker(consulent);
    const invoer = nieuwHuishouden(weert, 'Bakker');
    const bsn = invoer.leden[0]!.bsn!;
    const nieuw = await agent.post('/api/huishoudens').set('x-csrf-token', csrf).send(invoer).expect(201);
    const h = body<HuishoudenDetail>(nieuw);
    expect(h).toMatchObject({ naam: 'Bakker', postcode: '6001 AB', gemeente: { naam: 'Weert' }, casemanager: { id: me.gebruiker.id } });
    expect(h.leden).toHaveLength(2);
    expect(h.leden[0]).toMatchObject({ voornaam: 'Fatima', bsn });
    expect(h.plan).toMatchObject({ status: 'concept', versie: 1, doelen: [] });
    expect(h.mijnRechten).toEqual({ bewerken: true, inzage: true, bsnZien: true, bsnWijzigen: true, bijdragen: true, toestemmingVastleggen: true });

    const planId = h.plan!.id;
    await agent.post(`/api/plannen/${planId}/doelen`).set('x-csrf-token', csrf).send({ leefgebied: 'inkomen_schulden', omschrijving: 'We willen weer rust over geld', prioriteit: 1 }).expect(201);
    const metDoelen = await agent.post(`/api/plannen/${planId}/doelen`).set('x-csrf-token', csrf).send({ leefgebied: 'opvoeding_ontwikkeling', omschrijving: 'Noah gaat weer graag naar school', prioriteit: 2 }).expect(201);
    expect(body<HuishoudenDetail>(metDoelen).plan!.doelen.map((d: { leefgebied: string }) => d.leefgebied)).toEqual(['inkomen_schulden', 'opvoeding_ontwikkeling']);
    const [geld, school] = body<HuishoudenDetail>(metDoelen).plan!.doelen;

    await agent.post(`/api/doelen/${geld!.id}/acties`).set('x-csrf-token', csrf).send({ omschrijving: 'Alle post openen en sorteren', eigenaarSoort: 'huishouden', eigenaarNaam: 'Fatima', deadline: overDagen(43) }).expect(201);
    const metActies = await agent
      .post(`/api/doelen/${school!.id}/acties`)
      .set('x-csrf-token', csrf)
      .send({ omschrijving: 'Gesprek met mentor plannen', eigenaarSoort: 'professional', eigenaarGebruikerId: me.gebruiker.id, deadline: overDagen(29) })
      .expect(201);
    expect(body<HuishoudenDetail>(metActies).plan!.doelen[1]!.acties[0]).toMatchObject({ eigenaarSoort: 'professional', eigenaarGebruiker: { id: me.gebruiker.id }, deadline: overDagen(29), status: 'open' });

    const vastgesteld = await agent.post(`/api/plannen/${planId}/vaststellen`).set('x-csrf-token', csrf).send({ versie: 1, akkoordHuishoudenOp: vandaag() }).expect(200);
    expect(body<HuishoudenDetail>(vastgesteld).plan).toMatchObject({ status: 'vastgesteld', versie: 2, akkoordHuishoudenOp: vandaag() });

    const tijdlijn = await agent.get(`/api/huishoudens/${h.id}/tijdlijn`).expect(200);
    const soorten = body<TijdlijnRegel[]>(tijdlijn).map((w: { entiteit: string; soort: string }) => `${w.entiteit}:${w.soort}`);
    expect(soorten[0]).toBe('plan:vastgesteld');
    expect(soorten).toEqual(expect.arrayContaining(['huishouden:aangemaakt', 'lid:aangemaakt', 'doel:aangemaakt', 'actie:aangemaakt']));
    expect(body<TijdlijnRegel[]>(tijdlijn)[0]!.door).toEqual({ naam: 'Test Gebruiker', organisatie: me.organisatie.naam });
    expect(body<TijdlijnRegel[]>(tijdlijn)[0]!.veranderingen.status).toEqual({ oud: 'concept', nieuw: 'vastgesteld' });
    // The BSN is in the timeline only as "changed", never its value.
    expect(JSON.stringify(tijdlijn.body)).not.toContain(bsn);

    const lijst = await agent.get('/api/huishoudens?zoek=bakker').expect(200);
    expect(body<Pagina<HuishoudenRegel>>(lijst).items.map((i: { id: string }) => i.id)).toContain(h.id);
    const werkvoorraad = await agent.get('/api/werkvoorraad').expect(200);
    expect(body<Pagina<WerkvoorraadRegel>>(werkvoorraad).totaal).toBe(1);
    expect(body<Pagina<WerkvoorraadRegel>>(werkvoorraad).items[0]).toMatchObject({ huishouden: { id: h.id, naam: 'Bakker' }, plan: { status: 'vastgesteld' }, verlopenActies: 0 });
    // Goals on two leefgebieden make it a complex case, which needs a regie-afspraak.
    expect(body<Pagina<WerkvoorraadRegel>>(werkvoorraad).items[0]!.signalen.map((s: { soort: string }) => s.soort)).toEqual(['regie_ontbreekt']);
  });

  it('searches by part of a name or the start of a postcode, only within what the user may see', async () => {
    const { agent, csrf } = await nieuweConsulent(t, 'Weert');
    const h = body<HuishoudenDetail>(await agent.post('/api/huishoudens').set('x-csrf-token', csrf).send(nieuwHuishouden(weert, 'Van den Heuvel')).expect(201));
    const zoek = async (term: string) => body<Pagina<HuishoudenRegel>>(await agent.get(`/api/huishoudens?zoek=${encodeURIComponent(term)}`).expect(200)).items.map((i: { id: string }) => i.id);
    expect(await zoek('heuv')).toEqual([h.id]);
    expect(await zoek('fatima van')).toEqual([h.id]);
    expect(await zoek('6001 a')).toEqual([h.id]);
    expect(await zoek('6001AB')).toEqual([h.id]);
    expect(await zoek('%')).toEqual([]); // a wildcard is searched for literally
    expect(await zoek('Bakker')).toEqual([]); // other consultants' households stay invisible
  });

  it('refuses registering in another gemeente', async () => {
    const { agent, csrf } = await inloggenAls(t, 'consulent.weert');
    const antwoord = await agent.post('/api/huishoudens').set('x-csrf-token', csrf).send(nieuwHuishouden(leudal)).expect(400);
    expect(body<Probleem>(antwoord).fouten).toEqual([{ veld: 'gemeenteId', melding: 'U kunt alleen huishoudens registreren in uw eigen gemeente.' }]);
  });

  it('gives one of two concurrent edits of a doel a 409 and loses nothing', async () => {
    const a = await inloggenAls(t, 'consulent.weert');
    const h = body<HuishoudenDetail>(await a.agent.post('/api/huishoudens').set('x-csrf-token', a.csrf).send(nieuwHuishouden(weert, 'Smit')).expect(201));
    const plan = body<HuishoudenDetail>(await a.agent.post(`/api/plannen/${h.plan!.id}/doelen`).set('x-csrf-token', a.csrf).send({ leefgebied: 'wonen', omschrijving: 'Een eigen huis', prioriteit: 1 }).expect(201)).plan!;
    const doel = plan.doelen[0]!;
    const b = await inloggenAls(t, 'consulent.weert');
    const [eerste, tweede] = await Promise.all([
      a.agent.patch(`/api/doelen/${doel.id}`).set('x-csrf-token', a.csrf).send({ versie: doel.versie, omschrijving: 'Versie A' }),
      b.agent.patch(`/api/doelen/${doel.id}`).set('x-csrf-token', b.csrf).send({ versie: doel.versie, omschrijving: 'Versie B' }),
    ]);
    expect([eerste.status, tweede.status].sort()).toEqual([200, 409]);
    const verloren = eerste.status === 409 ? eerste : tweede;
    const gewonnen = eerste.status === 200 ? 'Versie A' : 'Versie B';
    expect(body<Probleem>(verloren).detail).toMatch(/Iemand anders heeft dit intussen gewijzigd/);
    const [rij] = await t.app.get(DataSource).query<{ omschrijving: string; versie: number }[]>(`SELECT omschrijving, versie FROM doel WHERE id = $1`, [doel.id]);
    expect(rij).toEqual({ omschrijving: gewonnen, versie: 2 });
  });
});
