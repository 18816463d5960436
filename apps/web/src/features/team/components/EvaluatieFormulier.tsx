import { GEHOORD_ANTWOORDEN, VOORTGANG, VOORTGANG_LABELS, evaluatieVastleggenSchema, type Voortgang } from '@eenplan/contracts';
import { useEffect, useState, type FormEvent } from 'react';
import { ConflictMelding } from '../../../ui/ConflictMelding';
import { vandaag } from '../../../ui/datum';
import { Foutensamenvatting } from '../../../ui/Foutensamenvatting';
import { useFormulier, type Veldfouten } from '../../../shared/formulier/useFormulier';
import { Keuzerondjes } from '../../../ui/Keuzerondjes';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Melding } from '../../../ui/Melding';
import { Tekstvak } from '../../../ui/Tekstvak';
import { Tekstveld } from '../../../ui/Tekstveld';
import type { Evaluatie, HuishoudenDetail } from '../../../shared/api/typen';
import { regieTekst } from '../../../shared/tekst/regie-tekst';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { useLegEvaluatieVast } from '../hooks/useLegEvaluatieVast';

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
  const na = useNaWijziging(huishouden.id);
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
  const [basisVersie, setBasisVersie] = useState(evaluatie.versie);

  useEffect(() => {
    if (formulier.conflict) setBasisVersie(evaluatie.versie);
  }, [formulier.conflict, evaluatie.versie]);

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const invoer = {
      versie: basisVersie,
      gehoudenOp,
      gehoordEnGezien: gehoord || undefined,
      regiePassend: regiePassend === '' ? undefined : regiePassend === 'ja',
      toelichting: toelichting.trim() || undefined,
      doelen: doelen.filter((d) => voortgang[d.id]).map((d) => ({ doelId: d.id, voortgang: voortgang[d.id]!, toelichting: doelToelichting[d.id]?.trim() || undefined })),
      volgendeMoment: volgendeMoment || undefined,
    };
    // The shared schema, plus: progress for every goal of the plan.
    const uitkomst = evaluatieVastleggenSchema.safeParse(invoer);
    const fouten: Veldfouten = {};
    if (!uitkomst.success) for (const issue of uitkomst.error.issues) fouten[issue.path.map(String).join('.')] ??= issue.message;
    for (const doel of doelen) if (!voortgang[doel.id]) fouten[`doelen.${doel.id}`] = `Kies de voortgang van het doel „${doel.omschrijving}”.`;
    if (!uitkomst.success || Object.keys(fouten).length) {
      formulier.toonFouten(fouten);
      return;
    }
    formulier.wis();
    legVast.mutate(
      { evaluatieId: evaluatie.id, invoer: uitkomst.data },
      {
        onSuccess: () => onVastgelegd(uitkomst.data.regiePassend, uitkomst.data.volgendeMoment),
        onError: (fout) => {
          if (formulier.verwerkFout(fout) === 'conflict') void na.ververs();
        },
      },
    );
  }

  const samenvatting = formulier.samenvatting([
    ['gehoudenOp', id('gehouden-op')],
    ...doelen.map((d): [string, string] => [`doelen.${d.id}`, `${id('doel')}-${d.id}-${VOORTGANG[0]}`]),
    ['gehoordEnGezien', `${id('gehoord')}-ja`],
    ['regiePassend', `${id('regie')}-ja`],
    ['toelichting', id('toelichting')],
    ['volgendeMoment', id('volgende')],
  ]);

  return (
    <form className="utrecht-form eenplan-paneel" noValidate onSubmit={verstuur} aria-labelledby={id('titel')}>
      <Kop niveau={5} id={id('titel')}>
        Evaluatie vastleggen
      </Kop>
      <Foutensamenvatting id={id('fouten')} kopNiveau={5} titel="De evaluatie is nog niet vastgelegd" fouten={samenvatting} teller={formulier.poging} />
      <ConflictMelding conflict={formulier.conflict} poging={formulier.poging} wat="De evaluatie" />
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
      <div className="utrecht-button-group eenplan-knoppenrij">
        <Knop type="submit" soort="primary-action" bezig={legVast.isPending}>
          Evaluatie vastleggen
        </Knop>
        <Knop soort="secondary-action" onClick={onAnnuleren}>
          Annuleren
        </Knop>
      </div>
    </form>
  );
}
