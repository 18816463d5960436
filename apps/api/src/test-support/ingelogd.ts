import type { HuidigeGebruiker } from '@eenplan/contracts';

/** The signed-in user of a login (inloggenAls, nieuweConsulent): POST /api/auth/inloggen answers with HuidigeGebruiker. */
export const huidigeGebruiker = (login: { me: unknown }): HuidigeGebruiker => login.me as HuidigeGebruiker;
