import { AFSLUITREDEN_LABELS, AFSLUITREDENEN, DOEL_RESULTATEN, planAfsluitenSchema, type Afsluitreden, type DoelResultaat } from '@eenplan/contracts';
import { useState, type FormEvent } from 'react';
import { Alinea } from '../../../ui/Alinea';
import { ConflictMelding } from '../../../ui/ConflictMelding';
import { Foutensamenvatting } from '../../../ui/Foutensamenvatting';
import { useFormulier, type Veldfouten } from '../../../shared/formulier/useFormulier';
import { Keuzelijst } from '../../../ui/Keuzelijst';
import { Keuzerondjes } from '../../../ui/Keuzerondjes';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Melding } from '../../../ui/Melding';
import { Tekstvak } from '../../../ui/Tekstvak';
import { useInPlaats } from '../../../ui/useInPlaats';
import type { HuishoudenDetail, Plan } from '../../../shared/api/typen';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { useSluitPlanAf } from '../hooks/useSluitPlanAf';
import { DOEL_RESULTAAT_LABELS } from '../../../shared/tekst/labels';

/** Close the plan: a reason and, per goal, whether it was achieved; then a confirmation step. */
export function AfsluitenPaneel({ huishouden, plan, onUitkomst }: { huishouden: HuishoudenDetail; plan: Plan; onUitkomst: (tekst?: string) => void }) {
  const paneel = useInPlaats<'afsluiten'>();
  const formulier = useFormulier();
  const na = useNaWijziging(huishouden.id);
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

  function controleer(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // The shared schema, plus what only the form knows: every goal needs a result.
    const uitkomst = planAfsluitenSchema.safeParse(invoer());
    const fouten: Veldfouten = {};
    if (!uitkomst.success) for (const issue of uitkomst.error.issues) fouten[issue.path.map(String).join('.')] ??= issue.message;
    for (const doel of plan.doelen) if (!resultaten[doel.id]) fouten[`resultaten.${doel.id}`] = `Geef aan of het doel „${doel.omschrijving}” is behaald.`;
    if (Object.keys(fouten).length) {
      formulier.toonFouten(fouten);
      return;
    }
    formulier.wis();
    setBevestigen(true);
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
          if (formulier.verwerkFout(fout) === 'conflict') void na.ververs();
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

  const samenvatting = formulier.samenvatting([
    ['reden', 'afsluiten-reden'],
    ['toelichting', 'afsluiten-toelichting'],
    ...plan.doelen.map((d): [string, string] => [`resultaten.${d.id}`, `afsluiten-doel-${d.id}-${DOEL_RESULTATEN[0]}`]),
  ]);

  return (
    <form className="utrecht-form eenplan-paneel eenplan-planstap" noValidate onSubmit={controleer} aria-labelledby="afsluiten-titel">
      <Kop niveau={3} id="afsluiten-titel">
        Plan afsluiten
      </Kop>
      <Foutensamenvatting id="afsluiten-fouten" kopNiveau={4} titel="Het plan is nog niet afgesloten" fouten={samenvatting} teller={formulier.poging} />
      <ConflictMelding conflict={formulier.conflict} poging={formulier.poging} wat="Het afsluiten" handeling />
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
      {bevestigen ? (
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
      ) : (
        <div className="utrecht-button-group eenplan-knoppenrij">
          <Knop type="submit" soort="primary-action">
            Verder
          </Knop>
          <Knop soort="secondary-action" onClick={paneel.sluit}>
            Annuleren
          </Knop>
        </div>
      )}
    </form>
  );
}
