import type { Stelling } from '@eenplan/contracts';
import { klassen } from '../../../ui/klassen';
// The statements' styles travel with them: the household page uses them too.
import '../ervaring.css';

/** The answers to every statement: 1 to 5 with words, and "weet niet" (null). */
export const KEUZES: { waarde: number | null; sleutel: string; cijfer?: string; woorden: string }[] = [
  { waarde: 1, sleutel: '1', cijfer: '1', woorden: 'helemaal niet' },
  { waarde: 2, sleutel: '2', cijfer: '2', woorden: 'niet echt' },
  { waarde: 3, sleutel: '3', cijfer: '3', woorden: 'een beetje' },
  { waarde: 4, sleutel: '4', cijfer: '4', woorden: 'grotendeels' },
  { waarde: 5, sleutel: '5', cijfer: '5', woorden: 'helemaal wel' },
  { waarde: null, sleutel: 'weet-niet', woorden: 'weet niet' },
];

export interface StellingVraagProps {
  stelling: Stelling;
  nummer: number;
  aantal: number;
  waarde: number | null | undefined;
  fout?: string;
  /** Prefix of the radios' ids and name, when more than one questionnaire can be on the page; default the statement's id. */
  veldId?: string;
  bijKeuze: (waarde: number | null) => void;
}

/**
 * One statement as a radio group (fieldset with the statement as legend): arrow keys move
 * between the answers, Tab to the next statement. The first radio has id `<veldId>-eerste`, so the
 * error summary can link to the group.
 */
export function StellingVraag({ stelling, nummer, aantal, waarde, fout, veldId = stelling.id, bijKeuze }: StellingVraagProps) {
  const foutId = `${veldId}-fout`;
  return (
    <fieldset
      className={klassen('utrecht-form-fieldset', 'utrecht-form-fieldset--html-fieldset', fout && 'utrecht-form-fieldset--invalid', 'eenplan-stelling', fout && 'eenplan-stelling--fout')}
      aria-describedby={fout ? foutId : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend eenplan-stelling__legenda">
        <span className="eenplan-stelling__nummer">
          Vraag {nummer} van {aantal}
          <span className="eenplan-visueel-verborgen">: </span>
        </span>
        <span className="eenplan-stelling__tekst">{stelling.tekst}</span>
      </legend>
      {fout && (
        <p id={foutId} className="utrecht-form-field-error-message eenplan-stelling__fout">
          <span className="eenplan-visueel-verborgen">Fout: </span>
          {fout}
        </p>
      )}
      <div className="eenplan-stelling__keuzes">
        {KEUZES.map((keuze, i) => {
          const id = i === 0 ? `${veldId}-eerste` : `${veldId}-${keuze.sleutel}`;
          const gekozen = waarde === keuze.waarde;
          return (
            <div key={keuze.sleutel} className={klassen('utrecht-form-field', 'eenplan-keuze', keuze.waarde === null && 'eenplan-keuze--weet-niet')}>
              {/* The whole box is the label, so it is a large target; its text ("1 helemaal niet") names the radio. */}
              <label className={klassen('utrecht-form-label', 'utrecht-form-label--radio', 'eenplan-keuze__label', gekozen && 'utrecht-form-label--checked')} htmlFor={id}>
                <input
                  type="radio"
                  id={id}
                  name={veldId}
                  value={keuze.sleutel}
                  checked={gekozen}
                  onChange={() => bijKeuze(keuze.waarde)}
                  className={klassen('utrecht-radio-button', 'utrecht-radio-button--html-input', gekozen && 'utrecht-radio-button--checked', fout && 'utrecht-radio-button--invalid')}
                  aria-invalid={fout ? true : undefined}
                />
                <span className="eenplan-keuze__tekst">
                  {keuze.cijfer && (
                    <>
                      <span className="eenplan-keuze__cijfer">{keuze.cijfer}</span>{' '}
                    </>
                  )}
                  <span className="eenplan-keuze__woorden">{keuze.woorden}</span>
                </span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
