import { Basis1763840000000 } from './1763840000000-Basis.js';
import { HuishoudensEnPlannen1763850000000 } from './1763850000000-HuishoudensEnPlannen.js';
import { ZoekenOpNaam1763860000000 } from './1763860000000-ZoekenOpNaam.js';
import { TeamRegieEvaluaties1763870000000 } from './1763870000000-TeamRegieEvaluaties.js';
import { Thema2Metingen1763880000000 } from './1763880000000-Thema2Metingen.js';
import { RegieIndex1763890000000 } from './1763890000000-RegieIndex.js';
import { EenMetingPerEvaluatie1763900000000 } from './1763900000000-EenMetingPerEvaluatie.js';
import { Begrenzing1764100000000 } from './1764100000000-Begrenzing.js';
import { GeenDubbeleRegistratie1764140000000 } from './1764140000000-GeenDubbeleRegistratie.js';
import { IndexenOpVreemdeSleutels1764150000000 } from './1764150000000-IndexenOpVreemdeSleutels.js';
import { LijstenInAudit1764160000000 } from './1764160000000-LijstenInAudit.js';
import { AlleenToevoegen1764170000000 } from './1764170000000-AlleenToevoegen.js';
import { RegieEindeReden1764200000000 } from './1764200000000-RegieEindeReden.js';
import { Beheer1764300000000 } from './1764300000000-Beheer.js';
import { Uitnodigingen1764300000001 } from './1764300000001-Uitnodigingen.js';
import { OidcKoppeling1764400000000 } from './1764400000000-OidcKoppeling.js';
import { TweedeFactor1764410000000 } from './1764410000000-TweedeFactor.js';
import { RollendJaar1764500000000 } from './1764500000000-RollendJaar.js';
import { IndexenNaBeheerEnInloggen1764600000000 } from './1764600000000-IndexenNaBeheerEnInloggen.js';

/** Every migration, in order. Listed explicitly so source (tests) and dist (runtime) load the same set. */
export const MIGRATIES = [Basis1763840000000, HuishoudensEnPlannen1763850000000, ZoekenOpNaam1763860000000, TeamRegieEvaluaties1763870000000, Thema2Metingen1763880000000, RegieIndex1763890000000, EenMetingPerEvaluatie1763900000000, Begrenzing1764100000000, GeenDubbeleRegistratie1764140000000, IndexenOpVreemdeSleutels1764150000000, LijstenInAudit1764160000000, AlleenToevoegen1764170000000, RegieEindeReden1764200000000, Beheer1764300000000, Uitnodigingen1764300000001, OidcKoppeling1764400000000, TweedeFactor1764410000000, RollendJaar1764500000000, IndexenNaBeheerEnInloggen1764600000000];
