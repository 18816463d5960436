import type { ReactNode } from 'react';
import { klassen } from './klassen';

export interface Keuze<T extends string> {
  waarde: T;
  tekst: ReactNode;
}

/**
 * A group of radio buttons in a fieldset with a legend (utrecht-form-fieldset). The error
 * text is tied to every radio; the summary links to the first one (`${id}-${eerste waarde}`).
 */
export function Keuzerondjes<T extends string>({
  id,
  naam,
  legenda,
  omschrijving,
  keuzes,
  waarde,
  onChange,
  fout,
  inline = false,
}: {
  id: string;
  naam: string;
  legenda: ReactNode;
  omschrijving?: ReactNode;
  keuzes: readonly Keuze<T>[];
  waarde: T | '' | undefined;
  onChange: (waarde: T) => void;
  fout?: string;
  inline?: boolean;
}) {
  const omschrijvingId = omschrijving ? `${id}-omschrijving` : undefined;
  const foutId = fout ? `${id}-fout` : undefined;
  const describedBy = [omschrijvingId, foutId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={klassen('utrecht-form-fieldset', fout && 'utrecht-form-fieldset--invalid', 'eenplan-veld', 'eenplan-keuzes')}>
      <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset" aria-describedby={describedBy} aria-invalid={fout ? true : undefined}>
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend eenplan-legenda">{legenda}</legend>
        {omschrijving && (
          <div id={omschrijvingId} className="utrecht-form-field-description">
            {omschrijving}
          </div>
        )}
        {fout && (
          <div id={foutId} className="utrecht-form-field-error-message">
            <span className="eenplan-visueel-verborgen">Fout: </span>
            {fout}
          </div>
        )}
        <div className={klassen('eenplan-keuzes__lijst', inline && 'eenplan-keuzes__lijst--naast')}>
          {keuzes.map((keuze) => {
            const keuzeId = `${id}-${keuze.waarde}`;
            return (
              <div key={keuze.waarde} className="utrecht-form-field utrecht-form-field--radio eenplan-keuze">
                <input
                  id={keuzeId}
                  type="radio"
                  name={naam}
                  value={keuze.waarde}
                  checked={waarde === keuze.waarde}
                  onChange={() => onChange(keuze.waarde)}
                  className={klassen('utrecht-radio-button', 'utrecht-radio-button--html-input', fout && 'utrecht-radio-button--invalid')}
                  aria-invalid={fout ? true : undefined}
                />
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={keuzeId}>
                  {keuze.tekst}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
