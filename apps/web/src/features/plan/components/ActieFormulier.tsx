import { ACTIE_EIGENAAR_LABELS, ACTIE_EIGENAARS, ACTIE_STATUSSEN, nieuweActieSchema, type ActieEigenaar, type ActieStatus } from '@eenplan/contracts';
import { useState } from 'react';
import type { PlanActie, Doel, HuishoudenDetail } from '@eenplan/contracts';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useBasisVersie, useFormulier } from '../../../shared/formulier/useFormulier';
import { ACTIE_STATUS_LABELS } from '../../../shared/tekst/labels';
import { datumTekst, overDagen } from '../../../ui/datum';
import { Keuzelijst } from '../../../ui/Keuzelijst';
import { Keuzerondjes } from '../../../ui/Keuzerondjes';
import { Tekstvak } from '../../../ui/Tekstvak';
import { Tekstveld } from '../../../ui/Tekstveld';
import { useVoegActieToe, useWijzigActie } from '../hooks/plan-wijzigingen';
import { eigenaarTekst, professionalsVan } from './eigenaar';

/** Add an action to a goal, or edit one in place (same conflict handling as goals). */
export function ActieFormulier({ huishouden, doel, actie, onKlaar }: { huishouden: HuishoudenDetail; doel: Doel; actie?: PlanActie; onKlaar: (uitkomst?: string) => void }) {
  const prefix = actie ? `actie-${actie.id}` : `doel-${doel.id}-nieuwe-actie`;
  const formulier = useFormulier();
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
  const [basisVersie] = useBasisVersie(formulier, actie?.versie);


  function verstuur() {
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
    if (!actie) {
      voegToe.mutate({ doelId: doel.id, invoer }, { onSuccess: () => onKlaar('De actie is toegevoegd.'), onError: formulier.verwerkFout });
    } else {
      wijzig.mutate(
        { actieId: actie.id, invoer: { ...invoer, status, versie: basisVersie ?? actie.versie } },
        { onSuccess: () => onKlaar('De actie is opgeslagen.'), onError: formulier.verwerkFout },
      );
    }
  }

  const id = (veld: string) => `${prefix}-${veld}`;
  return (
    <Formulier
      id={prefix}
      titel={actie ? 'PlanActie wijzigen' : 'Nieuwe actie'}
      kopNiveau={5}
      foutTitel="De actie is nog niet opgeslagen"
      formulier={formulier}
      velden={[
        ['omschrijving', id('omschrijving')],
        ['eigenaarSoort', id('eigenaarSoort-huishouden')],
        ['eigenaarNaam', id('eigenaarNaam')],
        ['eigenaarGebruikerId', id('eigenaarGebruikerId')],
        ['deadline', id('deadline')],
        ['status', id('status')],
      ]}
      onVerstuur={verstuur}
      verstuurTekst={actie ? 'PlanActie opslaan' : 'PlanActie toevoegen'}
      bezig={bezig}
      bezigTekst="Bezig met opslaan…"
      onAnnuleren={() => onKlaar()}
      conflict={{
        wat: 'Uw wijziging van deze actie',
        huidig: actie && [
          ['Actie', actie.omschrijving],
          ['Wie', eigenaarTekst(actie)],
          ['Deadline', datumTekst(actie.deadline)],
          ['Status', ACTIE_STATUS_LABELS[actie.status]],
        ],
      }}
    >
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
    </Formulier>
  );
}
