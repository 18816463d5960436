import { useEffect, useRef } from 'react';
import { Melding } from './Melding';

export interface VeldFout {
  /** The id of the input the message is about; the summary links to it. */
  veldId?: string;
  melding: string;
}

/**
 * The error summary above a form: gets focus when it appears (and is a live alert), so
 * keyboard and screen reader users hear what went wrong and can jump to each field.
 */
export function Foutensamenvatting({ titel = 'Er ging iets mis', fouten, teller }: { titel?: string; fouten: VeldFout[]; teller: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (fouten.length) ref.current?.focus();
    // teller changes on every submit, so the same errors get focus again
  }, [fouten.length, teller]);

  if (!fouten.length) return null;
  return (
    <Melding ref={ref} soort="error" role="alert" tabIndex={-1} aria-labelledby="foutensamenvatting-titel" className="eenplan-foutensamenvatting">
      <h2 id="foutensamenvatting-titel" className="utrecht-heading-3">
        {titel}
      </h2>
      {fouten.length === 1 && !fouten[0]!.veldId ? (
        <p className="utrecht-paragraph">{fouten[0]!.melding}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {fouten.map((fout) => (
            <li key={`${fout.veldId ?? ''}${fout.melding}`} className="utrecht-unordered-list__item">
              {fout.veldId ? (
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={`#${fout.veldId}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(fout.veldId!)?.focus();
                  }}
                >
                  {fout.melding}
                </a>
              ) : (
                fout.melding
              )}
            </li>
          ))}
        </ul>
      )}
    </Melding>
  );
}
