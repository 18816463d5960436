import type { HuishoudenDetail, Pagina, WerkvoorraadRegel } from '@eenplan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body } from '../test-support/antwoord.js';
import { gemeenteId, nieuweConsulent, nieuwHuishouden } from '../test-support/huishouden-fixtures.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('werkvoorraad signals', () => {
  it('flags a concept plan after 4 weeks, overdue actions, and 8 quiet weeks; most signals first', async () => {
    t.klok.zet(new Date('2026-09-01T09:00:00Z'));
    const { agent, csrf: eersteCsrf, opnieuwInloggen } = await nieuweConsulent(t, 'Leudal');
    let csrf = eersteCsrf;
    const leudal = await gemeenteId(t, 'Leudal');
    const rustig = body<HuishoudenDetail>(await agent.post('/api/huishoudens').set('x-csrf-token', csrf).send(nieuwHuishouden(leudal, 'Rustig')).expect(201));
    const druk = body<HuishoudenDetail>(await agent.post('/api/huishoudens').set('x-csrf-token', csrf).send(nieuwHuishouden(leudal, 'Druk')).expect(201));

    let lijst = body<Pagina<WerkvoorraadRegel>>(await agent.get('/api/werkvoorraad').expect(200));
    expect(lijst.items.map((i: { signalen: unknown[] }) => i.signalen)).toEqual([[], []]);

    t.klok.verzet(29 * 24 * 60); // 29 days later: both plans still concept
    csrf = await opnieuwInloggen();
    const plan = body<HuishoudenDetail>(await agent.post(`/api/plannen/${druk.plan!.id}/doelen`).set('x-csrf-token', csrf).send({ leefgebied: 'wonen', omschrijving: 'Huurachterstand weg', prioriteit: 1 }).expect(201)).plan!;
    await agent
      .post(`/api/doelen/${plan.doelen[0]!.id}/acties`)
      .set('x-csrf-token', csrf)
      .send({ omschrijving: 'Brief woningcorporatie', eigenaarSoort: 'huishouden', eigenaarNaam: 'Fatima', deadline: '2026-09-15' })
      .expect(201);

    lijst = body<Pagina<WerkvoorraadRegel>>(await agent.get('/api/werkvoorraad').expect(200));
    expect(lijst.items.map((i: { huishouden: { id: string }; signalen: { soort: string }[] }) => [i.huishouden.id, i.signalen.map((s) => s.soort)])).toEqual([
      [druk.id, ['plan_concept_te_lang', 'acties_verlopen']],
      [rustig.id, ['plan_concept_te_lang']],
    ]);
    expect(lijst.items[0]!.verlopenActies).toBe(1);
    expect(lijst.items[0]!.signalen[1]!.tekst).toBe('1 actie over de deadline');

    t.klok.verzet(57 * 24 * 60); // nobody touched either file for 8+ weeks
    await opnieuwInloggen();
    lijst = body<Pagina<WerkvoorraadRegel>>(await agent.get('/api/werkvoorraad').expect(200));
    expect(lijst.items[1]!.signalen.map((s: { soort: string }) => s.soort)).toEqual(['plan_concept_te_lang', 'geen_activiteit']);
    expect(lijst.items[1]!.signalen[1]!.tekst).toBe('Geen activiteit in 8 weken');
  });
});
