import type { Probleem } from '@eenplan/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enkeleRij } from '../common/sql.js';
import { body } from '../test-support/antwoord.js';
import { inloggenAls, startTestApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('publishing one period at the same moment', () => {
  it('gives one 201 and 409 for the rest, never a 500, in 20 rounds of 5 parallel requests', async () => {
    const beleid = await inloggenAls(t, 'beleid.mlw');
    // Twenty quarters no other test publishes.
    const perioden = [2020, 2021, 2022, 2023, 2024].flatMap((jaar) => [1, 2, 3, 4].map((k) => `${jaar}-K${k}`));
    for (const periode of perioden) {
      const antwoorden = await Promise.all(Array.from({ length: 5 }, () => beleid.agent.post('/api/rapportages/releases').set('x-csrf-token', beleid.csrf).send({ periode })));
      expect({ periode, statussen: antwoorden.map((a) => a.status).sort() }).toEqual({ periode, statussen: [201, 409, 409, 409, 409] });
      for (const a of antwoorden.filter((x) => x.status === 409)) expect(body<Probleem>(a).type).toMatch(/al-gepubliceerd/);
      const { aantal } = await enkeleRij<{ aantal: number }>(t.app.get(DataSource), `SELECT count(*)::int AS aantal FROM rapportage_release WHERE periode = $1`, [periode]);
      expect(aantal).toBe(1);
    }
  }, 240_000);
});
