import type { InputHTMLAttributes, ReactNode } from 'react';
import { klassen } from './klassen';
import { beschrijving, VeldTeksten } from './Veldomlijsting';

export interface VinkjeProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  id: string;
  label: ReactNode;
  omschrijving?: ReactNode;
  fout?: string;
}

/** A labelled checkbox (utrecht-checkbox) with optional help and error text. */
export function Vinkje({ id, label, omschrijving, fout, className, ...rest }: VinkjeProps) {
  const { describedBy } = beschrijving(id, omschrijving, fout);
  return (
    <div className={klassen('utrecht-form-field', 'utrecht-form-field--checkbox', fout && 'utrecht-form-field--invalid', 'eenplan-veld', 'eenplan-vinkje', className)}>
      <div className="utrecht-form-field__input eenplan-vinkje__invoer">
        <input
          id={id}
          type="checkbox"
          className={klassen('utrecht-checkbox', 'utrecht-checkbox--html-input', fout && 'utrecht-checkbox--invalid')}
          aria-invalid={fout ? true : undefined}
          aria-describedby={describedBy}
          {...rest}
        />
      </div>
      <div className="utrecht-form-field__label eenplan-vinkje__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {label}
        </label>
      </div>
      <VeldTeksten id={id} omschrijving={omschrijving} fout={fout} />
    </div>
  );
}
