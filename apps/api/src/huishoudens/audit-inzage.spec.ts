import type { AuditGebeurtenis, HuishoudenDetail, InzageRegel } from '@eenplan/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enkeleRij } from '../common/sql.js';
import { body } from '../test-support/antwoord.js';
import { gemeenteId, nieuweConsulent, nieuwHuishouden, zetInTeam } from '../test-support/huishouden-fixtures.js';
import { huidigeGebruiker } from '../test-support/ingelogd.js';
import { inloggenAls, startTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('audit of household data and the AVG access overview', () => {
  it('logs every read and write with user, organisation and household, and shows it to the casemanager', async () => {
    const cm = await inloggenAls(t, 'consulent.weert');
    const h = body<HuishoudenDetail>(await cm.agent.post('/api/huishoudens').set('x-csrf-token', cm.csrf).send(nieuwHuishouden(await gemeenteId(t, 'Weert'), 'Peeters')).expect(201));
    // A consultant of another organisation who works for Weert, in the team with the household's consent for it.
    const team = await nieuweConsulent(t, 'Weert');
    const { gebruiker: { gebruikersnaam }, organisatie } = huidigeGebruiker(team);
    await zetInTeam(t, h.id, gebruikersnaam);
    await t.app
      .get(DataSource)
      .query(`INSERT INTO toestemming (huishouden_id, organisatie_id, gegeven_op, reikwijdte, vastgelegd_door) SELECT $1, $2, '2020-01-01', 'Plan', id FROM gebruiker WHERE gebruikersnaam = 'consulent.weert'`, [h.id, organisatie.id]);
    await team.agent.get(`/api/huishoudens/${h.id}`).expect(200);
    await team.agent.patch(`/api/huishoudens/${h.id}`).set('x-csrf-token', team.csrf).send({ versie: 1, huisnummer: '14' }).expect(200);
    await team.agent.get(`/api/huishoudens/${h.id}/tijdlijn`).expect(200);

    const rijen = await t.app
      .get(DataSource)
      .query<{ gebeurtenis: AuditGebeurtenis; gebruikersnaam: string }[]>(`SELECT a.gebeurtenis, u.gebruikersnaam FROM audit_log a JOIN gebruiker u ON u.id = a.gebruiker_id WHERE a.huishouden_id = $1 ORDER BY a.id`, [h.id]);
    expect(rijen).toEqual([
      { gebeurtenis: 'huishouden_aangemaakt', gebruikersnaam: 'consulent.weert' },
      { gebeurtenis: 'huishouden_ingezien', gebruikersnaam },
      { gebeurtenis: 'huishouden_gewijzigd', gebruikersnaam },
      { gebeurtenis: 'tijdlijn_ingezien', gebruikersnaam },
    ]);

    const inzage = await cm.agent.get(`/api/huishoudens/${h.id}/inzage`).expect(200);
    expect(body<InzageRegel[]>(inzage).map((r) => [r.gebeurtenis, r.gebruiker, r.organisatie])).toEqual([
      ['tijdlijn_ingezien', 'Test Gebruiker', organisatie.naam],
      ['huishouden_gewijzigd', 'Test Gebruiker', organisatie.naam],
      ['huishouden_ingezien', 'Test Gebruiker', organisatie.naam],
      ['huishouden_aangemaakt', 'Sanne Vermeulen', 'CJG Midden-Limburg'],
    ]);
    // a team member may read the file, but the access overview is the casemanager's
    await team.agent.get(`/api/huishoudens/${h.id}/inzage`).expect(403);
  });

  it('logs a search without the search term', async () => {
    const cm = await inloggenAls(t, 'consulent.weert');
    await cm.agent.get('/api/huishoudens?zoek=Peeters').expect(200);
    const laatste = await enkeleRij<{ gebeurtenis: AuditGebeurtenis; details: Record<string, unknown> }>(t.app.get(DataSource), `SELECT gebeurtenis, details FROM audit_log ORDER BY id DESC LIMIT 1`);
    expect(laatste.gebeurtenis).toBe('huishoudens_gezocht');
    expect(JSON.stringify(laatste.details)).not.toContain('Peeters');
  });

  it('logs which households a search and the werkvoorraad showed, and the household inzage lists it', async () => {
    const cm = await nieuweConsulent(t, 'Weert'); // a fresh caseload, so the list is short and exact
    const h = body<HuishoudenDetail>(await cm.agent.post('/api/huishoudens').set('x-csrf-token', cm.csrf).send(nieuwHuishouden(await gemeenteId(t, 'Weert'), 'Lijstgezien')).expect(201));
    const db = t.app.get(DataSource);
    const laatste = (gebeurtenis: AuditGebeurtenis) =>
      enkeleRij<{ huishouden_ids: string[] | null; details: Record<string, unknown> }>(db, `SELECT huishouden_ids, details FROM audit_log WHERE gebeurtenis = $1 ORDER BY id DESC LIMIT 1`, [gebeurtenis]);

    const gezocht = body<{ items: { id: string }[] }>(await cm.agent.get('/api/huishoudens?zoek=Lijstgezien').expect(200));
    expect(gezocht.items.map((i) => i.id)).toEqual([h.id]);
    expect((await laatste('huishoudens_gezocht')).huishouden_ids).toEqual([h.id]);

    const werk = body<{ items: { huishouden: { id: string } }[] }>(await cm.agent.get('/api/werkvoorraad?perPagina=100').expect(200));
    const getoond = werk.items.map((i) => i.huishouden.id);
    expect(getoond).toContain(h.id);
    const rij = await laatste('werkvoorraad_ingezien');
    expect(rij.huishouden_ids).toEqual(getoond);
    expect(JSON.stringify(rij.details)).not.toContain('Lijstgezien');

    const inzage = body<InzageRegel[]>(await cm.agent.get(`/api/huishoudens/${h.id}/inzage`).expect(200));
    expect(inzage.map((r) => r.gebeurtenis).slice(0, 3)).toEqual(['werkvoorraad_ingezien', 'huishoudens_gezocht', 'huishouden_aangemaakt']);
    // A household the list did not show does not get the row.
    const ander = body<HuishoudenDetail>(await cm.agent.post('/api/huishoudens').set('x-csrf-token', cm.csrf).send(nieuwHuishouden(await gemeenteId(t, 'Weert'), 'Nietgezocht')).expect(201));
    await cm.agent.get('/api/huishoudens?zoek=Lijstgezien').expect(200);
    expect((await laatste('huishoudens_gezocht')).huishouden_ids).not.toContain(ander.id);
  });
});
