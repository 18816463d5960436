import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ConflictMelding } from '../../ui/ConflictMelding';
import { Foutensamenvatting } from '../../ui/Foutensamenvatting';
import { Gegevenslijst } from '../../ui/Gegevenslijst';
import { klassen } from '../../ui/klassen';
import { Knop } from '../../ui/Knop';
import { Kop } from '../../ui/Kop';
import type { useFormulier } from './useFormulier';

type KopNiveau = 1 | 2 | 3 | 4 | 5;

/**
 * The frame every form of the app shares: a name (a heading, or `label` without one), the
 * error summary (it takes focus on every failed submit), the conflict message after a 409,
 * the fields, and "save" with "Annuleren". While the request runs the button shows as busy
 * and a second click does nothing.
 */
export function Formulier({
  id,
  titel,
  label,
  kopNiveau,
  foutTitel,
  formulier,
  velden,
  onVerstuur,
  verstuurTekst,
  bezig = false,
  bezigTekst,
  onAnnuleren,
  annuleerNaar,
  conflict,
  knoppen,
  className = 'eenplan-paneel',
  children,
}: {
  /** Prefix of the ids of the heading (`<id>-titel`) and the summary (`<id>-fouten`). */
  id: string;
  titel?: ReactNode;
  /** The form's name when it has no heading of its own. */
  label?: string;
  /** Level of the heading, or of the heading the form sits under; the summary's is one lower. */
  kopNiveau: KopNiveau;
  /** Heading of the error summary, e.g. "Het doel is nog niet opgeslagen". */
  foutTitel: string;
  formulier: ReturnType<typeof useFormulier>;
  /** The fields in the order of the form, [path, input id], so the summary links to each. */
  velden: [pad: string, veldId: string][];
  /** Called on submit (the browser's own submit is prevented). */
  onVerstuur: () => void;
  verstuurTekst: string;
  bezig?: boolean;
  bezigTekst?: string;
  onAnnuleren?: () => void;
  /** For a form that is a page of its own: "Annuleren" is a link back. */
  annuleerNaar?: string;
  /** What the conflict message calls the change, and the current version (its fields) to compare with. */
  conflict?: { wat?: string; handeling?: boolean; huidig?: [ReactNode, ReactNode][] };
  /** Instead of the usual buttons (a confirmation step, or none); undefined keeps them. */
  knoppen?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const samenvattingNiveau = Math.min(kopNiveau + 1, 5) as 2 | 3 | 4 | 5;
  return (
    <form
      className={klassen('utrecht-form', className)}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onVerstuur();
      }}
      aria-labelledby={titel ? `${id}-titel` : undefined}
      aria-label={titel ? undefined : label}
    >
      {titel && (
        <Kop niveau={kopNiveau} id={`${id}-titel`}>
          {titel}
        </Kop>
      )}
      <Foutensamenvatting id={`${id}-fouten`} kopNiveau={samenvattingNiveau} titel={foutTitel} fouten={formulier.samenvatting(velden)} teller={formulier.poging} />
      <ConflictMelding conflict={formulier.conflict} poging={formulier.poging} wat={conflict?.wat} handeling={conflict?.handeling}>
        {conflict?.huidig && (
          <>
            <p className="utrecht-paragraph">
              <strong>Huidige versie</strong>
            </p>
            <Gegevenslijst items={conflict.huidig} />
          </>
        )}
      </ConflictMelding>
      {children}
      {knoppen !== undefined ? (
        knoppen
      ) : (
        <div className="utrecht-button-group eenplan-knoppenrij">
          <Knop type="submit" soort="primary-action" bezig={bezig}>
            {bezig && bezigTekst ? bezigTekst : verstuurTekst}
          </Knop>
          {onAnnuleren && (
            <Knop soort="secondary-action" onClick={onAnnuleren}>
              Annuleren
            </Knop>
          )}
          {annuleerNaar && (
            <Link className="utrecht-link utrecht-link--html-a eenplan-annuleren" to={annuleerNaar}>
              Annuleren
            </Link>
          )}
        </div>
      )}
    </form>
  );
}
