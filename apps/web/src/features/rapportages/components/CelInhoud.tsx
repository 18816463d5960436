import type { PubliekeCel } from '@eenplan/contracts';
import { VisueelVerborgen } from '../../../ui/VisueelVerborgen';
import { useMarkeringen } from '../onthullingsregels';
import { celWeergave } from '../weergave';

/** The content of one published cell: the figure, or the marker with words for screen readers. */
export function CelInhoud({ cel }: { cel: PubliekeCel | undefined }) {
  const tekens = useMarkeringen();
  if (!cel) return <>–</>;
  const weergave = celWeergave(cel);
  if (weergave.soort === 'cijfer') return <>{weergave.tekst}</>;
  const markering = tekens[weergave.markering];
  return (
    <span className={`eenplan-markering eenplan-markering--${weergave.markering}`}>
      <span aria-hidden="true">{markering.teken}</span>
      <VisueelVerborgen>{markering.voorlezen}</VisueelVerborgen>
    </span>
  );
}
