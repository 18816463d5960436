import { WET_LABELS, WETTEN, grondslagenSchema, type Wet } from '@eenplan/contracts';
import { useState } from 'react';
import type { HuishoudenDetail } from '@eenplan/contracts';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { wettenTekst } from '../../../shared/tekst/labels';
import { Alinea } from '../../../ui/Alinea';
import { Kop } from '../../../ui/Kop';
import { Uitkomst } from '../../../ui/Uitkomst';
import { Vinkje } from '../../../ui/Vinkje';
import { useZetGrondslagen } from '../hooks/team-wijzigingen';

/** The law(s) the support falls under; recorded apart from consent. */
export function GrondslagSectie({ huishouden }: { huishouden: HuishoudenDetail }) {
  const formulier = useFormulier();
  const zet = useZetGrondslagen(huishouden.id);
  const [wetten, setWetten] = useState<Wet[]>(huishouden.grondslagen);
  const [uitkomst, setUitkomst] = useState<string>();
  const bewerken = huishouden.mijnRechten.bewerken;

  function verstuur() {
    setUitkomst(undefined);
    const invoer = formulier.controleer(grondslagenSchema, { wetten: WETTEN.filter((w) => wetten.includes(w)) });
    if (!invoer) return;
    zet.mutate(invoer, {
      onSuccess: (h) => setUitkomst(h.grondslagen.length ? `De wettelijke grondslag is opgeslagen: ${wettenTekst(h.grondslagen)}.` : 'Er is geen wettelijke grondslag meer vastgelegd.'),
      onError: formulier.verwerkFout,
    });
  }

  return (
    <section aria-labelledby="grondslag-kop" className="eenplan-sectie">
      <Kop niveau={2} id="grondslag-kop">
        Wettelijke grondslag
      </Kop>
      <Uitkomst tekst={uitkomst} />
      {!bewerken ? (
        <Alinea>{huishouden.grondslagen.length ? wettenTekst(huishouden.grondslagen) : 'Nog niet vastgelegd.'}</Alinea>
      ) : (
        <Formulier
          id="grondslag"
          label="Wettelijke grondslag"
          kopNiveau={2}
          foutTitel="De grondslag is niet opgeslagen"
          formulier={formulier}
          velden={[['wetten', `grondslag-${WETTEN[0]}`]]}
          onVerstuur={verstuur}
          verstuurTekst="Grondslag opslaan"
          bezig={zet.isPending}
          // Not a panel that opens: the form is what the section shows.
          className=""
        >
          <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset eenplan-veld">
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend eenplan-legenda">Onder welke wet valt de ondersteuning?</legend>
            {WETTEN.map((wet) => (
              <Vinkje
                key={wet}
                id={`grondslag-${wet}`}
                label={WET_LABELS[wet]}
                checked={wetten.includes(wet)}
                onChange={(e) => setWetten(e.target.checked ? [...wetten, wet] : wetten.filter((w) => w !== wet))}
              />
            ))}
          </fieldset>
        </Formulier>
      )}
    </section>
  );
}
