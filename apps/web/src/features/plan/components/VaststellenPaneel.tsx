import { planVaststellenSchema } from '@eenplan/contracts';
import { useState } from 'react';
import type { HuishoudenDetail, Plan } from '@eenplan/contracts';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { Alinea } from '../../../ui/Alinea';
import { vandaag } from '../../../ui/datum';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Tekstveld } from '../../../ui/Tekstveld';
import { useInPlaats } from '../../../ui/useInPlaats';
import { useStelPlanVast } from '../hooks/plan-wijzigingen';

/** Concept → vastgesteld, after a confirmation step with the day the household agreed. */
export function VaststellenPaneel({ huishouden, plan, onUitkomst }: { huishouden: HuishoudenDetail; plan: Plan; onUitkomst: (tekst?: string) => void }) {
  const paneel = useInPlaats<'vaststellen'>();
  const formulier = useFormulier();
  const stelVast = useStelPlanVast(huishouden.id);
  const [akkoordOp, setAkkoordOp] = useState(vandaag());
  const leefgebieden = new Set(plan.doelen.map((d) => d.leefgebied)).size;

  function verstuur() {
    // Always the plan as shown now: the household agreed to what is on the screen.
    const invoer = formulier.controleer(planVaststellenSchema, { versie: plan.versie, akkoordHuishoudenOp: akkoordOp });
    if (!invoer) return;
    stelVast.mutate(
      { planId: plan.id, invoer },
      {
        onSuccess: () => {
          onUitkomst('Het plan van aanpak is vastgesteld.');
          paneel.sluit();
          document.getElementById('plan-kop')?.focus();
        },
        onError: formulier.verwerkFout,
      },
    );
  }

  if (paneel.modus !== 'vaststellen') {
    return (
      <div className="eenplan-planstap">
        <Kop niveau={3}>Plan vaststellen</Kop>
        <Alinea>
          {plan.doelen.length
            ? 'Is het huishouden het eens met dit plan? Stel het dan vast. Daarna kunt u doelen en acties blijven bijwerken.'
            : 'Voeg eerst minstens één doel toe; daarna kunt u het plan vaststellen als het huishouden ermee akkoord is.'}
        </Alinea>
        {plan.doelen.length > 0 && (
          <Knop
            ref={paneel.knop('vaststellen')}
            soort="primary-action"
            onClick={() => {
              onUitkomst(undefined);
              formulier.wis();
              paneel.open('vaststellen');
            }}
          >
            Plan vaststellen
          </Knop>
        )}
      </div>
    );
  }

  return (
    <Formulier
      id="vaststellen"
      titel="Plan vaststellen"
      kopNiveau={3}
      foutTitel="Het plan is nog niet vastgesteld"
      formulier={formulier}
      velden={[['akkoordHuishoudenOp', 'akkoord-op']]}
      onVerstuur={verstuur}
      verstuurTekst="Ja, plan vaststellen"
      bezig={stelVast.isPending}
      onAnnuleren={paneel.sluit}
      conflict={{ wat: 'Het vaststellen', handeling: true }}
      className="eenplan-paneel eenplan-planstap"
    >
      <Alinea>
        U stelt het plan vast met {plan.doelen.length === 1 ? '1 doel' : `${plan.doelen.length} doelen`} op {leefgebieden === 1 ? '1 leefgebied' : `${leefgebieden} leefgebieden`}. Doe dit alleen als het huishouden akkoord is
        met het plan zoals het hier staat.
      </Alinea>
      <Tekstveld
        id="akkoord-op"
        type="date"
        label="Datum waarop het huishouden akkoord gaf"
        className="eenplan-veld--kort"
        max={vandaag()}
        value={akkoordOp}
        onChange={(e) => setAkkoordOp(e.target.value)}
        fout={formulier.veldfouten.akkoordHuishoudenOp}
        autoFocus
      />
    </Formulier>
  );
}
