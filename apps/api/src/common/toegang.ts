import { SetMetadata } from '@nestjs/common';
import type { Actie, Subject } from '@eenplan/permissions';

export const TOEGANG = 'eenplan:toegang';

/** What a route declares about who may call it. A route without a declaration is refused. */
export type Toegangsverklaring = { soort: 'publiek' } | { soort: 'vereist'; actie: Actie; subject: Subject };

/** Reachable without a session (login, health, OpenAPI). */
export const Publiek = () => SetMetadata(TOEGANG, { soort: 'publiek' } satisfies Toegangsverklaring);

/** Requires a session whose CASL ability allows `actie` on `subject`. */
export const Vereist = (actie: Actie, subject: Subject) =>
  SetMetadata(TOEGANG, { soort: 'vereist', actie, subject } satisfies Toegangsverklaring);
