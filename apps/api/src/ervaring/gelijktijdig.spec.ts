import type { HuishoudenDetail, Meetlink } from '@eenplan/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rijen } from '../common/sql.js';
import { body } from '../test-support/antwoord.js';
import { gemeenteId, nieuweConsulent, nieuwHuishouden } from '../test-support/huishouden-fixtures.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const ANTWOORDEN = { perspectief: 4, regie: 5, integraal: null, effect: 3, gehoord: 5, tevredenheid: 4 };

// The professional and the household's own link answering one moment at the same instant used
// to deadlock (9 of 20 rounds gave 500): both paths now lock the household first. One answer is
// stored; the loser hears that the moment is already answered (409 for the professional, 410 for
// the link), never a 500.
describe('the professional and the link answering one ervaringsmeting at once', () => {
  it('stores one answer and gives the loser 409 or 410, in 20 rounds', async () => {
    const cm = await nieuweConsulent(t, 'Weert');
    const db = t.app.get(DataSource);
    const h = body<HuishoudenDetail>(await cm.agent.post('/api/huishoudens').set('x-csrf-token', cm.csrf).send(nieuwHuishouden(await gemeenteId(t, 'Weert'), 'Tegelijk')).expect(201));
    for (let ronde = 0; ronde < 20; ronde++) {
      const na = body<HuishoudenDetail>(await cm.agent.post(`/api/huishoudens/${h.id}/evaluaties`).set('x-csrf-token', cm.csrf).send({ geplandOp: '2026-12-01' }).expect(201));
      const evaluatieId = na.evaluaties.find((e) => !e.gehoudenOp && !na.ervaringsmetingen.some((m) => m.evaluatieId === e.id))!.id;
      const link = body<Meetlink>(await cm.agent.post(`/api/evaluaties/${evaluatieId}/meetlink`).set('x-csrf-token', cm.csrf).send({}).expect(201));

      const [professional, huishouden] = await Promise.all([
        cm.agent.post(`/api/evaluaties/${evaluatieId}/ervaringsmeting`).set('x-csrf-token', cm.csrf).send(ANTWOORDEN),
        t.http().post(`/api${link.url}`).send(ANTWOORDEN),
      ]);
      const statussen = [professional.status, huishouden.status];
      // Exactly one of the two wins: 201 (professional) with 410 (link), or 409 (professional) with 204 (link).
      expect({ ronde, statussen }).toSatisfy(({ statussen: [p, l] }: { statussen: number[] }) => (p === 201 && l === 410) || (p === 409 && l === 204));
      const opgeslagen = await rijen<{ wijze: string }>(db, `SELECT wijze FROM ervaringsmeting WHERE evaluatie_id = $1`, [evaluatieId]);
      expect(opgeslagen).toEqual([{ wijze: professional.status === 201 ? 'met_professional' : 'via_link' }]);
    }
  }, 240_000);
});
