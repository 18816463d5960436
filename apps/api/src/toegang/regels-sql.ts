// What the fields of the CASL rules mean in SQL, written once. The row filter, the field
// loader, the team readers, the werkvoorraad and the checks on who may own an action or hold
// regie all use these, so "in the team" or "with consent" cannot mean two things.
// `b`, `t`, `r` are table aliases; `op` is a SQL expression for the day (usually a parameter).

/** Betrokkene `b` is in the team on day `op`: started, not yet ended. */
export const inTeamOp = (b: string, op: string) => `${b}.van <= ${op} AND (${b}.tot IS NULL OR ${b}.tot >= ${op})`;

/** Toestemming `t` holds on day `op`: given by then and not withdrawn. */
export const toestemmingGeldigOp = (t: string, op: string) => `${t}.gegeven_op <= ${op} AND ${t}.ingetrokken_op IS NULL`;

/**
 * The plan is shared, on day `op`, with betrokkene `b`: their organisation is the casemanager's
 * own, or the household has consent holding on day `op` for it. One rule for consultants and
 * professionals alike; being in the team alone is not enough.
 */
export const gedeeldMetOp = (b: string, op: string) =>
  `(EXISTS (SELECT 1 FROM huishouden gh JOIN gebruiker gc ON gc.id = gh.casemanager_id WHERE gh.id = ${b}.huishouden_id AND gc.organisatie_id = ${b}.organisatie_id)
    OR EXISTS (SELECT 1 FROM toestemming gt WHERE gt.huishouden_id = ${b}.huishouden_id AND gt.organisatie_id = ${b}.organisatie_id AND ${toestemmingGeldigOp('gt', op)}))`;

/**
 * Household `h` is active: its current plan is not afgesloten (closing the plan sets the
 * household's status to afgesloten, a new plan sets it back). A BSN may be in one active
 * household at a time, unless a reason is recorded (huishoudens/bsn-uniek.ts).
 */
export const actiefHuishouden = (h: string) => `${h}.status = 'actief'`;

/** Regie-afspraak `r` is the current one (the previous one ends when a new one is recorded). */
export const huidigeRegie = (r: string) => `${r}.beeindigd_op IS NULL`;

/** The households in which user `gebruiker` is in the team on day `op`. */
export const huishoudensInTeam = (gebruiker: string, op: string) =>
  `SELECT tb.huishouden_id FROM betrokkene tb WHERE tb.gebruiker_id = ${gebruiker} AND ${inTeamOp('tb', op)}`;

/** The households whose plan is shared with `gebruiker` on day `op`: in the team, of the casemanager's organisation or with consent for theirs. */
export const huishoudensGedeeldMet = (gebruiker: string, op: string) => `${huishoudensInTeam(gebruiker, op)} AND ${gedeeldMetOp('tb', op)}`;

/** The households in which `gebruiker` is regisseur under the current regie-afspraak. */
export const huishoudensMetRegisseur = (gebruiker: string) =>
  `SELECT ra.huishouden_id FROM regie_afspraak ra WHERE ra.regisseur_id = ${gebruiker} AND ${huidigeRegie('ra')}`;

/**
 * Complex case: the active plan has goals on two or more leefgebieden, or two or more
 * organisations work in the team (the casemanager's counts). SQL over alias `h`, so the
 * werkvoorraad and the household page agree on it.
 */
export const complexOp = (op: string) => `((SELECT count(DISTINCT d.leefgebied) FROM doel d JOIN plan p ON p.id = d.plan_id WHERE p.huishouden_id = h.id AND p.status <> 'afgesloten') >= 2
    OR (SELECT count(DISTINCT o) FROM (
          SELECT b.organisatie_id AS o FROM betrokkene b WHERE b.huishouden_id = h.id AND b.soort = 'professional' AND ${inTeamOp('b', op)}
          UNION SELECT c.organisatie_id FROM gebruiker c WHERE c.id = h.casemanager_id) orgs) >= 2)`;

/** The records of a household's file, and how each finds the household it belongs to. */
export const HUISHOUDEN_VAN = {
  lid: `SELECT huishouden_id FROM lid WHERE id = $1`,
  plan: `SELECT huishouden_id FROM plan WHERE id = $1`,
  doel: `SELECT p.huishouden_id FROM doel d JOIN plan p ON p.id = d.plan_id WHERE d.id = $1`,
  actie: `SELECT p.huishouden_id FROM actie a JOIN doel d ON d.id = a.doel_id JOIN plan p ON p.id = d.plan_id WHERE a.id = $1`,
  betrokkene: `SELECT huishouden_id FROM betrokkene WHERE id = $1`,
  toestemming: `SELECT huishouden_id FROM toestemming WHERE id = $1`,
  regie_afspraak: `SELECT huishouden_id FROM regie_afspraak WHERE id = $1`,
  evaluatie: `SELECT huishouden_id FROM evaluatie WHERE id = $1`,
} as const;
export type DossierRecord = keyof typeof HUISHOUDEN_VAN;
