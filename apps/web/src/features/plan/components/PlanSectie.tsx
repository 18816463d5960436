import { AFSLUITREDEN_LABELS, LEEFGEBIED_LABELS, type Leefgebied } from '@eenplan/contracts';
import { useState } from 'react';
import { foutmelding } from '../../../shared/api/http';
import type { Doel, HuishoudenDetail } from '@eenplan/contracts';
import { PlanStatusLabel } from '../../../shared/tekst/PlanStatusLabel';
import { Alinea } from '../../../ui/Alinea';
import { datumTekst } from '../../../ui/datum';
import { Gegevenslijst } from '../../../ui/Gegevenslijst';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Melding } from '../../../ui/Melding';
import { Uitkomst } from '../../../ui/Uitkomst';
import { useInPlaats } from '../../../ui/useInPlaats';
import { useStartNieuwPlan } from '../hooks/plan-wijzigingen';
import { AfsluitenPaneel } from './AfsluitenPaneel';
import { DoelFormulier } from './DoelFormulier';
import { DoelKaart } from './DoelKaart';
import { VaststellenPaneel } from './VaststellenPaneel';

/** Goals grouped by leefgebied; the leefgebied of the household's first priority comes first. */
export function perLeefgebied(doelen: Doel[]): [Leefgebied, Doel[]][] {
  const groepen = new Map<Leefgebied, Doel[]>();
  for (const doel of doelen) groepen.set(doel.leefgebied, [...(groepen.get(doel.leefgebied) ?? []), doel]);
  return [...groepen];
}

/** The one plan van aanpak of the household: goals per leefgebied with their actions, vaststellen, afsluiten. */
export function PlanSectie({ huishouden }: { huishouden: HuishoudenDetail }) {
  const { plan, mijnRechten } = huishouden;
  const [uitkomst, setUitkomst] = useState<string>();
  const nieuwDoel = useInPlaats<'toevoegen'>();
  const startNieuwPlan = useStartNieuwPlan(huishouden.id);
  const open = plan && plan.status !== 'afgesloten';
  const bewerken = mijnRechten.bewerken && Boolean(open);
  const melden = (tekst?: string) => setUitkomst(tekst);

  return (
    <section aria-labelledby="plan-kop" className="eenplan-sectie">
      <Kop niveau={2} id="plan-kop" tabIndex={-1}>
        Plan van aanpak
      </Kop>
      <Uitkomst tekst={uitkomst} />

      {!plan ? (
        <Alinea>Dit huishouden heeft nog geen plan van aanpak.</Alinea>
      ) : (
        <Gegevenslijst
          items={[
            ['Status', <PlanStatusLabel key="status" status={plan.status} />],
            ['Gemaakt op', datumTekst(plan.aangemaaktOp)],
            ['Akkoord van het huishouden', plan.akkoordHuishoudenOp ? `Het huishouden ging akkoord op ${datumTekst(plan.akkoordHuishoudenOp)}` : plan.status === 'concept' ? 'Nog niet: het plan is een concept' : null],
            ['Afgesloten', plan.afgeslotenOp ? `${datumTekst(plan.afgeslotenOp)}${plan.afsluitreden ? `, reden: ${AFSLUITREDEN_LABELS[plan.afsluitreden].toLowerCase()}` : ''}` : null],
          ]}
        />
      )}

      {plan && plan.doelen.length === 0 && (
        <Alinea>
          Er zijn nog geen doelen. Schrijf samen met het huishouden op wat het wil bereiken, in de eigen woorden van het huishouden, en wat daarvoor het belangrijkst is.
        </Alinea>
      )}
      {plan &&
        perLeefgebied(plan.doelen).map(([leefgebied, doelen]) => (
          <section key={leefgebied} aria-labelledby={`leefgebied-${leefgebied}`} className="eenplan-leefgebied">
            <Kop niveau={3} id={`leefgebied-${leefgebied}`}>
              {LEEFGEBIED_LABELS[leefgebied]}
            </Kop>
            <ul className="eenplan-doelen">
              {doelen.map((doel) => (
                <DoelKaart key={doel.id} huishouden={huishouden} plan={plan} doel={doel} onUitkomst={melden} />
              ))}
            </ul>
          </section>
        ))}

      {bewerken && plan && (
        <div className="eenplan-nieuw">
          {nieuwDoel.modus === 'toevoegen' ? (
            <DoelFormulier
              huishoudenId={huishouden.id}
              planId={plan.id}
              standaardPrioriteit={Math.max(0, ...plan.doelen.map((d) => d.prioriteit)) + 1}
              onKlaar={(tekst) => {
                melden(tekst);
                nieuwDoel.sluit();
              }}
            />
          ) : (
            <Knop
              ref={nieuwDoel.knop('toevoegen')}
              soort="secondary-action"
              onClick={() => {
                melden(undefined);
                nieuwDoel.open('toevoegen');
              }}
            >
              Doel toevoegen
            </Knop>
          )}
        </div>
      )}

      {bewerken && plan?.status === 'concept' && <VaststellenPaneel huishouden={huishouden} plan={plan} onUitkomst={melden} />}
      {bewerken && plan && <AfsluitenPaneel huishouden={huishouden} plan={plan} onUitkomst={melden} />}

      {mijnRechten.bewerken && (!plan || plan.status === 'afgesloten') && (
        <div className="eenplan-nieuw">
          <Alinea>{plan ? 'Dit plan is afgesloten. Heeft het huishouden opnieuw ondersteuning nodig, start dan een nieuw plan.' : 'Start een plan om doelen en acties vast te leggen.'}</Alinea>
          <Knop
            soort="primary-action"
            bezig={startNieuwPlan.isPending}
            onClick={() => startNieuwPlan.mutate(huishouden.id, { onSuccess: () => melden('Er is een nieuw concept-plan van aanpak gestart.') })}
          >
            Nieuw plan starten
          </Knop>
          {startNieuwPlan.isError && (
            <Melding soort="error" role="alert">
              <p className="utrecht-paragraph">Het plan is niet gestart. {foutmelding(startNieuwPlan.error)}</p>
            </Melding>
          )}
        </div>
      )}
    </section>
  );
}
