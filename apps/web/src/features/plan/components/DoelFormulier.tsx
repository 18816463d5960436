import { DOEL_STATUSSEN, doelWijzigenSchema, LEEFGEBIED_LABELS, LEEFGEBIEDEN, nieuwDoelSchema, type DoelStatus, type Leefgebied } from '@eenplan/contracts';
import { useEffect, useState, type FormEvent } from 'react';
import { ConflictMelding } from '../../../ui/ConflictMelding';
import { Foutensamenvatting } from '../../../ui/Foutensamenvatting';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { Gegevenslijst } from '../../../ui/Gegevenslijst';
import { Keuzelijst } from '../../../ui/Keuzelijst';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Tekstvak } from '../../../ui/Tekstvak';
import { Tekstveld } from '../../../ui/Tekstveld';
import type { Doel } from '../../../shared/api/typen';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { useVoegDoelToe } from '../hooks/useVoegDoelToe';
import { useWijzigDoel } from '../hooks/useWijzigDoel';
import { DOEL_STATUS_LABELS } from '../../../shared/tekst/labels';

/**
 * Add a goal, or edit one in place. An edit is based on the version the form was opened
 * with; if someone else saved in between, the API answers 409: the form keeps what was
 * typed, shows the current version and the next save is based on it.
 */
export function DoelFormulier({
  huishoudenId,
  planId,
  doel,
  standaardPrioriteit = 1,
  onKlaar,
}: {
  huishoudenId: string;
  planId: string;
  doel?: Doel;
  standaardPrioriteit?: number;
  onKlaar: (uitkomst?: string) => void;
}) {
  const prefix = doel ? `doel-${doel.id}` : 'nieuw-doel';
  const formulier = useFormulier();
  const na = useNaWijziging(huishoudenId);
  const voegToe = useVoegDoelToe(huishoudenId);
  const wijzig = useWijzigDoel(huishoudenId);
  const bezig = voegToe.isPending || wijzig.isPending;

  const [leefgebied, setLeefgebied] = useState<Leefgebied | ''>(doel?.leefgebied ?? '');
  const [omschrijving, setOmschrijving] = useState(doel?.omschrijving ?? '');
  const [prioriteit, setPrioriteit] = useState(String(doel?.prioriteit ?? standaardPrioriteit));
  const [status, setStatus] = useState<DoelStatus>(doel?.status ?? 'open');
  const [basisVersie, setBasisVersie] = useState(doel?.versie);

  // After a conflict the current version arrives; the next save is based on it.
  useEffect(() => {
    if (formulier.conflict && doel) setBasisVersie(doel.versie);
  }, [formulier.conflict, doel?.versie]);

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const velden = { leefgebied: leefgebied || undefined, omschrijving, prioriteit: prioriteit.trim() === '' ? Number.NaN : Number(prioriteit) };
    const onError = (fout: Error) => {
      if (formulier.verwerkFout(fout) === 'conflict') void na.ververs();
    };
    if (!doel) {
      const invoer = formulier.controleer(nieuwDoelSchema, velden);
      if (invoer) voegToe.mutate({ planId, invoer }, { onSuccess: () => onKlaar('Het doel is toegevoegd.'), onError });
      return;
    }
    const invoer = formulier.controleer(doelWijzigenSchema, { ...velden, status, versie: basisVersie });
    if (invoer) wijzig.mutate({ doelId: doel.id, invoer }, { onSuccess: () => onKlaar('Het doel is opgeslagen.'), onError });
  }

  const id = (veld: string) => `${prefix}-${veld}`;
  const samenvatting = formulier.samenvatting([
    ['leefgebied', id('leefgebied')],
    ['omschrijving', id('omschrijving')],
    ['prioriteit', id('prioriteit')],
    ['status', id('status')],
  ]);

  return (
    <form className="utrecht-form eenplan-paneel" noValidate onSubmit={verstuur} aria-labelledby={id('titel')}>
      <Kop niveau={4} id={id('titel')}>
        {doel ? 'Doel wijzigen' : 'Nieuw doel'}
      </Kop>
      <Foutensamenvatting id={id('fouten')} kopNiveau={5} titel="Het doel is nog niet opgeslagen" fouten={samenvatting} teller={formulier.poging} />
      <ConflictMelding conflict={formulier.conflict} poging={formulier.poging} wat="Uw wijziging van dit doel">
        {doel && (
          <>
            <p className="utrecht-paragraph">
              <strong>Huidige versie</strong>
            </p>
            <Gegevenslijst
              items={[
                ['Leefgebied', LEEFGEBIED_LABELS[doel.leefgebied]],
                ['Doel', `„${doel.omschrijving}”`],
                ['Prioriteit', String(doel.prioriteit)],
                ['Status', DOEL_STATUS_LABELS[doel.status]],
              ]}
            />
          </>
        )}
      </ConflictMelding>
      <Keuzelijst
        id={id('leefgebied')}
        label="Leefgebied"
        leegTekst={leefgebied ? undefined : 'Kies een leefgebied'}
        value={leefgebied}
        onChange={(e) => setLeefgebied(e.target.value as Leefgebied)}
        fout={formulier.veldfouten.leefgebied}
        autoFocus
      >
        {LEEFGEBIEDEN.map((l) => (
          <option key={l} value={l}>
            {LEEFGEBIED_LABELS[l]}
          </option>
        ))}
      </Keuzelijst>
      <Tekstvak
        id={id('omschrijving')}
        label="Doel in de woorden van het huishouden"
        omschrijving="Schrijf op wat het huishouden wil bereiken, zoals het huishouden het zelf zegt."
        value={omschrijving}
        maxLength={2000}
        onChange={(e) => setOmschrijving(e.target.value)}
        fout={formulier.veldfouten.omschrijving}
      />
      <Tekstveld
        id={id('prioriteit')}
        type="number"
        inputMode="numeric"
        min={1}
        max={99}
        label="Prioriteit van het huishouden"
        omschrijving="1 is het belangrijkst voor het huishouden."
        className="eenplan-veld--kort"
        value={prioriteit}
        onChange={(e) => setPrioriteit(e.target.value)}
        fout={formulier.veldfouten.prioriteit}
      />
      {doel && (
        <Keuzelijst id={id('status')} label="Status" value={status} onChange={(e) => setStatus(e.target.value as DoelStatus)} fout={formulier.veldfouten.status}>
          {DOEL_STATUSSEN.map((s) => (
            <option key={s} value={s}>
              {DOEL_STATUS_LABELS[s]}
            </option>
          ))}
        </Keuzelijst>
      )}
      <div className="utrecht-button-group eenplan-knoppenrij">
        <Knop type="submit" soort="primary-action" bezig={bezig}>
          {bezig ? 'Bezig met opslaan…' : doel ? 'Doel opslaan' : 'Doel toevoegen'}
        </Knop>
        <Knop soort="secondary-action" onClick={() => onKlaar()}>
          Annuleren
        </Knop>
      </div>
    </form>
  );
}
