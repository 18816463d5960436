import type { BeheerGemeente } from '@eenplan/contracts';
import { Vinkje } from '../../../ui/Vinkje';

/** Checkboxes for the gemeenten in use; a fieldset so the question is read out with each. */
export function GemeentenKeuze({ id, legenda, gemeenten, gekozen, onChange, fout }: { id: string; legenda: string; gemeenten: BeheerGemeente[]; gekozen: string[]; onChange: (ids: string[]) => void; fout?: string }) {
  return (
    <fieldset className="utrecht-form-fieldset eenplan-veld" id={id} aria-describedby={fout ? `${id}-fout` : undefined}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-label">{legenda}</legend>
      {fout && (
        <p id={`${id}-fout`} className="utrecht-form-field-error-message">
          {fout}
        </p>
      )}
      {gemeenten
        .filter((g) => g.actief)
        .map((g) => (
          <Vinkje
            key={g.id}
            id={`${id}-${g.id}`}
            label={g.naam}
            checked={gekozen.includes(g.id)}
            onChange={(e) => onChange(e.target.checked ? [...gekozen, g.id] : gekozen.filter((x) => x !== g.id))}
          />
        ))}
    </fieldset>
  );
}
