import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { useDossier } from '../../huishoudens/hooks/useDossier';
import { EvaluatieSectie } from './EvaluatieSectie';
import { RegieSectie } from './RegieSectie';

/** Who holds regie, and the evaluation moments where the household says whether that still fits. */
export function RegieTab() {
  const huishouden = useDossier();
  usePaginaTitel(`Regie en evaluatie — Huishouden ${huishouden.naam}`);
  return (
    <>
      <RegieSectie huishouden={huishouden} />
      <EvaluatieSectie huishouden={huishouden} />
    </>
  );
}
