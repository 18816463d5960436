import fc from 'fast-check';
import { solve } from 'yalps';
import { describe, expect, it } from 'vitest';
import { beveilig, publiceerAandeelBuiten, publiceerGemiddelde, publiceerTellingen, type Status, type TelTabel } from './onthulling.js';

/** Adds the margins: a "Totaal" column (row sums) and a "Regio" row (column sums). */
function metMarges(id: string, binnen: number[][], totaalGroep?: string): TelTabel {
  const metTotaal = binnen.map((rij) => [...rij, rij.reduce((a, b) => a + b, 0)]);
  const regio = metTotaal[0]!.map((_, k) => metTotaal.reduce((a, rij) => a + rij[k]!, 0));
  const rijen = [...binnen.map((_, i) => `Gemeente ${i + 1}`), 'Regio'];
  const kolommen = binnen[0]!.length > 1 ? [...binnen[0]!.map((_, k) => `Categorie ${k + 1}`), 'Totaal'] : ['Totaal'];
  const waarden = binnen[0]!.length > 1 ? [...metTotaal, regio] : [...binnen.map((r) => [r[0]!]), [binnen.reduce((a, r) => a + r[0]!, 0)]];
  return { id, rijen, kolommen, waarden, ...(totaalGroep ? { totaalGroep } : {}) };
}

/** Small counts are the interesting ones; some larger ones make rounding and suppression interact. */
const telling = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 12 }) }, { weight: 2, arbitrary: fc.integer({ min: 10, max: 80 }) });

/** A release: two breakdowns of the same households (sharing their totals) and one plain count table. */
const releaseArb = fc
  .record({ gemeenten: fc.integer({ min: 2, max: 3 }), a: fc.integer({ min: 2, max: 3 }), b: fc.integer({ min: 2, max: 3 }) })
  .chain(({ gemeenten, a, b }) =>
    fc.record({
      eerste: fc.array(fc.array(telling, { minLength: a, maxLength: a }), { minLength: gemeenten, maxLength: gemeenten }),
      verdeling: fc.array(fc.array(fc.nat({ max: 1000 }), { minLength: b, maxLength: b }), { minLength: gemeenten, maxLength: gemeenten }),
      los: fc.array(telling, { minLength: gemeenten, maxLength: gemeenten }),
    }),
  )
  .map(({ eerste, verdeling, los }) => {
    // The second table splits each gemeente's same total differently over its own categories.
    const tweede = eerste.map((rij, g) => {
      const totaal = rij.reduce((x, y) => x + y, 0);
      const gewichten = verdeling[g]!.map((w) => w + 1);
      const somGewicht = gewichten.reduce((x, y) => x + y, 0);
      const delen = gewichten.map((w) => Math.floor((totaal * w) / somGewicht));
      delen[0]! += totaal - delen.reduce((x, y) => x + y, 0);
      return delen;
    });
    return [metMarges('a', eerste, 'gedeeld'), metMarges('b', tweede, 'gedeeld'), metMarges('c', los.map((w) => [w]))];
  });

/**
 * The test's own attacker: from the published cells alone (not the builder's code), the range
 * of every withheld cell, by linear programming over all sums in the release.
 */
function bereik(tabellen: TelTabel[], gepubliceerd: ReturnType<typeof publiceerTellingen>[], doel: [number, number, number], alleenMarkeringen = false): [number, number] {
  const variabelen: [string, Record<string, number>][] = [];
  const beperkingen: Record<string, { min?: number; max?: number; equal?: number }> = {};
  const v = (t: number, r: number, k: number) => `x${t}.${r}.${k}`;
  const coef = new Map<string, Record<string, number>>();
  const voeg = (cel: string, c: string, w: number) => coef.set(cel, { ...(coef.get(cel) ?? {}), [c]: (coef.get(cel)?.[c] ?? 0) + w });
  tabellen.forEach((t, ti) => {
    const R = t.waarden.length;
    const K = t.waarden[0]!.length;
    t.waarden.forEach((rij, r) =>
      rij.forEach((_, k) => {
        const cel = gepubliceerd[ti]![r]![k]!;
        voeg(v(ti, r, k), `b${v(ti, r, k)}`, 1);
        beperkingen[`b${v(ti, r, k)}`] =
          cel.soort === 'klein' ? { min: 1, max: 9 }
          : cel.soort === 'onderdrukt' ? { min: 10 }
          : cel.soort === 'dominant' ? { min: 0 }
          : cel.soort === 'aantal' && cel.waarde === 0 ? { equal: 0 }
          : alleenMarkeringen ? { min: 10 }
          : { min: Math.max(10, (cel as { waarde: number }).waarde - 2), max: (cel as { waarde: number }).waarde + 2 };
      }),
    );
    if (K > 1) for (let r = 0; r < R; r += 1) {
      for (let k = 0; k < K; k += 1) voeg(v(ti, r, k), `r${ti}.${r}`, k === K - 1 ? -1 : 1);
      beperkingen[`r${ti}.${r}`] = { equal: 0 };
    }
    for (let k = 0; k < K; k += 1) {
      for (let r = 0; r < R; r += 1) voeg(v(ti, r, k), `k${ti}.${k}`, r === R - 1 ? -1 : 1);
      beperkingen[`k${ti}.${k}`] = { equal: 0 };
    }
  });
  // shared totals of tables a and b
  const Ka = tabellen[0]!.waarden[0]!.length - 1;
  const Kb = tabellen[1]!.waarden[0]!.length - 1;
  tabellen[0]!.waarden.forEach((_, r) => {
    voeg(v(0, r, Ka), `s${r}`, 1);
    voeg(v(1, r, Kb), `s${r}`, -1);
    beperkingen[`s${r}`] = { equal: 0 };
  });
  const [dt, dr, dk] = doel;
  for (const [naam, c] of coef) variabelen.push([naam, naam === v(dt, dr, dk) ? { ...c, doel: 1 } : c]);
  const uitkomst = (direction: 'minimize' | 'maximize') => {
    const o = solve({ direction, objective: 'doel', constraints: beperkingen, variables: variabelen });
    if (o.status === 'unbounded') return Infinity;
    expect(o.status).toBe('optimal');
    return o.result;
  };
  return [uitkomst('minimize'), uitkomst('maximize')];
}

describe('onthullingscontrole (property tests over random releases)', () => {
  it('never publishes a true count of 1–9, and publishes only multiples of 5 within 2 of the truth', () => {
    fc.assert(
      fc.property(releaseArb, (tabellen) => {
        const status = beveilig(tabellen);
        tabellen.forEach((t, ti) => {
          const gepubliceerd = publiceerTellingen(t, status[ti]!);
          t.waarden.forEach((rij, r) =>
            rij.forEach((waar, k) => {
              const cel = gepubliceerd[r]![k]!;
              if (waar >= 1 && waar <= 9) expect(['klein', 'dominant']).toContain(cel.soort);
              if (cel.soort === 'aantal') {
                expect(cel.waarde % 5).toBe(0);
                expect(Math.abs(cel.waarde - waar)).toBeLessThanOrEqual(2);
                expect(cel.waarde === 0 || cel.waarde >= 10).toBe(true);
              }
            }),
          );
        });
      }),
      { numRuns: 150 },
    );
  });

  it('leaves no withheld cell pinned down by the rest of the release (ranges from an independent LP)', () => {
    fc.assert(
      fc.property(releaseArb, (tabellen) => {
        const status = beveilig(tabellen);
        const gepubliceerd = tabellen.map((t, ti) => publiceerTellingen(t, status[ti]!));
        status.forEach((tabel, ti) =>
          tabel.forEach((rij, r) =>
            rij.forEach((s: Status, k) => {
              if (s === 'gepubliceerd') return;
              const [min, max] = bereik(tabellen, gepubliceerd, [ti, r, k]);
              const [basisMin, basisMax] = bereik(tabellen, gepubliceerd, [ti, r, k], true);
              const waar = tabellen[ti]!.waarden[r]![k]!;
              expect(min).toBeLessThanOrEqual(waar + 1e-6);
              expect(max).toBeGreaterThanOrEqual(waar - 1e-6);
              // At least 10 wide; a "<10" cell, whose marker alone says 1–9, not narrowed at all.
              // Less only where the markers, zeros and sums alone already tell more.
              const breedte = s === 'klein' ? 8 : 10;
              expect(max - min, `${s} cel ${ti}/${r}/${k} = ${waar}`).toBeGreaterThanOrEqual(Math.min(breedte, basisMax - basisMin) - 1e-6);
            }),
          ),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('suppresses the same total cells in tables that share a total', () => {
    fc.assert(
      fc.property(releaseArb, (tabellen) => {
        const status = beveilig(tabellen);
        const Ka = tabellen[0]!.waarden[0]!.length - 1;
        const Kb = tabellen[1]!.waarden[0]!.length - 1;
        status[0]!.forEach((rij, r) => expect(rij[Ka] === 'gepubliceerd').toBe(status[1]![r]![Kb] === 'gepubliceerd'));
      }),
      { numRuns: 100 },
    );
  });

  it('publishes a share only as a function of published counts, so it tells nothing they do not', () => {
    fc.assert(
      fc.property(releaseArb, fc.nat(), (tabellen, keuze) => {
        const status = beveilig(tabellen);
        const t = tabellen[0]!;
        const buiten = t.kolommen[keuze % (t.kolommen.length - 1)]!;
        const k = t.kolommen.indexOf(buiten);
        const totaal = t.kolommen.length - 1;
        const gepubliceerd = publiceerTellingen(t, status[0]!);
        t.rijen.forEach((_, r) => {
          const aandeel = publiceerAandeelBuiten(t, status[0]!, r, buiten);
          const [rest, noemer] = [gepubliceerd[r]![k]!, gepubliceerd[r]![totaal]!];
          if (aandeel.soort !== 'aandeel') return;
          expect(rest.soort).toBe('aantal');
          expect(noemer.soort).toBe('aantal');
          const [n, x] = [(noemer as { waarde: number }).waarde, (rest as { waarde: number }).waarde];
          expect(aandeel.procent).toBe(Math.round(((n - x) / n) * 100));
          expect(t.waarden[r]![k]!).toBeGreaterThanOrEqual(10);
          expect(t.waarden[r]![totaal]! - t.waarden[r]![k]!).toBeGreaterThanOrEqual(10);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same answer on a re-run', () => {
    fc.assert(
      fc.property(releaseArb, (tabellen) => {
        expect(JSON.stringify(beveilig(structuredClone(tabellen)))).toBe(JSON.stringify(beveilig(structuredClone(tabellen))));
      }),
      { numRuns: 50 },
    );
  });
});

describe('by hand', () => {
  it('withholds a lone small cell together with the smallest other cell of its row and column', () => {
    const t = metMarges('x', [
      [3, 40, 50],
      [20, 30, 60],
    ]);
    const status = beveilig([t]);
    expect(status[0]![0]![0]).toBe('klein');
    expect(status[0]!.flat().filter((s) => s !== 'gepubliceerd').length).toBeGreaterThanOrEqual(4);
    expect(publiceerTellingen(t, status[0]!)[1]![3]).toEqual({ soort: 'aantal', waarde: 110 });
  });

  it('hides a row like 0 / <10 / 0, which would say that every household is in one category', () => {
    const t = metMarges('x', [
      [0, 3, 0],
      [20, 15, 12],
    ]);
    const status = beveilig([t]);
    expect(publiceerTellingen(t, status[0]!)[0]!.slice(0, 3)).toEqual([{ soort: 'dominant' }, { soort: 'dominant' }, { soort: 'dominant' }]);
  });

  it('withholds a breakdown where nearly everyone is in one category', () => {
    const t = metMarges('x', [
      [95, 5 + 0, 0],
      [40, 30, 30],
    ]);
    const status = beveilig([t]);
    // all categories hidden, the zero too: otherwise it would still say "all but a few are in the first"
    expect(status[0]![0]!.slice(0, 3)).toEqual(['dominant', 'dominant', 'dominant']);
    expect(publiceerTellingen(t, status[0]!)[0]![0]).toEqual({ soort: 'dominant' });
  });

  it('publishes a share only with 10 on both sides, from the rounded counts, and withholds it with its counts', () => {
    const open = metMarges('x', [
      [12, 31, 40],
      [20, 30, 33],
    ]);
    const openStatus = beveilig([open])[0]!;
    // 52 of 83 outside "Categorie 2"; published: row total 85, the category 30, so (85 − 30) / 85 = 65%, not the true 63%.
    expect(publiceerAandeelBuiten(open, openStatus, 0, 'Categorie 2')).toEqual({ soort: 'aandeel', procent: 65 });
    expect(() => publiceerAandeelBuiten(open, openStatus, 0, 'Totaal')).toThrow();

    const metKlein = metMarges('y', [
      [3, 12, 40],
      [20, 30, 33],
    ]);
    const status = beveilig([metKlein])[0]!;
    // The 12 is withheld to protect the 3 beside it; a share outside it would give it away.
    expect(status[0]![1]).toBe('onderdrukt');
    expect(publiceerAandeelBuiten(metKlein, status, 0, 'Categorie 2')).toEqual({ soort: 'onderdrukt' });
    // Only 3 in "Categorie 1": too few on one side.
    expect(publiceerAandeelBuiten(metKlein, status, 0, 'Categorie 1')).toEqual({ soort: 'te_weinig' });
  });

  it('publishes a mean only over 10 or more', () => {
    expect(publiceerGemiddelde([4, 4, 4, 4, 4, 5, 5, 5, 5, 3])).toEqual({ soort: 'gemiddelde', waarde: 4.3, n: 'ten minste 10' });
    expect(publiceerGemiddelde([5, 5, 5])).toEqual({ soort: 'te_weinig' });
  });
});
