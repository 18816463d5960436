import type { InputHTMLAttributes } from 'react';
import { klassen } from './klassen';
import { beschrijving, Veldomlijsting } from './Veldomlijsting';

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
  const { describedBy } = beschrijving(id, omschrijving, fout);
  return (
    <Veldomlijsting id={id} label={label} omschrijving={omschrijving} fout={fout} soort="text" className={className}>
      <input
        id={id}
        type={type}
        className={klassen('utrecht-textbox', 'utrecht-textbox--html-input', type === 'password' && 'utrecht-textbox--password', fout && 'utrecht-textbox--invalid')}
        aria-invalid={fout ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
      />
    </Veldomlijsting>
  );
}
