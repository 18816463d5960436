import { useDossier } from '../../../shared/huishouden/useDossier';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { GrondslagSectie } from './GrondslagSectie';
import { TeamSectie } from './TeamSectie';
import { ToestemmingSectie } from './ToestemmingSectie';

/** One team around the household: who works with the plan, with the household's consent, under which law. */
export function TeamTab() {
  const huishouden = useDossier();
  usePaginaTitel(`Team en toestemming — Huishouden ${huishouden.naam}`);
  return (
    <>
      <TeamSectie huishouden={huishouden} />
      <ToestemmingSectie huishouden={huishouden} />
      <GrondslagSectie huishouden={huishouden} />
    </>
  );
}
