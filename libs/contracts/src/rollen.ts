/** The roles of the people who use the product (see domain brief, "Who uses it"). */
export const ROLLEN = ['consulent', 'professional', 'beleid', 'beheer'] as const;
export type Rol = (typeof ROLLEN)[number];

export const ROL_LABELS: Record<Rol, string> = {
  consulent: 'Consulent (CJG / Wmo)',
  professional: 'Betrokken professional',
  beleid: 'Beleid',
  beheer: 'Functioneel beheer',
};
