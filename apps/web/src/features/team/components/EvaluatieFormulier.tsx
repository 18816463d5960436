import { GEHOORD_ANTWOORDEN, VOORTGANG, VOORTGANG_LABELS, evaluatieVastleggenSchema, type Voortgang } from '@eenplan/contracts';
import { useState } from 'react';
import type { Evaluatie, HuishoudenDetail } from '@eenplan/contracts';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useBasisVersie, useFormulier, type Veldfouten } from '../../../shared/formulier/useFormulier';
import { regieTekst } from '../../../shared/tekst/regie-tekst';
import { vandaag } from '../../../ui/datum';
import { Keuzerondjes } from '../../../ui/Keuzerondjes';
import { Melding } from '../../../ui/Melding';
import { Tekstvak } from '../../../ui/Tekstvak';
import { Tekstveld } from '../../../ui/Tekstveld';
import { useLegEvaluatieVast } from '../hooks/team-wijzigingen';

type Gehoord = (typeof GEHOORD_ANTWOORDEN)[number];
const GEHOORD_LABELS: Record<Gehoord, string> = { ja: 'Ja', deels: 'Deels', nee: 'Nee' };

/** Record an evaluation with the household: progress per goal, heard and seen, is the regie still right, next moment. */
export function EvaluatieFormulier({
  huishouden,
  evaluatie,
  onAnnuleren,
  onVastgelegd,
}: {
  huishouden: HuishoudenDetail;
  evaluatie: Evaluatie;
  onAnnuleren: () => void;
  onVastgelegd: (regiePassend: boolean, volgende?: string) => void;
}) {
  const formulier = useFormulier();
  const legVast = useLegEvaluatieVast(huishouden.id);
  const doelen = huishouden.plan?.id === evaluatie.planId ? huishouden.plan.doelen : [];
  const prefix = `evaluatie-${evaluatie.id}`;
  const id = (veld: string) => `${prefix}-${veld}`;

  const [gehoudenOp, setGehoudenOp] = useState(vandaag() < evaluatie.geplandOp ? vandaag() : evaluatie.geplandOp);
  const [voortgang, setVoortgang] = useState<Record<string, Voortgang>>({});
  const [doelToelichting, setDoelToelichting] = useState<Record<string, string>>({});
  const [gehoord, setGehoord] = useState<Gehoord | ''>('');
  const [regiePassend, setRegiePassend] = useState<'ja' | 'nee' | ''>('');
  const [toelichting, setToelichting] = useState('');
  const [volgendeMoment, setVolgendeMoment] = useState('');
  const [basisVersie] = useBasisVersie(formulier, evaluatie.versie);


  function verstuur() {
    // The shared schema, plus: progress for every goal of the plan.
    const zonderVoortgang: Veldfouten = {};
    for (const doel of doelen) if (!voortgang[doel.id]) zonderVoortgang[`doelen.${doel.id}`] = `Kies de voortgang van het doel „${doel.omschrijving}”.`;
    const invoer = formulier.controleer(
      evaluatieVastleggenSchema,
      {
        versie: basisVersie,
        gehoudenOp,
        gehoordEnGezien: gehoord || undefined,
        regiePassend: regiePassend === '' ? undefined : regiePassend === 'ja',
        toelichting: toelichting.trim() || undefined,
        doelen: doelen.filter((d) => voortgang[d.id]).map((d) => ({ doelId: d.id, voortgang: voortgang[d.id]!, toelichting: doelToelichting[d.id]?.trim() || undefined })),
        volgendeMoment: volgendeMoment || undefined,
      },
      zonderVoortgang,
    );
    if (!invoer) return;
    legVast.mutate({ evaluatieId: evaluatie.id, invoer }, { onSuccess: () => onVastgelegd(invoer.regiePassend, invoer.volgendeMoment), onError: formulier.verwerkFout });
  }

  return (
    <Formulier
      id={prefix}
      titel="Evaluatie vastleggen"
      kopNiveau={5}
      foutTitel="De evaluatie is nog niet vastgelegd"
      formulier={formulier}
      velden={[
        ['gehoudenOp', id('gehouden-op')],
        ...doelen.map((d): [string, string] => [`doelen.${d.id}`, `${id('doel')}-${d.id}-${VOORTGANG[0]}`]),
        ['gehoordEnGezien', `${id('gehoord')}-ja`],
        ['regiePassend', `${id('regie')}-ja`],
        ['toelichting', id('toelichting')],
        ['volgendeMoment', id('volgende')],
      ]}
      onVerstuur={verstuur}
      verstuurTekst="Evaluatie vastleggen"
      bezig={legVast.isPending}
      onAnnuleren={onAnnuleren}
      conflict={{ wat: 'De evaluatie' }}
    >
      <Tekstveld
        id={id('gehouden-op')}
        type="date"
        label="Gehouden op"
        className="eenplan-veld--kort"
        max={vandaag()}
        value={gehoudenOp}
        onChange={(e) => setGehoudenOp(e.target.value)}
        fout={formulier.veldfouten.gehoudenOp}
        autoFocus
      />
      {doelen.map((doel) => (
        <div key={doel.id} className="eenplan-evaluatie-doel">
          <Keuzerondjes
            id={`${id('doel')}-${doel.id}`}
            naam={`${id('doel')}-${doel.id}`}
            legenda={<>Voortgang: „{doel.omschrijving}”</>}
            keuzes={VOORTGANG.map((waarde) => ({ waarde, tekst: VOORTGANG_LABELS[waarde] }))}
            waarde={voortgang[doel.id]}
            onChange={(waarde) => setVoortgang({ ...voortgang, [doel.id]: waarde })}
            fout={formulier.veldfouten[`doelen.${doel.id}`]}
            inline
          />
          <Tekstveld
            id={`${id('doel')}-${doel.id}-toelichting`}
            label="Toelichting bij dit doel (niet verplicht)"
            autoComplete="off"
            value={doelToelichting[doel.id] ?? ''}
            onChange={(e) => setDoelToelichting({ ...doelToelichting, [doel.id]: e.target.value })}
          />
        </div>
      ))}
      <Keuzerondjes
        id={id('gehoord')}
        naam={id('gehoord')}
        legenda="Voelt het huishouden zich gehoord en gezien door de professionals?"
        omschrijving="Vraag het het huishouden zelf."
        keuzes={GEHOORD_ANTWOORDEN.map((waarde) => ({ waarde, tekst: GEHOORD_LABELS[waarde] }))}
        waarde={gehoord}
        onChange={setGehoord}
        fout={formulier.veldfouten.gehoordEnGezien}
        inline
      />
      <Keuzerondjes
        id={id('regie')}
        naam={id('regie')}
        legenda="Past de regie nog?"
        omschrijving={huishouden.regie.actueel ? `Nu: ${regieTekst(huishouden.regie.actueel)}.` : 'Er is nu geen regie-afspraak: het huishouden heeft zelf de regie.'}
        keuzes={[
          { waarde: 'ja', tekst: 'Ja' },
          { waarde: 'nee', tekst: 'Nee' },
        ]}
        waarde={regiePassend}
        onChange={setRegiePassend}
        fout={formulier.veldfouten.regiePassend}
        inline
      />
      {regiePassend === 'nee' && (
        <Melding soort="info">
          <p className="utrecht-paragraph">Past de regie niet meer? Leg na deze evaluatie een nieuwe regie-afspraak vast, samen met het huishouden (bij “Regie” hierboven).</p>
        </Melding>
      )}
      <Tekstvak id={id('toelichting')} label="Toelichting (niet verplicht)" value={toelichting} maxLength={4000} onChange={(e) => setToelichting(e.target.value)} fout={formulier.veldfouten.toelichting} />
      <Tekstveld
        id={id('volgende')}
        type="date"
        label="Volgend evaluatiemoment (niet verplicht)"
        className="eenplan-veld--kort"
        value={volgendeMoment}
        onChange={(e) => setVolgendeMoment(e.target.value)}
        fout={formulier.veldfouten.volgendeMoment}
      />
    </Formulier>
  );
}
