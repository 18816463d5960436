/** Kinds of organisation that work with the one plan. */
export const ORGANISATIESOORTEN = [
  'cjg',
  'wmo',
  'amw',
  'schuldhulpverlening',
  'ggz',
  'wijkverpleging',
  'veilig_thuis',
  'onderwijs',
  'huisarts',
  'gemeente',
] as const;
export type Organisatiesoort = (typeof ORGANISATIESOORTEN)[number];
