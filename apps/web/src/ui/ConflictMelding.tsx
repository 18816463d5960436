import { useEffect, useRef, type ReactNode } from 'react';
import { Melding } from './Melding';

/**
 * Someone else changed the data since this form was opened (409). Says so in plain Dutch,
 * takes focus, and shows the current version (children) beside what the user typed, which
 * stays in the form. Nothing was saved, nothing is lost.
 */
export function ConflictMelding({
  conflict,
  poging,
  wat = 'Uw wijziging',
  handeling = false,
  children,
}: {
  conflict?: { tekst: string; gewijzigd: boolean };
  poging: number;
  wat?: string;
  /** A button without a form (delete, end): nothing typed to keep, so a shorter text. */
  handeling?: boolean;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (conflict) ref.current?.focus();
  }, [conflict, poging]);
  if (!conflict) return null;
  return (
    <Melding ref={ref} soort="warning" role="alert" tabIndex={-1} className="eenplan-foutensamenvatting eenplan-conflict">
      {conflict.gewijzigd && handeling ? (
        <p className="utrecht-paragraph">
          <strong>Intussen gewijzigd door iemand anders.</strong> Er is niets veranderd. De pagina toont nu de huidige versie: kijk of u dit nog wilt en probeer het dan opnieuw.
        </p>
      ) : conflict.gewijzigd ? (
        <>
          <p className="utrecht-paragraph">
            <strong>Intussen gewijzigd door iemand anders.</strong> {wat} is nog niet opgeslagen.
          </p>
          <p className="utrecht-paragraph">
            Wat u hebt ingevuld staat nog in het formulier. {children ? 'Hieronder ziet u de huidige versie. ' : 'De pagina toont nu de huidige versie. '}
            Vergelijk de twee en sla opnieuw op als u uw versie wilt bewaren.
          </p>
        </>
      ) : (
        <p className="utrecht-paragraph">{conflict.tekst} De pagina toont nu de huidige gegevens.</p>
      )}
      {children && <div className="eenplan-conflict__huidig">{children}</div>}
    </Melding>
  );
}
