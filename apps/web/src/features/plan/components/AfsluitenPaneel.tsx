import { AFSLUITREDEN_LABELS, AFSLUITREDENEN, DOEL_RESULTATEN, planAfsluitenSchema, type Afsluitreden, type DoelResultaat } from '@eenplan/contracts';
import { useState } from 'react';
import type { HuishoudenDetail, Plan } from '@eenplan/contracts';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useFormulier, type Veldfouten } from '../../../shared/formulier/useFormulier';
import { DOEL_RESULTAAT_LABELS } from '../../../shared/tekst/labels';
import { Alinea } from '../../../ui/Alinea';
import { Keuzelijst } from '../../../ui/Keuzelijst';
import { Keuzerondjes } from '../../../ui/Keuzerondjes';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Melding } from '../../../ui/Melding';
import { Tekstvak } from '../../../ui/Tekstvak';
import { useInPlaats } from '../../../ui/useInPlaats';
import { useSluitPlanAf } from '../hooks/plan-wijzigingen';

/** Close the plan: a reason and, per goal, whether it was achieved; then a confirmation step. */
export function AfsluitenPaneel({ huishouden, plan, onUitkomst }: { huishouden: HuishoudenDetail; plan: Plan; onUitkomst: (tekst?: string) => void }) {
  const paneel = useInPlaats<'afsluiten'>();
  const formulier = useFormulier();
  const sluitAf = useSluitPlanAf(huishouden.id);
  const [reden, setReden] = useState<Afsluitreden | ''>('');
  const [toelichting, setToelichting] = useState('');
  const [resultaten, setResultaten] = useState<Record<string, DoelResultaat>>({});
  const [bevestigen, setBevestigen] = useState(false);

  const invoer = () => ({
    versie: plan.versie,
    reden: reden || undefined,
    toelichting: toelichting.trim() || undefined,
    resultaten: plan.doelen.filter((d) => resultaten[d.id]).map((d) => ({ doelId: d.id, resultaat: resultaten[d.id]! })),
  });

  function controleer() {
    // The shared schema, plus what only the form knows: every goal needs a result.
    const zonderResultaat: Veldfouten = {};
    for (const doel of plan.doelen) if (!resultaten[doel.id]) zonderResultaat[`resultaten.${doel.id}`] = `Geef aan of het doel „${doel.omschrijving}” is behaald.`;
    if (formulier.controleer(planAfsluitenSchema, invoer(), zonderResultaat)) setBevestigen(true);
  }

  function sluitPlanAf() {
    const geldig = planAfsluitenSchema.parse(invoer());
    sluitAf.mutate(
      { planId: plan.id, invoer: geldig },
      {
        onSuccess: () => {
          onUitkomst('Het plan van aanpak is afgesloten. Het dossier is daarmee ook afgesloten.');
          paneel.sluit();
          document.getElementById('plan-kop')?.focus();
        },
        onError: (fout) => {
          setBevestigen(false);
          formulier.verwerkFout(fout);
        },
      },
    );
  }

  if (paneel.modus !== 'afsluiten') {
    return (
      <div className="eenplan-planstap">
        <Kop niveau={3}>Plan afsluiten</Kop>
        <Alinea>Is de ondersteuning klaar, of stopt die om een andere reden? Sluit dan het plan af en leg per doel vast of het is behaald.</Alinea>
        <Knop
          ref={paneel.knop('afsluiten')}
          soort="secondary-action"
          onClick={() => {
            onUitkomst(undefined);
            formulier.wis();
            setBevestigen(false);
            paneel.open('afsluiten');
          }}
        >
          Plan afsluiten
        </Knop>
      </div>
    );
  }

  return (
    <Formulier
      id="afsluiten"
      titel="Plan afsluiten"
      kopNiveau={3}
      foutTitel="Het plan is nog niet afgesloten"
      formulier={formulier}
      velden={[
        ['reden', 'afsluiten-reden'],
        ['toelichting', 'afsluiten-toelichting'],
        ...plan.doelen.map((d): [string, string] => [`resultaten.${d.id}`, `afsluiten-doel-${d.id}-${DOEL_RESULTATEN[0]}`]),
      ]}
      onVerstuur={controleer}
      verstuurTekst="Verder"
      onAnnuleren={paneel.sluit}
      conflict={{ wat: 'Het afsluiten', handeling: true }}
      // After "Verder" the fields are checked: the confirmation replaces the buttons.
      knoppen={
        bevestigen ? (
          <Melding soort="warning" role="alert">
            <p className="utrecht-paragraph">
              <strong>Weet u het zeker?</strong> Na het afsluiten kan dit plan niet meer worden gewijzigd en wordt het dossier afgesloten. U kunt later wel een nieuw plan starten.
            </p>
            <div className="utrecht-button-group eenplan-knoppenrij">
              <Knop soort="primary-action" bezig={sluitAf.isPending} onClick={sluitPlanAf} autoFocus>
                Ja, plan afsluiten
              </Knop>
              <Knop soort="secondary-action" onClick={() => setBevestigen(false)}>
                Terug naar het formulier
              </Knop>
            </div>
          </Melding>
        ) : undefined
      }
      className="eenplan-paneel eenplan-planstap"
    >
      <Keuzelijst
        id="afsluiten-reden"
        label="Reden van afsluiten"
        leegTekst="Kies een reden"
        value={reden}
        onChange={(e) => setReden(e.target.value as Afsluitreden)}
        fout={formulier.veldfouten.reden}
        disabled={bevestigen}
        autoFocus
      >
        {AFSLUITREDENEN.map((r) => (
          <option key={r} value={r}>
            {AFSLUITREDEN_LABELS[r]}
          </option>
        ))}
      </Keuzelijst>
      <Tekstvak
        id="afsluiten-toelichting"
        label="Toelichting (niet verplicht)"
        value={toelichting}
        maxLength={2000}
        onChange={(e) => setToelichting(e.target.value)}
        fout={formulier.veldfouten.toelichting}
        disabled={bevestigen}
      />
      {plan.doelen.map((doel) => (
        <Keuzerondjes
          key={doel.id}
          id={`afsluiten-doel-${doel.id}`}
          naam={`afsluiten-doel-${doel.id}`}
          legenda={<>Is dit doel behaald? „{doel.omschrijving}”</>}
          keuzes={DOEL_RESULTATEN.map((waarde) => ({ waarde, tekst: DOEL_RESULTAAT_LABELS[waarde] }))}
          waarde={resultaten[doel.id]}
          onChange={(waarde) => !bevestigen && setResultaten({ ...resultaten, [doel.id]: waarde })}
          fout={formulier.veldfouten[`resultaten.${doel.id}`]}
          inline
        />
      ))}
    </Formulier>
  );
}
