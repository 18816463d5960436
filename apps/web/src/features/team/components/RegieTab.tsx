import { useDossier } from '../../../shared/huishouden/useDossier';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { PositieveGezondheidSectie } from '../../ervaringsmeting';
import { EvaluatieSectie } from './EvaluatieSectie';
import { RegieSectie } from './RegieSectie';

/** Who holds regie, the evaluation moments where the household says whether that still fits and how it experiences the help, and positieve gezondheid. */
export function RegieTab() {
  const huishouden = useDossier();
  usePaginaTitel(`Regie en evaluatie — Huishouden ${huishouden.naam}`);
  return (
    <>
      <RegieSectie huishouden={huishouden} />
      <EvaluatieSectie huishouden={huishouden} />
      <PositieveGezondheidSectie huishouden={huishouden} />
    </>
  );
}
