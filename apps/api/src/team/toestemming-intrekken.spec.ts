import { vandaag, type HuishoudenDetail, type Pagina, type TijdlijnRegel, type WerkvoorraadRegel } from '@eenplan/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enkeleRij } from '../common/sql.js';
import { body } from '../test-support/antwoord.js';
import { gemeenteId, nieuwAccount, nieuwHuishouden } from '../test-support/huishouden-fixtures.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';

/**
 * Issue 12, lifecycle integrity: withdrawing consent from the regisseur's organisation keeps
 * the file true — the regie-afspraak ends with that reason (history and timeline), the
 * complex-case signal is back for the casemanager at once, and a second withdrawal is harmless.
 */
let t: TestApp;
let db: DataSource;
beforeAll(async () => {
  t = await startTestApp();
  db = t.app.get(DataSource);
});
afterAll(() => t.close());

const organisatie = async (naam: string) => (await enkeleRij<{ id: string }>(db, `SELECT id FROM organisatie WHERE naam = $1`, [naam])).id;

/** A fresh CJG casemanager (own werkvoorraad) with a Wijkverpleging regisseur who has consent: two organisations, so complex. */
async function huishoudenMetRegisseur() {
  const cm = await nieuwAccount(t, 'consulent', ['Weert'], 'CJG Midden-Limburg');
  const h = body<HuishoudenDetail>(await cm.agent.post('/api/huishoudens').set('x-csrf-token', cm.csrf).send(nieuwHuishouden(await gemeenteId(t, 'Weert'))).expect(201));
  const regisseur = await nieuwAccount(t, 'professional', ['Weert'], 'Wijkverpleging Weert');
  await cm.agent.post(`/api/huishoudens/${h.id}/team`).set('x-csrf-token', cm.csrf).send({ soort: 'professional', gebruikerId: regisseur.id, rol: 'Wijkverpleging', van: vandaag() }).expect(201);
  await cm.agent.post(`/api/huishoudens/${h.id}/toestemmingen`).set('x-csrf-token', cm.csrf).send({ organisatieId: await organisatie('Wijkverpleging Weert'), gegevenOp: vandaag(), reikwijdte: 'Plan en team' }).expect(201);
  const metRegie = body<HuishoudenDetail>(
    await cm.agent
      .post(`/api/huishoudens/${h.id}/regie`)
      .set('x-csrf-token', cm.csrf)
      .send({ houder: 'professional', regisseurId: regisseur.id, reden: 'Veel partijen', startdatum: vandaag(), evaluatiedatum: '2027-06-01', huishoudenAkkoord: true })
      .expect(201),
  );
  return { cm, h: metRegie, regisseur };
}

const signalenVan = async (cm: Awaited<ReturnType<typeof huishoudenMetRegisseur>>['cm'], id: string) =>
  body<Pagina<WerkvoorraadRegel>>(await cm.agent.get('/api/werkvoorraad').expect(200)).items.find((r) => r.huishouden.id === id)?.signalen.map((s) => s.soort) ?? [];

describe('toestemming ingetrokken voor de organisatie van de regisseur', () => {
  it('ends the regie-afspraak with that reason, in history and timeline; the complex case asks for regie again; the professional no longer sees the file', async () => {
    const { cm, h, regisseur } = await huishoudenMetRegisseur();
    expect(h.complex).toBe(true);
    expect(h.regie.actueel?.regisseurId).toBe(regisseur.id);
    expect(await signalenVan(cm, h.id)).not.toContain('regie_ontbreekt');

    const toestemming = h.toestemmingen[0]!;
    const na = body<HuishoudenDetail>(await cm.agent.post(`/api/toestemmingen/${toestemming.id}/intrekken`).set('x-csrf-token', cm.csrf).send({ versie: toestemming.versie, ingetrokkenOp: vandaag() }).expect(200));
    expect(na.regie.actueel).toBeNull();
    expect(na.regie.historie.map((r) => ({ regisseurId: r.regisseurId, beeindigdReden: r.beeindigdReden, beeindigd: r.beeindigdOp !== null }))).toEqual([
      { regisseurId: regisseur.id, beeindigdReden: 'toestemming_ingetrokken', beeindigd: true },
    ]);
    expect(na.complex).toBe(true);
    expect(na.toestemmingen[0]!.ingetrokkenOp).toBe(vandaag());
    expect(na.team.find((b) => b.gebruikerId === regisseur.id)?.metToestemming).toBe(false);
    expect(await signalenVan(cm, h.id)).toContain('regie_ontbreekt');

    // The timeline names the automatic change with its cause, after the withdrawal itself.
    const tijdlijn = body<TijdlijnRegel[]>(await cm.agent.get(`/api/huishoudens/${h.id}/tijdlijn`).expect(200));
    const [regieEinde, intrekking] = tijdlijn;
    expect({ entiteit: intrekking!.entiteit, soort: intrekking!.soort }).toEqual({ entiteit: 'toestemming', soort: 'ingetrokken' });
    expect({ entiteit: regieEinde!.entiteit, soort: regieEinde!.soort, reden: regieEinde!.veranderingen.beeindigdReden?.nieuw }).toEqual({
      entiteit: 'regie_afspraak',
      soort: 'beeindigd',
      reden: 'toestemming_ingetrokken',
    });

    await regisseur.agent.get(`/api/huishoudens/${h.id}`).expect(404);
  });

  it('answers a second withdrawal (a second click, a stale version) with the file as it is: 200, nothing changes twice', async () => {
    const { cm, h } = await huishoudenMetRegisseur();
    const toestemming = h.toestemmingen[0]!;
    const intrekken = () => cm.agent.post(`/api/toestemmingen/${toestemming.id}/intrekken`).set('x-csrf-token', cm.csrf).send({ versie: toestemming.versie, ingetrokkenOp: vandaag() });
    const [een, twee] = await Promise.all([intrekken(), intrekken()]);
    expect([een.status, twee.status]).toEqual([200, 200]);
    expect(body<HuishoudenDetail>((await intrekken().expect(200))).toestemmingen[0]!.versie).toBe(toestemming.versie + 1);
    const { aantal } = await enkeleRij<{ aantal: number }>(db, `SELECT count(*)::int AS aantal FROM wijziging WHERE huishouden_id = $1 AND soort IN ('ingetrokken', 'beeindigd')`, [h.id]);
    expect(aantal).toBe(2);
  });

  it('leaves a regie-afspraak of another organisation, or of the household itself, in place', async () => {
    const { cm, h, regisseur } = await huishoudenMetRegisseur();
    const ggz = await nieuwAccount(t, 'professional', ['Weert'], 'GGZ Midden-Limburg');
    await cm.agent.post(`/api/huishoudens/${h.id}/team`).set('x-csrf-token', cm.csrf).send({ soort: 'professional', gebruikerId: ggz.id, rol: 'GGZ', van: vandaag() }).expect(201);
    const metGgz = body<HuishoudenDetail>(
      await cm.agent.post(`/api/huishoudens/${h.id}/toestemmingen`).set('x-csrf-token', cm.csrf).send({ organisatieId: await organisatie('GGZ Midden-Limburg'), gegevenOp: vandaag(), reikwijdte: 'Plan' }).expect(201),
    );
    const ggzToestemming = metGgz.toestemmingen.find((x) => x.organisatie === 'GGZ Midden-Limburg')!;
    const na = body<HuishoudenDetail>(await cm.agent.post(`/api/toestemmingen/${ggzToestemming.id}/intrekken`).set('x-csrf-token', cm.csrf).send({ versie: ggzToestemming.versie, ingetrokkenOp: vandaag() }).expect(200));
    expect(na.regie.actueel?.regisseurId).toBe(regisseur.id);
    expect(na.regie.historie).toEqual([]);
  });
});
