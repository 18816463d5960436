import type { SelectHTMLAttributes } from 'react';
import { klassen } from '../../../ui/klassen';

export interface KeuzelijstProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange'> {
  id: string;
  label: string;
  opties: { waarde: string; tekst: string }[];
  waarde: string;
  bijKeuze: (waarde: string) => void;
}

/** A labelled drop-down (utrecht-form-field + utrecht-select). Choosing only changes what this page shows. */
export function Keuzelijst({ id, label, opties, waarde, bijKeuze, className, ...rest }: KeuzelijstProps) {
  return (
    <div className={klassen('utrecht-form-field', 'eenplan-veld', 'eenplan-keuzelijst', className)}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field__input">
        <select id={id} className="utrecht-select utrecht-select--html-select" value={waarde} onChange={(e) => bijKeuze(e.target.value)} {...rest}>
          {opties.map((optie) => (
            <option key={optie.waarde} value={optie.waarde}>
              {optie.tekst}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
