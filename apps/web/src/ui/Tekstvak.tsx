import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { klassen } from './klassen';
import { beschrijving, Veldomlijsting } from './Veldomlijsting';

export interface TekstvakProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: ReactNode;
  omschrijving?: ReactNode;
  fout?: string;
}

/** A labelled multi-line text field (utrecht-textarea). */
export function Tekstvak({ id, label, omschrijving, fout, className, rows = 3, ...rest }: TekstvakProps) {
  const { describedBy } = beschrijving(id, omschrijving, fout);
  return (
    <Veldomlijsting id={id} label={label} omschrijving={omschrijving} fout={fout} soort="textarea" className={className}>
      <textarea
        id={id}
        rows={rows}
        className={klassen('utrecht-textarea', 'utrecht-textarea--html-textarea', fout && 'utrecht-textarea--invalid')}
        aria-invalid={fout ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
      />
    </Veldomlijsting>
  );
}
