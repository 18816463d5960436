import { Knop } from '../../ui/Knop';
import { Melding } from '../../ui/Melding';
import { foutmelding } from './http';

/** What a page shows when its data could not be fetched: what failed, why, and a way to try again. */
export function LaadFout({ tekst, fout, opnieuw }: { tekst: string; fout: unknown; opnieuw: () => unknown }) {
  return (
    <Melding soort="error" role="alert">
      <p className="utrecht-paragraph">
        {tekst} {foutmelding(fout)}
      </p>
      <Knop onClick={() => void opnieuw()}>Opnieuw proberen</Knop>
    </Melding>
  );
}
