import type { ReactNode, SelectHTMLAttributes } from 'react';
import { klassen } from './klassen';
import { beschrijving, Veldomlijsting } from './Veldomlijsting';

export interface KeuzelijstProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: ReactNode;
  omschrijving?: ReactNode;
  fout?: string;
  /** Without a value yet: a first empty option with this text ("Kies …"). */
  leegTekst?: string;
}

/** A labelled select (utrecht-select) with optional help and error text. */
export function Keuzelijst({ id, label, omschrijving, fout, leegTekst, className, children, ...rest }: KeuzelijstProps) {
  const { describedBy } = beschrijving(id, omschrijving, fout);
  return (
    <Veldomlijsting id={id} label={label} omschrijving={omschrijving} fout={fout} soort="select" className={className}>
      <select
        id={id}
        className={klassen('utrecht-select', 'utrecht-select--html-select', fout && 'utrecht-select--invalid')}
        aria-invalid={fout ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
      >
        {leegTekst !== undefined && <option value="">{leegTekst}</option>}
        {children}
      </select>
    </Veldomlijsting>
  );
}
