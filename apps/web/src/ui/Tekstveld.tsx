import type { InputHTMLAttributes } from 'react';
import { klassen } from './klassen';

export interface TekstveldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  /** Helps the user fill in the field; read out with it. */
  omschrijving?: string;
  /** The error for this field; makes it aria-invalid and links the text to it. */
  fout?: string;
}

/** A labelled text input (utrecht-form-field + utrecht-textbox) with optional help and error text. */
export function Tekstveld({ id, label, omschrijving, fout, type = 'text', className, ...rest }: TekstveldProps) {
  const omschrijvingId = omschrijving ? `${id}-omschrijving` : undefined;
  const foutId = fout ? `${id}-fout` : undefined;
  const beschreven = [omschrijvingId, foutId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={klassen('utrecht-form-field', 'utrecht-form-field--text', fout && 'utrecht-form-field--invalid', 'eenplan-veld', className)}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {omschrijving && (
        <div id={omschrijvingId} className="utrecht-form-field-description utrecht-form-field__description">
          {omschrijving}
        </div>
      )}
      {fout && (
        <div id={foutId} className="utrecht-form-field-error-message utrecht-form-field__error-message">
          <span className="eenplan-visueel-verborgen">Fout: </span>
          {fout}
        </div>
      )}
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type={type}
          className={klassen('utrecht-textbox', 'utrecht-textbox--html-input', type === 'password' && 'utrecht-textbox--password', fout && 'utrecht-textbox--invalid')}
          aria-invalid={fout ? true : undefined}
          aria-describedby={beschreven}
          {...rest}
        />
      </div>
    </div>
  );
}
