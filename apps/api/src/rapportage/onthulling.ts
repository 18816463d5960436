import { STANDAARD_ONTHULLINGSREGELS, type OnthullingsRegels, type PubliekeCel } from '@eenplan/contracts';
import { solve, type Model } from 'yalps';

/**
 * A count table with its margins: rows are the gemeenten then the region (the column sums),
 * columns are the categories then "Totaal" (the row sums). A table of plain counts has only
 * the "Totaal" column. Values are TRUE counts of distinct households; they never leave the
 * server.
 */
export interface TelTabel {
  id: string;
  rijen: string[];
  kolommen: string[];
  waarden: number[][];
  /** Tables with the same group share their "Totaal" column (e.g. every table over complex cases). */
  totaalGroep?: string;
}

export type Status = 'gepubliceerd' | 'klein' | 'onderdrukt' | 'dominant';
type Cel = [tabel: number, rij: number, kolom: number];

/**
 * Decides which cells are published. 1. primary: true counts 1..9 are "klein". 2. dominance:
 * a breakdown row where one category holds ≥ 90% is withheld. 3. secondary: every row and
 * column with a withheld cell gets at least two, whose true sum is at least the minimum, and
 * tables that share a total withhold the same total cells. 4. audit: an exact linear program
 * over everything the release publishes (rounded counts, markers, all sums) computes how far
 * each withheld cell can be pinned down; where that is too narrow, more is withheld, until every
 * withheld cell keeps a wide enough range (see `beschermd`).
 */
export function beveilig(tabellen: TelTabel[], regels: OnthullingsRegels = STANDAARD_ONTHULLINGSREGELS): Status[][][] {
  const status: Status[][][] = tabellen.map((t) => t.waarden.map((rij) => rij.map((w) => (w > 0 && w < regels.minimum ? 'klein' : 'gepubliceerd'))));
  tabellen.forEach((t, ti) => {
    if (t.kolommen.length < 3) return; // dominance needs a breakdown of at least two categories
    t.waarden.forEach((rij, ri) => {
      const totaal = rij[rij.length - 1]!;
      const grootste = Math.max(...rij.slice(0, -1));
      // Every category of the row is hidden — zeros and small counts too — or the zeros would
      // still show that everyone is in the one remaining category.
      if (totaal > 0 && grootste >= regels.dominantie * totaal) {
        for (let k = 0; k < rij.length - 1; k += 1) status[ti]![ri]![k] = 'dominant';
      }
    });
  });
  for (;;) {
    const secundair = secundaireOnderdrukking(tabellen, status, regels);
    const zwak = onvoldoendeBeschermd(tabellen, status, regels);
    if (zwak.length === 0) {
      if (!secundair) return status;
      continue;
    }
    // Each round withholds at least one more cell, so this ends; a release where even that is
    // impossible is refused rather than published.
    if (!onderdrukExtra(tabellen, status, zwak[0]!)) throw new Error('onthullingscontrole: een cel is niet te beschermen');
  }
}

const afgerond = (w: number, regels: OnthullingsRegels) => Math.round(w / regels.afronding) * regels.afronding;

/** The published form of every cell of a count table. */
export function publiceerTellingen(tabel: TelTabel, status: Status[][], regels: OnthullingsRegels = STANDAARD_ONTHULLINGSREGELS): PubliekeCel[][] {
  return tabel.waarden.map((rij, ri) =>
    rij.map((w, ki): PubliekeCel => {
      const s = status[ri]![ki]!;
      if (s === 'klein') return { soort: 'klein' };
      if (s === 'onderdrukt') return { soort: 'onderdrukt' };
      if (s === 'dominant') return { soort: 'dominant' };
      return { soort: 'aantal', waarde: afgerond(w, regels) };
    }),
  );
}

/**
 * The share of a row of a count table that falls outside one category (e.g. complex cases
 * with a regie-afspraak: all but "Geen afspraak"). Published only when numerator and
 * denominator − numerator are both at least the minimum, and worked out from the published,
 * rounded counts: a share of the true counts would give those counts almost exactly and undo
 * the rounding and the suppression. So it is withheld when either count is withheld.
 */
export function publiceerAandeelBuiten(tabel: TelTabel, status: Status[][], rij: number, buiten: string, regels: OnthullingsRegels = STANDAARD_ONTHULLINGSREGELS): PubliekeCel {
  const k = tabel.kolommen.indexOf(buiten);
  const totaal = tabel.kolommen.length - 1;
  if (k < 0 || k === totaal) throw new Error(`aandeel: tabel ${tabel.id} heeft geen categorie ${buiten}`);
  const noemer = tabel.waarden[rij]![totaal]!;
  const rest = tabel.waarden[rij]![k]!;
  if (noemer - rest < regels.minimum || rest < regels.minimum) return { soort: 'te_weinig' };
  if (status[rij]![k] !== 'gepubliceerd' || status[rij]![totaal] !== 'gepubliceerd') return { soort: 'onderdrukt' };
  const n = afgerond(noemer, regels);
  return { soort: 'aandeel', procent: Math.round(((n - afgerond(rest, regels)) / n) * 100) };
}

/** A mean only over at least the minimum number of respondents; never min or max. */
export function publiceerGemiddelde(waarden: number[], regels: OnthullingsRegels = STANDAARD_ONTHULLINGSREGELS): PubliekeCel {
  if (waarden.length < regels.minimum) return { soort: 'te_weinig' };
  return { soort: 'gemiddelde', waarde: Math.round((waarden.reduce((a, b) => a + b, 0) / waarden.length) * 10) / 10, n: `ten minste ${regels.minimum}` };
}

/** Every line (row or column, margins included) of a table, as cell positions. */
function lijnen(t: TelTabel): [number, number][][] {
  const rijen = t.waarden.length;
  const kolommen = t.waarden[0]?.length ?? 0;
  const uit: [number, number][][] = [];
  if (kolommen > 1) for (let r = 0; r < rijen; r += 1) uit.push(Array.from({ length: kolommen }, (_, k) => [r, k] as [number, number]));
  if (rijen > 1) for (let k = 0; k < kolommen; k += 1) uit.push(Array.from({ length: rijen }, (_, r) => [r, k] as [number, number]));
  return uit;
}

/** One pass of the line rule and the shared-total rule; true when it withheld anything. */
function secundaireOnderdrukking(tabellen: TelTabel[], status: Status[][][], regels: OnthullingsRegels): boolean {
  let gewijzigd = false;
  for (let herhaal = true; herhaal; ) {
    herhaal = false;
    // Tables sharing a total withhold the same total cells.
    const groepen = new Map<string, number[]>();
    tabellen.forEach((t, ti) => t.totaalGroep && groepen.set(t.totaalGroep, [...(groepen.get(t.totaalGroep) ?? []), ti]));
    for (const leden of groepen.values()) {
      const rijen = tabellen[leden[0]!]!.waarden.length;
      for (let r = 0; r < rijen; r += 1) {
        const totaalKolom = (ti: number) => tabellen[ti]!.waarden[r]!.length - 1;
        const ergens = leden.find((ti) => status[ti]![r]![totaalKolom(ti)] !== 'gepubliceerd');
        if (ergens === undefined) continue;
        for (const ti of leden) {
          if (status[ti]![r]![totaalKolom(ti)] === 'gepubliceerd') {
            status[ti]![r]![totaalKolom(ti)] = status[ergens]![r]![totaalKolom(ergens)]!;
            herhaal = gewijzigd = true;
          }
        }
      }
    }
    tabellen.forEach((t, ti) => {
      for (const lijn of lijnen(t)) {
        for (;;) {
          const weg = lijn.filter(([r, k]) => status[ti]![r]![k] !== 'gepubliceerd');
          if (weg.length === 0) break;
          const som = weg.reduce((acc, [r, k]) => acc + t.waarden[r]![k]!, 0);
          if (weg.length >= 2 && som >= regels.minimum) break;
          const kandidaat = kleinsteKandidaat(t, status[ti]!, lijn);
          if (!kandidaat) break; // nothing left to withhold in this line (only zeros)
          status[ti]![kandidaat[0]]![kandidaat[1]] = 'onderdrukt';
          herhaal = gewijzigd = true;
        }
      }
    });
  }
  return gewijzigd;
}

/** The published, non-zero cell of a line that costs least to withhold: inner cells before margins, small before large. */
function kleinsteKandidaat(t: TelTabel, status: Status[][], lijn: [number, number][]): [number, number] | undefined {
  const laatsteRij = t.waarden.length - 1;
  const laatsteKolom = (t.waarden[0]?.length ?? 1) - 1;
  return lijn
    .filter(([r, k]) => status[r]![k] === 'gepubliceerd' && t.waarden[r]![k]! > 0)
    .sort(([r1, k1], [r2, k2]) => {
      const marge = (r: number, k: number) => (r === laatsteRij ? 1 : 0) + (k === laatsteKolom ? 1 : 0);
      return marge(r1, k1) - marge(r2, k2) || t.waarden[r1]![k1]! - t.waarden[r2]![k2]!;
    })[0];
}

/**
 * When the audit finds a cell too well pinned down, withhold the cheapest published cell in
 * its own lines; failing that, in its table; failing that, anywhere in the release.
 */
function onderdrukExtra(tabellen: TelTabel[], status: Status[][][], [ti, r, k]: Cel): boolean {
  const t = tabellen[ti]!;
  const kies = (tabel: number, lijst: [number, number][][]) =>
    lijst
      .map((lijn) => kleinsteKandidaat(tabellen[tabel]!, status[tabel]!, lijn))
      .filter((c): c is [number, number] => Boolean(c))
      .sort(([r1, k1], [r2, k2]) => tabellen[tabel]!.waarden[r1]![k1]! - tabellen[tabel]!.waarden[r2]![k2]!)[0];
  const eigenLijnen = lijnen(t).filter((lijn) => lijn.some(([lr, lk]) => lr === r && lk === k));
  const volgorde: [number, [number, number][][]][] = [[ti, eigenLijnen], [ti, lijnen(t)], ...tabellen.map((x, i) => [i, lijnen(x)] as [number, [number, number][][]])];
  for (const [tabel, lijst] of volgorde) {
    const keuze = kies(tabel, lijst);
    if (keuze) {
      status[tabel]![keuze[0]]![keuze[1]] = 'onderdrukt';
      return true;
    }
  }
  return false;
}

/**
 * The intervals an outsider can derive for every withheld cell from what the release
 * publishes: each published count v means a true value in [v−2, v+2] (exactly 0 for 0),
 * "klein" means 1..9, "onderdrukt" means at least the minimum (only non-zero published cells
 * are withheld that way), "dominant" means any count (the whole row's categories are hidden),
 * and every row, column and shared total must add up. The constraint matrix is that of a
 * network (sums of cells), so the LP optimum is integral and equals the integer range.
 */
export function afleidbareIntervallen(
  tabellen: TelTabel[],
  status: Status[][][],
  regels: OnthullingsRegels = STANDAARD_ONTHULLINGSREGELS,
  /** Baseline: what the markers, the zeros and the sums alone tell, as if no other count were published. */
  alleenMarkeringen = false,
): Map<string, [number, number]> {
  const naam = (ti: number, r: number, k: number) => `c${ti}_${r}_${k}`;
  const coefficienten = new Map<string, Record<string, number>>();
  const constraints: Record<string, { min?: number; max?: number; equal?: number }> = {};
  const zet = (cel: string, constraint: string, c: number) => {
    const bestaand = coefficienten.get(cel) ?? {};
    bestaand[constraint] = (bestaand[constraint] ?? 0) + c;
    coefficienten.set(cel, bestaand);
  };
  const groepTotaal = new Map<string, number>();
  tabellen.forEach((t, ti) => {
    const rijen = t.waarden.length;
    const kolommen = t.waarden[0]!.length;
    for (let r = 0; r < rijen; r += 1) {
      for (let k = 0; k < kolommen; k += 1) {
        const cel = naam(ti, r, k);
        const s = status[ti]![r]![k]!;
        const grens = `g_${cel}`;
        zet(cel, grens, 1);
        if (s === 'klein') constraints[grens] = { min: 1, max: regels.minimum - 1 };
        else if (s === 'onderdrukt') constraints[grens] = { min: regels.minimum };
        else if (s === 'dominant') constraints[grens] = { min: 0 };
        else {
          const v = afgerond(t.waarden[r]![k]!, regels);
          if (alleenMarkeringen) {
            // The baseline knows the rules and the zeros, not the published counts themselves.
            constraints[grens] = v === 0 ? { equal: 0 } : { min: regels.minimum };
            continue;
          }
          const marge = Math.floor(regels.afronding / 2);
          constraints[grens] = v === 0 ? { equal: 0 } : { min: Math.max(regels.minimum, v - marge), max: v + marge };
        }
      }
    }
    if (kolommen > 1) for (let r = 0; r < rijen; r += 1) {
      const som = `rij_${ti}_${r}`;
      for (let k = 0; k < kolommen - 1; k += 1) zet(naam(ti, r, k), som, 1);
      zet(naam(ti, r, kolommen - 1), som, -1);
      constraints[som] = { equal: 0 };
    }
    if (rijen > 1) for (let k = 0; k < kolommen; k += 1) {
      const som = `kol_${ti}_${k}`;
      for (let r = 0; r < rijen - 1; r += 1) zet(naam(ti, r, k), som, 1);
      zet(naam(ti, rijen - 1, k), som, -1);
      constraints[som] = { equal: 0 };
    }
    if (t.totaalGroep) {
      const eerste = groepTotaal.get(t.totaalGroep);
      if (eerste === undefined) groepTotaal.set(t.totaalGroep, ti);
      else for (let r = 0; r < rijen; r += 1) {
        const gelijk = `deel_${ti}_${r}`;
        zet(naam(ti, r, kolommen - 1), gelijk, 1);
        zet(naam(eerste, r, tabellen[eerste]!.waarden[0]!.length - 1), gelijk, -1);
        constraints[gelijk] = { equal: 0 };
      }
    }
  });
  const uit = new Map<string, [number, number]>();
  tabellen.forEach((t, ti) =>
    t.waarden.forEach((rij, r) =>
      rij.forEach((_, k) => {
        if (status[ti]![r]![k] === 'gepubliceerd') return;
        const cel = naam(ti, r, k);
        const grens = (richting: 'minimize' | 'maximize') => {
          const variabelen = [...coefficienten].map(([v, c]) => [v, v === cel ? { ...c, doel: 1 } : c] as const);
          const model: Model<string, string> = { direction: richting, objective: 'doel', constraints, variables: variabelen };
          const oplossing = solve(model);
          if (oplossing.status === 'unbounded') return richting === 'maximize' ? Infinity : -Infinity;
          if (oplossing.status !== 'optimal') throw new Error(`onthullingsaudit: ${oplossing.status}`);
          return oplossing.result;
        };
        uit.set(cel, [grens('minimize'), grens('maximize')]);
      }),
    ),
  );
  return uit;
}

/**
 * The width a withheld cell's derivable range must keep. A "<10" cell is known to lie in 1..9
 * from its marker alone, so a range 10 wide is impossible for it: the published counts may
 * not narrow it at all (width `minimum − 2`). Any other withheld cell keeps a range at least
 * `minimum` wide. Both give way only where the markers, the zeros (a true 0 says nothing about
 * anyone) and the sums alone already tell more, whatever is published: three "<10" gemeenten
 * adding up to a "<10" region are each at most 7.
 */
export function beschermd([min, max]: [number, number], [basisMin, basisMax]: [number, number], status: Status, regels: OnthullingsRegels = STANDAARD_ONTHULLINGSREGELS): boolean {
  const breedte = status === 'klein' ? regels.minimum - 2 : regels.minimum;
  return max - min >= Math.min(breedte, basisMax - basisMin) - 1e-6;
}

function onvoldoendeBeschermd(tabellen: TelTabel[], status: Status[][][], regels: OnthullingsRegels): Cel[] {
  const intervallen = afleidbareIntervallen(tabellen, status, regels);
  const basis = afleidbareIntervallen(tabellen, status, regels, true);
  const zwak: Cel[] = [];
  for (const [cel, interval] of intervallen) {
    const [ti, r, k] = cel.slice(1).split('_').map(Number) as Cel;
    if (!beschermd(interval, basis.get(cel)!, status[ti]![r]![k]!, regels)) zwak.push([ti, r, k]);
  }
  return zwak;
}
