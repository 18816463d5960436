import { bijdrageSchema } from '@eenplan/contracts';
import { useState } from 'react';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { useDossier } from '../../../shared/huishouden/useDossier';
import { Alinea } from '../../../ui/Alinea';
import { tijdstipTekst } from '../../../ui/datum';
import { Kop } from '../../../ui/Kop';
import { Tekstvak } from '../../../ui/Tekstvak';
import { Uitkomst } from '../../../ui/Uitkomst';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { useVoegBijdrageToe } from '../hooks/team-wijzigingen';

/** Short notes of the team members: what they did or saw. */
export function BijdragenTab() {
  const huishouden = useDossier();
  usePaginaTitel(`Bijdragen — Huishouden ${huishouden.naam}`);
  const formulier = useFormulier();
  const voegToe = useVoegBijdrageToe(huishouden.id);
  const [tekst, setTekst] = useState('');
  const [uitkomst, setUitkomst] = useState<string>();

  function verstuur() {
    setUitkomst(undefined);
    const invoer = formulier.controleer(bijdrageSchema, { tekst });
    if (!invoer) return;
    voegToe.mutate(invoer, {
      onSuccess: () => {
        setTekst('');
        setUitkomst('Uw bijdrage is geplaatst.');
      },
      onError: formulier.verwerkFout,
    });
  }

  return (
    <section aria-labelledby="bijdragen-kop" className="eenplan-sectie">
      <Kop niveau={2} id="bijdragen-kop">
        Bijdragen van het team
      </Kop>
      <Alinea>Korte notities van teamleden: wat u hebt gedaan, gezien of afgesproken. Schrijf over het huishouden zoals u mét het huishouden praat.</Alinea>
      {huishouden.mijnRechten.bijdragen && (
        <Formulier
          id="bijdrage"
          titel="Bijdrage schrijven"
          kopNiveau={3}
          foutTitel="Uw bijdrage is nog niet geplaatst"
          formulier={formulier}
          velden={[['tekst', 'bijdrage-tekst']]}
          onVerstuur={verstuur}
          verstuurTekst="Bijdrage plaatsen"
          bezig={voegToe.isPending}
          className="eenplan-formulier"
        >
          <Tekstvak id="bijdrage-tekst" label="Uw bijdrage" rows={4} maxLength={4000} value={tekst} onChange={(e) => setTekst(e.target.value)} fout={formulier.veldfouten.tekst} />
        </Formulier>
      )}
      <Uitkomst tekst={uitkomst} />
      <Kop niveau={3}>Geplaatste bijdragen</Kop>
      {huishouden.bijdragen.length === 0 ? (
        <Alinea>Er zijn nog geen bijdragen.</Alinea>
      ) : (
        <ul className="eenplan-lijst-kaarten" aria-label="Bijdragen, nieuwste eerst">
          {huishouden.bijdragen.map((b) => (
            <li key={b.id} className="eenplan-kaart">
              <p className="utrecht-paragraph eenplan-klein">
                {b.auteur} ({b.organisatie}), <time dateTime={b.tijdstip}>{tijdstipTekst(b.tijdstip)}</time>
              </p>
              <p className="utrecht-paragraph eenplan-meerdere-regels">{b.tekst}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
