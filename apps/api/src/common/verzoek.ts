import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Rol } from '@eenplan/contracts';
import type { AppAbility } from '@eenplan/permissions';
import type { Request } from 'express';

/** Who is calling, as the guard established it from the session. */
export interface Ingelogd {
  id: string;
  gebruikersnaam: string;
  naam: string;
  rol: Rol;
  organisatie: { id: string; naam: string; soort: string };
  gemeenten: { id: string; naam: string }[];
  sessieId: string;
  csrfToken: string;
  ability: AppAbility;
  /** A second factor is required for this role and not yet set up: only enrolment is open. */
  inschrijvenNodig: boolean;
}

export type Verzoek = Request & { ingelogd?: Ingelogd };

export const SESSIE_COOKIE = 'eenplan_sessie';

/** The signed-in user on a route that declared a permission (the guard guarantees it is set). */
export const HuidigeGebruiker = createParamDecorator((_data: unknown, ctx: ExecutionContext): Ingelogd => {
  const ingelogd = ctx.switchToHttp().getRequest<Verzoek>().ingelogd;
  if (!ingelogd) throw new Error('HuidigeGebruiker op een route zonder sessie');
  return ingelogd;
});

export function leesCookie(req: Request, naam: string): string | undefined {
  const kop = req.headers.cookie;
  if (!kop) return undefined;
  for (const deel of kop.split(';')) {
    const is = deel.indexOf('=');
    if (is > 0 && deel.slice(0, is).trim() === naam) {
      try {
        return decodeURIComponent(deel.slice(is + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
