import type { ReactNode } from 'react';
import { ConflictMelding } from '../../ui/ConflictMelding';
import { Foutensamenvatting } from '../../ui/Foutensamenvatting';
import { Knop } from '../../ui/Knop';
import { useFormulier } from './useFormulier';

/** What the confirmation needs of a mutation hook's result. */
export interface Uitvoerbaar<V> {
  mutate: (variabelen: V, opties: { onSuccess: () => void; onError: (fout: Error) => void }) => void;
  isPending: boolean;
}

type Formulier = ReturnType<typeof useFormulier>;

/**
 * The confirmation step before something is removed or ended: the question, optional fields
 * (children, e.g. the last day), "Ja, …" and "Annuleren". A stale version (409) shows the
 * helpful message and the page shows the current data (useHuishoudenWijziging fetches it).
 * `variabelen` may be a function that checks the fields and returns undefined when they are
 * not right (then `formulier` shows why).
 */
export function Bevestiging<V>({
  id,
  vraag,
  bevestigTekst,
  mutatie,
  variabelen,
  onGedaan,
  onAnnuleren,
  formulier: eigenFormulier,
  velden = [],
  children,
}: {
  id: string;
  vraag: ReactNode;
  bevestigTekst: string;
  mutatie: Uitvoerbaar<V>;
  variabelen: V | (() => V | undefined);
  onGedaan: () => void;
  onAnnuleren: () => void;
  formulier?: Formulier;
  /** The fields among the children, for links in the error summary: [path, input id]. */
  velden?: [string, string][];
  children?: ReactNode;
}) {
  const standaard = useFormulier();
  const formulier = eigenFormulier ?? standaard;

  function bevestig() {
    const invoer = typeof variabelen === 'function' ? (variabelen as () => V | undefined)() : variabelen;
    if (invoer === undefined) return;
    mutatie.mutate(invoer, {
      onSuccess: onGedaan,
      onError: formulier.verwerkFout,
    });
  }

  const fouten = formulier.samenvatting(velden);
  return (
    <div className="eenplan-bevestiging" role="group" aria-labelledby={`${id}-vraag`}>
      <Foutensamenvatting id={`${id}-fouten`} kopNiveau={5} titel="Dit is niet gelukt" fouten={fouten} teller={formulier.poging} />
      <ConflictMelding conflict={formulier.conflict} poging={formulier.poging} handeling />
      <p id={`${id}-vraag`} className="utrecht-paragraph">
        <strong>{vraag}</strong>
      </p>
      {children}
      <div className="utrecht-button-group eenplan-knoppenrij">
        <Knop soort="primary-action" autoFocus={!children} bezig={mutatie.isPending} onClick={bevestig}>
          {bevestigTekst}
        </Knop>
        <Knop soort="secondary-action" onClick={onAnnuleren}>
          Annuleren
        </Knop>
      </div>
    </div>
  );
}
