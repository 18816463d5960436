import { DOEL_STATUSSEN, doelWijzigenSchema, LEEFGEBIED_LABELS, LEEFGEBIEDEN, nieuwDoelSchema, type DoelStatus, type Leefgebied } from '@eenplan/contracts';
import { useState } from 'react';
import type { Doel } from '@eenplan/contracts';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useBasisVersie, useFormulier } from '../../../shared/formulier/useFormulier';
import { DOEL_STATUS_LABELS } from '../../../shared/tekst/labels';
import { Keuzelijst } from '../../../ui/Keuzelijst';
import { Tekstvak } from '../../../ui/Tekstvak';
import { Tekstveld } from '../../../ui/Tekstveld';
import { useVoegDoelToe, useWijzigDoel } from '../hooks/plan-wijzigingen';

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
  const voegToe = useVoegDoelToe(huishoudenId);
  const wijzig = useWijzigDoel(huishoudenId);
  const bezig = voegToe.isPending || wijzig.isPending;

  const [leefgebied, setLeefgebied] = useState<Leefgebied | ''>(doel?.leefgebied ?? '');
  const [omschrijving, setOmschrijving] = useState(doel?.omschrijving ?? '');
  const [prioriteit, setPrioriteit] = useState(String(doel?.prioriteit ?? standaardPrioriteit));
  const [status, setStatus] = useState<DoelStatus>(doel?.status ?? 'open');
  const [basisVersie] = useBasisVersie(formulier, doel?.versie);


  function verstuur() {
    const velden = { leefgebied: leefgebied || undefined, omschrijving, prioriteit: prioriteit.trim() === '' ? Number.NaN : Number(prioriteit) };
    if (!doel) {
      const invoer = formulier.controleer(nieuwDoelSchema, velden);
      if (invoer) voegToe.mutate({ planId, invoer }, { onSuccess: () => onKlaar('Het doel is toegevoegd.'), onError: formulier.verwerkFout });
      return;
    }
    const invoer = formulier.controleer(doelWijzigenSchema, { ...velden, status, versie: basisVersie });
    if (invoer) wijzig.mutate({ doelId: doel.id, invoer }, { onSuccess: () => onKlaar('Het doel is opgeslagen.'), onError: formulier.verwerkFout });
  }

  const id = (veld: string) => `${prefix}-${veld}`;
  return (
    <Formulier
      id={prefix}
      titel={doel ? 'Doel wijzigen' : 'Nieuw doel'}
      kopNiveau={doel ? 4 : 3}
      foutTitel="Het doel is nog niet opgeslagen"
      formulier={formulier}
      velden={[
        ['leefgebied', id('leefgebied')],
        ['omschrijving', id('omschrijving')],
        ['prioriteit', id('prioriteit')],
        ['status', id('status')],
      ]}
      onVerstuur={verstuur}
      verstuurTekst={doel ? 'Doel opslaan' : 'Doel toevoegen'}
      bezig={bezig}
      bezigTekst="Bezig met opslaan…"
      onAnnuleren={() => onKlaar()}
      conflict={{
        wat: 'Uw wijziging van dit doel',
        huidig: doel && [
          ['Leefgebied', LEEFGEBIED_LABELS[doel.leefgebied]],
          ['Doel', `„${doel.omschrijving}”`],
          ['Prioriteit', String(doel.prioriteit)],
          ['Status', DOEL_STATUS_LABELS[doel.status]],
        ],
      }}
    >
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
    </Formulier>
  );
}
