import { ERVARING_STELLINGEN, ERVARING_STELLING_TEKSTEN, ervaringsmetingSchema, type ErvaringStelling } from '@eenplan/contracts';
import { useEffect, useRef, useState } from 'react';
import { isApiFout } from '../../../shared/api/http';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { Alinea } from '../../../ui/Alinea';
import { StellingVraag } from '../../ervaring';
import { useLegErvaringsmetingVast } from '../hooks/useMetingen';

const STELLINGEN = ERVARING_STELLINGEN.map((id) => ({ id, tekst: ERVARING_STELLING_TEKSTEN[id] }));

/**
 * The household's experience, answered at the evaluation with the professional: the same six
 * statements as the household's own link, so both count alike in the figures.
 */
export function ErvaringsmetingFormulier({
  huishoudenId,
  evaluatieId,
  onOpgeslagen,
  onAlIngevuld,
  onAnnuleren,
}: {
  huishoudenId: string;
  evaluatieId: string;
  onOpgeslagen: () => void;
  /** Someone answered this moment meanwhile (the household through its link): nothing was saved. */
  onAlIngevuld: (tekst: string) => void;
  onAnnuleren: () => void;
}) {
  const [antwoorden, setAntwoorden] = useState<Partial<Record<ErvaringStelling, number | null>>>({});
  const formulier = useFormulier();
  const vastleggen = useLegErvaringsmetingVast(huishoudenId);
  const voorvoegsel = `ervaringsmeting-${evaluatieId}`;
  const uitlegRef = useRef<HTMLParagraphElement>(null);

  // The panel opens in place: focus goes to its explanation, so reading starts at the top.
  useEffect(() => uitlegRef.current?.focus(), []);

  function verstuur() {
    // "Weet niet" is an answer (null); no choice at all is not.
    const ontbreekt = Object.fromEntries(
      STELLINGEN.filter((s) => antwoorden[s.id] === undefined).map((s) => [s.id, `Kies een antwoord bij vraag ${STELLINGEN.indexOf(s) + 1}, of "weet niet".`]),
    );
    const invoer = formulier.controleer(ervaringsmetingSchema, Object.fromEntries(STELLINGEN.map((s) => [s.id, antwoorden[s.id] ?? null])), ontbreekt);
    if (!invoer) return;
    vastleggen.mutate(
      { evaluatieId, antwoorden: invoer },
      {
        onSuccess: onOpgeslagen,
        onError: (fout) => (isApiFout(fout, 409) ? onAlIngevuld(fout.probleem.detail) : formulier.verwerkFout(fout)),
      },
    );
  }

  return (
    <Formulier
      id={voorvoegsel}
      label="Ervaringsmeting invullen met het huishouden"
      kopNiveau={4}
      foutTitel="De ervaringsmeting is nog niet opgeslagen"
      formulier={formulier}
      velden={STELLINGEN.map((s) => [s.id, `${voorvoegsel}-${s.id}-eerste`])}
      onVerstuur={verstuur}
      verstuurTekst="Ervaringsmeting opslaan"
      bezig={vastleggen.isPending}
      onAnnuleren={onAnnuleren}
    >
      <p ref={uitlegRef} tabIndex={-1} className="utrecht-paragraph eenplan-paneel__uitleg">
        Lees de zinnen samen met het huishouden. Het huishouden kiest zelf het antwoord: 1 is helemaal niet, 5 is helemaal wel. Weet het huishouden het niet, kies dan
        &quot;weet niet&quot;.
      </p>
      {STELLINGEN.map((stelling, i) => (
        <StellingVraag
          key={stelling.id}
          veldId={`${voorvoegsel}-${stelling.id}`}
          stelling={stelling}
          nummer={i + 1}
          aantal={STELLINGEN.length}
          waarde={antwoorden[stelling.id]}
          fout={antwoorden[stelling.id] === undefined ? formulier.veldfouten[stelling.id] : undefined}
          bijKeuze={(waarde) => setAntwoorden((a) => ({ ...a, [stelling.id]: waarde }))}
        />
      ))}
      <Alinea>De antwoorden komen in het dossier en tellen, zonder naam, mee in de cijfers voor beleid.</Alinea>
    </Formulier>
  );
}
