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
 * `id` keeps several forms on one page apart; `kopNiveau` fits the summary's heading in the page.
 */
export function Foutensamenvatting({
  titel = 'Er ging iets mis',
  fouten,
  teller,
  id = 'foutensamenvatting',
  kopNiveau = 2,
}: {
  titel?: string;
  fouten: VeldFout[];
  teller: number;
  id?: string;
  kopNiveau?: 2 | 3 | 4 | 5;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (fouten.length) ref.current?.focus();
    // teller changes on every submit, so the same errors get focus again
  }, [fouten.length, teller]);

  if (!fouten.length) return null;
  const Kop = `h${kopNiveau}` as const;
  return (
    <Melding ref={ref} soort="error" role="alert" tabIndex={-1} aria-labelledby={`${id}-titel`} className="eenplan-foutensamenvatting">
      <Kop id={`${id}-titel`} className="utrecht-heading-3">
        {titel}
      </Kop>
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
