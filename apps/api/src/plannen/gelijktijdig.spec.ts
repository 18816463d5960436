import type { HuishoudenDetail } from '@eenplan/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rijen } from '../common/sql.js';
import { body } from '../test-support/antwoord.js';
import { gemeenteId, nieuwHuishouden } from '../test-support/huishouden-fixtures.js';
import { inloggenAls, startTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

// Real parallel requests on one record: the write path locks the household first, so one wins
// and the others find the record gone (404), never a 500.
describe('deleting one doel or actie ten times at once', () => {
  it('gives one 200 and nine 404s, and one history row, in 20 rounds', async () => {
    const { agent, csrf } = await inloggenAls(t, 'consulent.weert');
    const db = t.app.get(DataSource);
    let h = body<HuishoudenDetail>(await agent.post('/api/huishoudens').set('x-csrf-token', csrf).send(nieuwHuishouden(await gemeenteId(t, 'Weert'), 'Gelijk')).expect(201));
    for (let ronde = 0; ronde < 20; ronde++) {
      h = body<HuishoudenDetail>(await agent.post(`/api/plannen/${h.plan!.id}/doelen`).set('x-csrf-token', csrf).send({ leefgebied: 'wonen', omschrijving: `Doel ${ronde}`, prioriteit: 1 }).expect(201));
      const doel = h.plan!.doelen.find((d) => d.omschrijving === `Doel ${ronde}`)!;
      h = body<HuishoudenDetail>(await agent.post(`/api/doelen/${doel.id}/acties`).set('x-csrf-token', csrf).send({ omschrijving: `Actie ${ronde}`, eigenaarSoort: 'huishouden', eigenaarNaam: 'Fatima', deadline: '2030-01-01' }).expect(201));
      const actie = h.plan!.doelen.find((d) => d.id === doel.id)!.acties[0]!;

      const acties = await Promise.all(Array.from({ length: 10 }, () => agent.delete(`/api/acties/${actie.id}?versie=1`).set('x-csrf-token', csrf)));
      expect({ ronde, statussen: acties.map((a) => a.status).sort() }).toEqual({ ronde, statussen: [200, ...Array<number>(9).fill(404)] });
      const doelen = await Promise.all(Array.from({ length: 10 }, () => agent.delete(`/api/doelen/${doel.id}?versie=1`).set('x-csrf-token', csrf)));
      expect({ ronde, statussen: doelen.map((a) => a.status).sort() }).toEqual({ ronde, statussen: [200, ...Array<number>(9).fill(404)] });

      const verwijderd = await rijen<{ entiteit: string }>(db, `SELECT entiteit FROM wijziging WHERE entiteit_id IN ($1, $2) AND soort = 'verwijderd'`, [doel.id, actie.id]);
      expect(verwijderd.map((w) => w.entiteit).sort()).toEqual(['actie', 'doel']);
    }
  }, 240_000);
});
