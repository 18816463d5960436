import type { ErvaringsmetingStand, ErvaringVragen, HuishoudenDetail, Meetlink, Probleem } from '@eenplan/contracts';
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

/** A consultant with a fresh household that has one planned evaluation. */
async function metEvaluatie() {
  const cm = await nieuweConsulent(t, 'Weert');
  const h = body<HuishoudenDetail>(await cm.agent.post('/api/huishoudens').set('x-csrf-token', cm.csrf).send(nieuwHuishouden(await gemeenteId(t, 'Weert'))).expect(201));
  const na = body<HuishoudenDetail>(await cm.agent.post(`/api/huishoudens/${h.id}/evaluaties`).set('x-csrf-token', cm.csrf).send({ geplandOp: '2026-12-01' }).expect(201));
  const evaluatieId: string = na.evaluaties[0]!.id;
  const post = (pad: string, body: object = {}) => cm.agent.post(`/api${pad}`).set('x-csrf-token', cm.csrf).send(body);
  const detail = async () => body<HuishoudenDetail>(await cm.agent.get(`/api/huishoudens/${h.id}`).expect(200));
  return { cm, h, evaluatieId, post, detail };
}

const metingen = (huishoudenId: string) =>
  rijen<{ wijze: ErvaringsmetingStand['wijze']; perspectief: number | null; integraal: number | null }>(
    t.app.get(DataSource),
    `SELECT wijze, perspectief, integraal FROM ervaringsmeting WHERE huishouden_id = $1 ORDER BY afgenomen_op`,
    [huishoudenId],
  );

describe('ervaringsmeting via een eenmalige link', () => {
  it('lets the household answer once, without an account, and stores no answer twice', async () => {
    const { h, evaluatieId, post, detail } = await metEvaluatie();
    const link = body<Meetlink>(await post(`/evaluaties/${evaluatieId}/meetlink`).expect(201));
    expect(link.url).toMatch(/^\/ervaring\/[\w-]{43}$/);
    expect((await detail()).openMeetlinks).toEqual([{ evaluatieId, verlooptOp: link.verlooptOp }]);

    const anoniem = t.http();
    const vragen = await anoniem.get(`/api${link.url}`).expect(200);
    expect(body<ErvaringVragen>(vragen).stellingen).toHaveLength(6);
    expect(JSON.stringify(vragen.body)).not.toMatch(/Jansen|Fatima|Markt/);
    await anoniem.post(`/api${link.url}`).send(ANTWOORDEN).expect(204);
    const tweede = await anoniem.post(`/api${link.url}`).send(ANTWOORDEN).expect(410);
    expect(body<Probleem>(tweede).detail).toMatch(/al ingevuld/);
    await anoniem.get(`/api${link.url}`).expect(410);
    expect(await metingen(h.id)).toEqual([{ wijze: 'via_link', perspectief: 4, integraal: null }]);

    // The case file says the household answered, but not what: the questionnaire promised figures only.
    const na = await detail();
    expect(na.ervaringsmetingen).toEqual([{ evaluatieId, afgenomenOp: t.klok.nu().toISOString().slice(0, 10), wijze: 'via_link', antwoorden: null }]);
    expect(na.openMeetlinks).toEqual([]);
  });

  it('refuses an expired link, an unknown one and answers out of range', async () => {
    const { evaluatieId, post } = await metEvaluatie();
    const link = body<Meetlink>(await post(`/evaluaties/${evaluatieId}/meetlink`).expect(201));
    const fout = await t.http().post(`/api${link.url}`).send({ ...ANTWOORDEN, perspectief: 7 }).expect(400);
    expect(body<Probleem>(fout).fouten![0]!.veld).toBe('perspectief');
    await t.http().get(`/api/ervaring/${'a'.repeat(43)}`).expect(404);
    await t.http().get('/api/ervaring/kort').expect(400);
    t.klok.verzet(15 * 24 * 60);
    const verlopen = await t.http().get(`/api${link.url}`).expect(410);
    expect(body<Probleem>(verlopen).detail).toMatch(/verlopen/);
  });

  it('replaces an open link by a new one: only the newest works', async () => {
    const { h, evaluatieId, post } = await metEvaluatie();
    const oud = body<Meetlink>(await post(`/evaluaties/${evaluatieId}/meetlink`).expect(201));
    const nieuw = body<Meetlink>(await post(`/evaluaties/${evaluatieId}/meetlink`).expect(201));
    const vervangen = await t.http().post(`/api${oud.url}`).send(ANTWOORDEN).expect(410);
    expect(body<Probleem>(vervangen).detail).toMatch(/vervangen door een nieuwe/);
    await t.http().post(`/api${nieuw.url}`).send(ANTWOORDEN).expect(204);
    expect(await metingen(h.id)).toHaveLength(1);
  });
});

describe('ervaringsmeting met de professional', () => {
  it('records the experience with the household at an evaluation, once, and shows the answers in the case', async () => {
    const { h, evaluatieId, post, detail } = await metEvaluatie();
    const link = body<Meetlink>(await post(`/evaluaties/${evaluatieId}/meetlink`).expect(201));
    const antwoorden = { perspectief: 3, regie: 3, integraal: 4, effect: null, gehoord: 4, tevredenheid: 3 };
    await post(`/evaluaties/${evaluatieId}/ervaringsmeting`, antwoorden).expect(201);
    expect((await detail()).ervaringsmetingen).toEqual([{ evaluatieId, afgenomenOp: t.klok.nu().toISOString().slice(0, 10), wijze: 'met_professional', antwoorden }]);

    const nogEens = await post(`/evaluaties/${evaluatieId}/ervaringsmeting`, antwoorden).expect(409);
    expect(body<Probleem>(nogEens).detail).toBe('Voor deze evaluatie is de ervaringsmeting al ingevuld.');
    await post(`/evaluaties/${evaluatieId}/meetlink`).expect(409);
    // The link handed out earlier no longer asks anything: this moment is answered.
    const laat = await t.http().get(`/api${link.url}`).expect(410);
    expect(body<Probleem>(laat).detail).toMatch(/samen met uw contactpersoon/);
    await t.http().post(`/api${link.url}`).send(ANTWOORDEN).expect(410);
    expect(await metingen(h.id)).toEqual([{ wijze: 'met_professional', perspectief: 3, integraal: 4 }]);
  });

  it('stores one answer when the household and the professional answer at the same moment', async () => {
    const { h, evaluatieId, post } = await metEvaluatie();
    const link = body<Meetlink>(await post(`/evaluaties/${evaluatieId}/meetlink`).expect(201));
    const [viaLink, metProfessional] = await Promise.all([t.http().post(`/api${link.url}`).send(ANTWOORDEN), post(`/evaluaties/${evaluatieId}/ervaringsmeting`, ANTWOORDEN)]);
    expect([viaLink.status, metProfessional.status].sort()).toEqual(viaLink.status === 204 ? [204, 409] : [201, 410]);
    expect(await metingen(h.id)).toHaveLength(1);
  });

  it('records positieve gezondheid per member and lists it on the household page', async () => {
    const { h, post, detail } = await metEvaluatie();
    const scores = { lichaamsfuncties: 6, mentaalWelbevinden: 4, zingeving: 5, kwaliteitVanLeven: 5, meedoen: 3, dagelijksFunctioneren: 6 };
    await post(`/huishoudens/${h.id}/positieve-gezondheid`, { lidId: h.leden[0]!.id, moment: 'start', ...scores }).expect(201);
    const fout = await post(`/huishoudens/${h.id}/positieve-gezondheid`, { lidId: h.leden[0]!.id, moment: 'start', ...scores, lichaamsfuncties: 11 }).expect(400);
    expect(body<Probleem>(fout).fouten![0]!.veld).toBe('lichaamsfuncties');
    const vreemdLid = await post(`/huishoudens/${h.id}/positieve-gezondheid`, { lidId: '00000000-0000-4000-8000-000000000000', moment: 'start', ...scores }).expect(400);
    expect(body<Probleem>(vreemdLid).fouten![0]).toEqual({ veld: 'lidId', melding: 'Dit lid hoort niet bij dit huishouden.' });
    const { positieveGezondheid } = await detail();
    expect(positieveGezondheid).toEqual([{ id: expect.any(String) as unknown, lidId: h.leden[0]!.id, moment: 'start', gemetenOp: t.klok.nu().toISOString().slice(0, 10), ...scores }]);
  });
});
