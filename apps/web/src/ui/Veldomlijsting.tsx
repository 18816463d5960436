import type { ReactNode } from 'react';
import { klassen } from './klassen';

/** The ids that tie help and error texts to a control (aria-describedby). */
export function beschrijving(id: string, omschrijving?: ReactNode, fout?: string) {
  const omschrijvingId = omschrijving ? `${id}-omschrijving` : undefined;
  const foutId = fout ? `${id}-fout` : undefined;
  return { omschrijvingId, foutId, describedBy: [omschrijvingId, foutId].filter(Boolean).join(' ') || undefined };
}

/**
 * The frame of one labelled form field (utrecht-form-field): label, help text, error text,
 * then the control. Used by Tekstveld, Keuzelijst and Tekstvak.
 */
export function Veldomlijsting({
  id,
  label,
  omschrijving,
  fout,
  soort,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  omschrijving?: ReactNode;
  fout?: string;
  soort: 'text' | 'select' | 'textarea';
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={klassen('utrecht-form-field', `utrecht-form-field--${soort === 'textarea' ? 'text' : soort}`, fout && 'utrecht-form-field--invalid', 'eenplan-veld', className)}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <VeldTeksten id={id} omschrijving={omschrijving} fout={fout} />
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/** A field's help text and error text, with the ids its control points to. */
export function VeldTeksten({ id, omschrijving, fout }: { id: string; omschrijving?: ReactNode; fout?: string }) {
  const { omschrijvingId, foutId } = beschrijving(id, omschrijving, fout);
  return (
    <>
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
    </>
  );
}
