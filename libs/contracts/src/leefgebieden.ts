/** Life domains on which a household's goals are set (domain brief, "leefgebied"). */
export const LEEFGEBIEDEN = [
  'wonen',
  'werk_dagbesteding',
  'inkomen_schulden',
  'psychische_gezondheid',
  'fysieke_gezondheid',
  'opvoeding_ontwikkeling',
  'veiligheid',
  'sociaal_netwerk',
  'onderwijs',
] as const;
export type Leefgebied = (typeof LEEFGEBIEDEN)[number];

export const LEEFGEBIED_LABELS: Record<Leefgebied, string> = {
  wonen: 'Wonen',
  werk_dagbesteding: 'Werk & dagbesteding',
  inkomen_schulden: 'Inkomen & schulden',
  psychische_gezondheid: 'Psychische gezondheid',
  fysieke_gezondheid: 'Fysieke gezondheid',
  opvoeding_ontwikkeling: 'Opvoeding & ontwikkeling',
  veiligheid: 'Veiligheid',
  sociaal_netwerk: 'Sociaal netwerk',
  onderwijs: 'Onderwijs',
};
