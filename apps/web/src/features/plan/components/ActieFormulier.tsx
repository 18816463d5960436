import { ACTIE_EIGENAAR_LABELS, ACTIE_EIGENAARS, ACTIE_STATUSSEN, nieuweActieSchema, type ActieEigenaar, type ActieStatus } from '@eenplan/contracts';
import { useEffect, useState, type FormEvent } from 'react';
import { ConflictMelding } from '../../../ui/ConflictMelding';
import { datumTekst, overDagen } from '../../../ui/datum';
import { Foutensamenvatting } from '../../../ui/Foutensamenvatting';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { Gegevenslijst } from '../../../ui/Gegevenslijst';
import { Keuzelijst } from '../../../ui/Keuzelijst';
import { Keuzerondjes } from '../../../ui/Keuzerondjes';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Tekstvak } from '../../../ui/Tekstvak';
import { Tekstveld } from '../../../ui/Tekstveld';
import type { Actie, Doel, HuishoudenDetail } from '../../../shared/api/typen';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { useVoegActieToe } from '../hooks/useVoegActieToe';
import { useWijzigActie } from '../hooks/useWijzigActie';
import { eigenaarTekst, professionalsVan } from './eigenaar';
import { ACTIE_STATUS_LABELS } from '../../../shared/tekst/labels';

/** Add an action to a goal, or edit one in place (same conflict handling as goals). */
export function ActieFormulier({ huishouden, doel, actie, onKlaar }: { huishouden: HuishoudenDetail; doel: Doel; actie?: Actie; onKlaar: (uitkomst?: string) => void }) {
  const prefix = actie ? `actie-${actie.id}` : `doel-${doel.id}-nieuwe-actie`;
  const formulier = useFormulier();
  const na = useNaWijziging(huishouden.id);
  const voegToe = useVoegActieToe(huishouden.id);
  const wijzig = useWijzigActie(huishouden.id);
  const bezig = voegToe.isPending || wijzig.isPending;
  const professionals = professionalsVan(huishouden);

  const [omschrijving, setOmschrijving] = useState(actie?.omschrijving ?? '');
  const [eigenaarSoort, setEigenaarSoort] = useState<ActieEigenaar | ''>(actie?.eigenaarSoort ?? '');
  const [eigenaarNaam, setEigenaarNaam] = useState(actie?.eigenaarNaam ?? '');
  const [eigenaarGebruikerId, setEigenaarGebruikerId] = useState(actie?.eigenaarGebruiker?.id ?? '');
  const [deadline, setDeadline] = useState(actie?.deadline ?? overDagen(14));
  const [status, setStatus] = useState<ActieStatus>(actie?.status ?? 'open');
  const [basisVersie, setBasisVersie] = useState(actie?.versie);

  useEffect(() => {
    if (formulier.conflict && actie) setBasisVersie(actie.versie);
  }, [formulier.conflict, actie?.versie]);

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const professional = eigenaarSoort === 'professional';
    // The same rules for a new and a changed action: who does it must be clear.
    const invoer = formulier.controleer(nieuweActieSchema, {
      omschrijving,
      eigenaarSoort: eigenaarSoort || undefined,
      eigenaarNaam: professional ? undefined : eigenaarNaam.trim() || undefined,
      eigenaarGebruikerId: professional ? eigenaarGebruikerId || undefined : undefined,
      deadline,
    });
    if (!invoer) return;
    const onError = (fout: Error) => {
      if (formulier.verwerkFout(fout) === 'conflict') void na.ververs();
    };
    if (!actie) {
      voegToe.mutate({ doelId: doel.id, invoer }, { onSuccess: () => onKlaar('De actie is toegevoegd.'), onError });
    } else {
      wijzig.mutate({ actieId: actie.id, invoer: { ...invoer, status, versie: basisVersie ?? actie.versie } }, { onSuccess: () => onKlaar('De actie is opgeslagen.'), onError });
    }
  }

  const id = (veld: string) => `${prefix}-${veld}`;
  const samenvatting = formulier.samenvatting([
    ['omschrijving', id('omschrijving')],
    ['eigenaarSoort', id('eigenaarSoort-huishouden')],
    ['eigenaarNaam', id('eigenaarNaam')],
    ['eigenaarGebruikerId', id('eigenaarGebruikerId')],
    ['deadline', id('deadline')],
    ['status', id('status')],
  ]);

  return (
    <form className="utrecht-form eenplan-paneel" noValidate onSubmit={verstuur} aria-labelledby={id('titel')}>
      <Kop niveau={5} id={id('titel')}>
        {actie ? 'Actie wijzigen' : 'Nieuwe actie'}
      </Kop>
      <Foutensamenvatting id={id('fouten')} kopNiveau={5} titel="De actie is nog niet opgeslagen" fouten={samenvatting} teller={formulier.poging} />
      <ConflictMelding conflict={formulier.conflict} poging={formulier.poging} wat="Uw wijziging van deze actie">
        {actie && (
          <>
            <p className="utrecht-paragraph">
              <strong>Huidige versie</strong>
            </p>
            <Gegevenslijst
              items={[
                ['Actie', actie.omschrijving],
                ['Wie', eigenaarTekst(actie)],
                ['Deadline', datumTekst(actie.deadline)],
                ['Status', ACTIE_STATUS_LABELS[actie.status]],
              ]}
            />
          </>
        )}
      </ConflictMelding>
      <Tekstvak id={id('omschrijving')} label="Wat gaat er gebeuren?" value={omschrijving} maxLength={2000} onChange={(e) => setOmschrijving(e.target.value)} fout={formulier.veldfouten.omschrijving} autoFocus />
      <Keuzerondjes
        id={id('eigenaarSoort')}
        naam={id('eigenaarSoort')}
        legenda="Wie doet het?"
        keuzes={ACTIE_EIGENAARS.map((waarde) => ({ waarde, tekst: ACTIE_EIGENAAR_LABELS[waarde] }))}
        waarde={eigenaarSoort}
        onChange={setEigenaarSoort}
        fout={formulier.veldfouten.eigenaarSoort}
      />
      {eigenaarSoort === 'professional' ? (
        <Keuzelijst
          id={id('eigenaarGebruikerId')}
          label="Welke professional?"
          omschrijving="De casemanager of een professional uit het team. Staat iemand er niet bij, voeg die dan eerst toe aan het team."
          leegTekst="Kies een professional"
          value={eigenaarGebruikerId}
          onChange={(e) => setEigenaarGebruikerId(e.target.value)}
          fout={formulier.veldfouten.eigenaarGebruikerId}
        >
          {professionals.map((p) => (
            <option key={p.id} value={p.id}>
              {p.naam} ({p.organisatie})
            </option>
          ))}
        </Keuzelijst>
      ) : (
        eigenaarSoort && (
          <Tekstveld
            id={id('eigenaarNaam')}
            label={eigenaarSoort === 'huishouden' ? 'Wie uit het huishouden?' : 'Wie uit het netwerk?'}
            omschrijving={eigenaarSoort === 'huishouden' ? 'Bijvoorbeeld de voornaam van een lid.' : 'Naam en eventueel de relatie, bijvoorbeeld: Truus (oma).'}
            autoComplete="off"
            value={eigenaarNaam}
            onChange={(e) => setEigenaarNaam(e.target.value)}
            fout={formulier.veldfouten.eigenaarNaam}
          />
        )
      )}
      <Tekstveld id={id('deadline')} type="date" label="Deadline" className="eenplan-veld--kort" value={deadline} onChange={(e) => setDeadline(e.target.value)} fout={formulier.veldfouten.deadline} />
      {actie && (
        <Keuzelijst id={id('status')} label="Status" value={status} onChange={(e) => setStatus(e.target.value as ActieStatus)} fout={formulier.veldfouten.status}>
          {ACTIE_STATUSSEN.map((s) => (
            <option key={s} value={s}>
              {ACTIE_STATUS_LABELS[s]}
            </option>
          ))}
        </Keuzelijst>
      )}
      <div className="utrecht-button-group eenplan-knoppenrij">
        <Knop type="submit" soort="primary-action" bezig={bezig}>
          {bezig ? 'Bezig met opslaan…' : actie ? 'Actie opslaan' : 'Actie toevoegen'}
        </Knop>
        <Knop soort="secondary-action" onClick={() => onKlaar()}>
          Annuleren
        </Knop>
      </div>
    </form>
  );
}
