import type { HuishoudenDetail, Pagina, Probleem, VerwijsindexAntwoord, WerkvoorraadRegel } from '@eenplan/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enkeleRij, rijen } from '../common/sql.js';
import { body } from '../test-support/antwoord.js';
import { huidigeGebruiker } from '../test-support/ingelogd.js';
import { gebruikerId, gemeenteId, nieuweConsulent, nieuwHuishouden } from '../test-support/huishouden-fixtures.js';
import { inloggenAls, startTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
let db: DataSource;
beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
});
afterAll(() => t.close());

const vandaag = () => new Date().toISOString().slice(0, 10);

describe('team, toestemming en regie', () => {
  it('shares the plan with a professional only once the household consents, and lets them hold regie', async () => {
    const cm = await nieuweConsulent(t, 'Weert');
    const h = body<HuishoudenDetail>(await cm.agent.post('/api/huishoudens').set('x-csrf-token', cm.csrf).send(nieuwHuishouden(await gemeenteId(t, 'Weert'), 'Teunissen')).expect(201));
    const amw = await gebruikerId(t, 'professional.amw');
    const { organisatie_id: amwOrg } = await enkeleRij<{ organisatie_id: string }>(db, `SELECT organisatie_id FROM gebruiker WHERE id = $1`, [amw]);
    const prof = await inloggenAls(t, 'professional.amw');

    const metTeam = body<HuishoudenDetail>(await cm.agent.post(`/api/huishoudens/${h.id}/team`).set('x-csrf-token', cm.csrf).send({ soort: 'professional', gebruikerId: amw, rol: 'Maatschappelijk werk', van: vandaag() }).expect(201));
    expect(metTeam.team).toEqual([expect.objectContaining({ naam: 'Youssef El Amrani', organisatie: 'AMW Midden-Limburg', actueel: true, metToestemming: false })]);
    await prof.agent.get(`/api/huishoudens/${h.id}`).expect(404); // in the team, but no consent yet

    const metToestemming = body<HuishoudenDetail>(await cm.agent.post(`/api/huishoudens/${h.id}/toestemmingen`).set('x-csrf-token', cm.csrf).send({ organisatieId: amwOrg, gegevenOp: vandaag(), reikwijdte: 'Plan van aanpak en evaluaties' }).expect(201));
    expect(metToestemming.toestemmingen[0]).toMatchObject({ organisatie: 'AMW Midden-Limburg', reikwijdte: 'Plan van aanpak en evaluaties', ingetrokkenOp: null });
    await prof.agent.get(`/api/huishoudens/${h.id}`).expect(200);

    const metRegie = body<HuishoudenDetail>(
      await cm.agent
        .post(`/api/huishoudens/${h.id}/regie`)
        .set('x-csrf-token', cm.csrf)
        .send({ houder: 'professional', regisseurId: amw, reden: 'Veel partijen rond het gezin', startdatum: vandaag(), evaluatiedatum: '2027-05-01', huishoudenAkkoord: true })
        .expect(201),
    );
    expect(metRegie.regie.actueel).toMatchObject({ houder: 'professional', regisseurNaam: 'Youssef El Amrani', huishoudenAkkoord: true });
    // As regisseur the professional keeps the plan current.
    await prof.agent.post(`/api/plannen/${h.plan!.id}/doelen`).set('x-csrf-token', prof.csrf).send({ leefgebied: 'sociaal_netwerk', omschrijving: 'Iemand om te bellen', prioriteit: 1 }).expect(201);

    const opnieuw = body<HuishoudenDetail>(await cm.agent.post(`/api/huishoudens/${h.id}/regie`).set('x-csrf-token', cm.csrf).send({ houder: 'huishouden', reden: 'Het gezin kan het weer zelf', startdatum: vandaag(), evaluatiedatum: '2027-05-01', huishoudenAkkoord: true }).expect(201));
    expect(opnieuw.regie.actueel!.houder).toBe('huishouden');
    expect(opnieuw.regie.historie).toHaveLength(1);
    await prof.agent.post(`/api/plannen/${h.plan!.id}/doelen`).set('x-csrf-token', prof.csrf).send({ leefgebied: 'wonen', omschrijving: 'x', prioriteit: 2 }).expect(403);
  });

  it('refuses a regisseur outside the team and a regie-afspraak the household did not agree to', async () => {
    const cm = await nieuweConsulent(t, 'Weert');
    const h = body<HuishoudenDetail>(await cm.agent.post('/api/huishoudens').set('x-csrf-token', cm.csrf).send(nieuwHuishouden(await gemeenteId(t, 'Weert'))).expect(201));
    const buiten = await cm.agent
      .post(`/api/huishoudens/${h.id}/regie`)
      .set('x-csrf-token', cm.csrf)
      .send({ houder: 'professional', regisseurId: await gebruikerId(t, 'professional.ggz'), reden: 'x', startdatum: vandaag(), evaluatiedatum: '2027-01-01', huishoudenAkkoord: true })
      .expect(400);
    expect(body<Probleem>(buiten).fouten).toEqual([{ veld: 'regisseurId', melding: 'De regisseur moet een professional uit het team van dit huishouden zijn.' }]);
    const zonderAkkoord = await cm.agent.post(`/api/huishoudens/${h.id}/regie`).set('x-csrf-token', cm.csrf).send({ houder: 'huishouden', reden: 'x', startdatum: vandaag(), evaluatiedatum: '2027-01-01', huishoudenAkkoord: false }).expect(400);
    expect(body<Probleem>(zonderAkkoord).fouten![0]).toEqual({ veld: 'huishoudenAkkoord', melding: 'Een regie-afspraak wordt alleen vastgelegd als het huishouden ermee instemt.' });
  });

  it('signals a complex case without regie to the casemanager until a regie-afspraak is recorded, and again when it ends', async () => {
    const cm = await nieuweConsulent(t, 'Leudal');
    const h = body<HuishoudenDetail>(await cm.agent.post('/api/huishoudens').set('x-csrf-token', cm.csrf).send(nieuwHuishouden(await gemeenteId(t, 'Leudal'), 'Complex')).expect(201));
    const signalen = async () => body<Pagina<WerkvoorraadRegel>>(await cm.agent.get('/api/werkvoorraad').expect(200)).items.find((i: { huishouden: { id: string } }) => i.huishouden.id === h.id)!.signalen.map((s: { soort: string }) => s.soort);
    await cm.agent.post(`/api/plannen/${h.plan!.id}/doelen`).set('x-csrf-token', cm.csrf).send({ leefgebied: 'wonen', omschrijving: 'Een huis', prioriteit: 1 }).expect(201);
    expect(await signalen()).not.toContain('regie_ontbreekt'); // one leefgebied, one organisation: not complex
    await cm.agent.post(`/api/plannen/${h.plan!.id}/doelen`).set('x-csrf-token', cm.csrf).send({ leefgebied: 'inkomen_schulden', omschrijving: 'Rust over geld', prioriteit: 2 }).expect(201);
    expect(await signalen()).toContain('regie_ontbreekt');
    const detail = body<HuishoudenDetail>(await cm.agent.get(`/api/huishoudens/${h.id}`).expect(200));
    expect(detail.complex).toBe(true);

    const metRegie = body<HuishoudenDetail>(await cm.agent.post(`/api/huishoudens/${h.id}/regie`).set('x-csrf-token', cm.csrf).send({ houder: 'netwerk', netwerkNaam: 'Zus Anja', reden: 'Zus regelt veel', startdatum: vandaag(), evaluatiedatum: '2027-02-01', huishoudenAkkoord: true }).expect(201));
    expect(await signalen()).not.toContain('regie_ontbreekt');
    await cm.agent.delete(`/api/regie-afspraken/${metRegie.regie.actueel!.id}?versie=1`).set('x-csrf-token', cm.csrf).expect(200);
    expect(await signalen()).toContain('regie_ontbreekt');
  });

  it('records an evaluation with progress per goal and plans the next moment', async () => {
    const cm = await nieuweConsulent(t, 'Weert');
    const h = body<HuishoudenDetail>(await cm.agent.post('/api/huishoudens').set('x-csrf-token', cm.csrf).send(nieuwHuishouden(await gemeenteId(t, 'Weert'))).expect(201));
    const plan = body<HuishoudenDetail>(await cm.agent.post(`/api/plannen/${h.plan!.id}/doelen`).set('x-csrf-token', cm.csrf).send({ leefgebied: 'wonen', omschrijving: 'Een huis', prioriteit: 1 }).expect(201)).plan!;
    const gepland = body<HuishoudenDetail>(await cm.agent.post(`/api/huishoudens/${h.id}/evaluaties`).set('x-csrf-token', cm.csrf).send({ geplandOp: vandaag() }).expect(201));
    const evaluatie = gepland.evaluaties[0]!;
    const na = body<HuishoudenDetail>(
      await cm.agent
        .post(`/api/evaluaties/${evaluatie.id}/vastleggen`)
        .set('x-csrf-token', cm.csrf)
        .send({ versie: 1, gehoudenOp: vandaag(), gehoordEnGezien: 'deels', regiePassend: false, toelichting: 'Regie opnieuw bespreken', doelen: [{ doelId: plan.doelen[0]!.id, voortgang: 'op_weg' }], volgendeMoment: '2027-03-01' })
        .expect(200),
    );
    expect(na.evaluaties.map((e) => e.geplandOp)).toEqual(['2027-03-01', vandaag()]);
    expect(na.evaluaties[1]).toMatchObject({ gehoordEnGezien: 'deels', regiePassend: false, doelen: [{ doelId: plan.doelen[0]!.id, voortgang: 'op_weg', toelichting: null }] });
    await cm.agent.post(`/api/evaluaties/${evaluatie.id}/vastleggen`).set('x-csrf-token', cm.csrf).send({ versie: 2, gehoudenOp: vandaag(), gehoordEnGezien: 'ja', regiePassend: true, doelen: [] }).expect(409);
  });
});

describe('verwijsindex', () => {
  it('tells only whether the household is known and whom to contact, and logs the lookup without the BSN', async () => {
    const cm = await nieuweConsulent(t, 'Weert');
    await cm.agent.post('/api/huishoudens').set('x-csrf-token', cm.csrf).send({ ...nieuwHuishouden(await gemeenteId(t, 'Weert')), leden: [{ voornaam: 'Sem', achternaam: 'Kuipers', geboortedatum: '1990-01-01', rol: 'ouder', bsn: '999999990' }] }).expect(201);
    const ander = await inloggenAls(t, 'consulent.leudal');
    const antwoord = await ander.agent.post('/api/verwijsindex').set('x-csrf-token', ander.csrf).send({ bsn: '999999990' }).expect(200);
    expect(body<VerwijsindexAntwoord>(antwoord)).toEqual({ bekend: true, actiefPlan: true, contact: [{ rol: 'casemanager', naam: 'Test Gebruiker', organisatie: huidigeGebruiker(cm).organisatie.naam }] });
    const onbekend = await ander.agent.post('/api/verwijsindex').set('x-csrf-token', ander.csrf).send({ bsn: '111222333' });
    expect(onbekend.status).toBe(200);
    const ongeldig = await ander.agent.post('/api/verwijsindex').set('x-csrf-token', ander.csrf).send({ bsn: '123456789' }).expect(400);
    expect(body<Probleem>(ongeldig).fouten![0]!.veld).toBe('bsn');
    const audit = await rijen<{ details: Record<string, unknown> }>(db, `SELECT details FROM audit_log WHERE gebeurtenis = 'verwijsindex_geraadpleegd' ORDER BY id DESC LIMIT 2`);
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toMatch(/999999990|111222333/);
  });
});
