import { useDossier } from '../../../shared/huishouden/useDossier';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { PlanSectie } from '../../plan';
import { AdresSectie } from './AdresSectie';
import { LedenSectie } from './LedenSectie';

/** The first tab of a household: who belongs to it and its plan van aanpak. */
export function PlanTab() {
  const huishouden = useDossier();
  usePaginaTitel(`Plan van aanpak — Huishouden ${huishouden.naam}`);
  return (
    <>
      <AdresSectie huishouden={huishouden} />
      <LedenSectie huishouden={huishouden} />
      <PlanSectie huishouden={huishouden} />
    </>
  );
}
