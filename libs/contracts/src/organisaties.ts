/** Kinds of organisation that work with the one plan. */
export const ORGANISATIESOORTEN = [
  'cjg',
  'wmo',
  'amw',
  'schuldhulpverlening',
  'ggz',
  'wijkverpleging',
  'veilig_thuis',
  'gi',
  'onderwijs',
  'huisarts',
  'gemeente',
  'anders',
] as const;
export type Organisatiesoort = (typeof ORGANISATIESOORTEN)[number];
