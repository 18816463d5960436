import { VOORTGANG_LABELS, evaluatiePlannenSchema } from '@eenplan/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Evaluatie, HuishoudenDetail } from '@eenplan/contracts';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { Alinea } from '../../../ui/Alinea';
import { datumTekst, overDagen } from '../../../ui/datum';
import { Gegevenslijst } from '../../../ui/Gegevenslijst';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Melding } from '../../../ui/Melding';
import { StatusLabel } from '../../../ui/StatusLabel';
import { Tekstveld } from '../../../ui/Tekstveld';
import { Uitkomst } from '../../../ui/Uitkomst';
import { useInPlaats } from '../../../ui/useInPlaats';
import { ErvaringsmetingBijEvaluatie } from '../../ervaringsmeting';
import { usePlanEvaluatie } from '../hooks/team-wijzigingen';
import { EvaluatieFormulier } from './EvaluatieFormulier';

const GEHOORD: Record<'ja' | 'deels' | 'nee', string> = { ja: 'Ja', deels: 'Deels', nee: 'Nee' };

/** Evaluation moments: planned ones to record with the household, and what earlier ones said. */
export function EvaluatieSectie({ huishouden }: { huishouden: HuishoudenDetail }) {
  const [uitkomst, setUitkomst] = useState<{ tekst: string; regieWijzigen?: boolean }>();
  const plannen = useInPlaats<'plannen'>();
  const bewerken = huishouden.mijnRechten.bewerken && huishouden.plan?.status !== 'afgesloten' && Boolean(huishouden.plan);
  const gepland = huishouden.evaluaties.filter((e) => !e.gehoudenOp).sort((a, b) => a.geplandOp.localeCompare(b.geplandOp));
  const gehouden = huishouden.evaluaties.filter((e) => e.gehoudenOp);

  return (
    <section aria-labelledby="evaluaties-kop" className="eenplan-sectie">
      <Kop niveau={2} id="evaluaties-kop" tabIndex={-1}>
        Evaluaties
      </Kop>
      <Alinea>Bespreek op een evaluatiemoment met het huishouden wat er is bereikt, of het zich gehoord en gezien voelt, en of de regie nog goed belegd is.</Alinea>
      <Uitkomst tekst={uitkomst?.tekst} />
      {uitkomst?.regieWijzigen && (
        <Melding soort="warning">
          <p className="utrecht-paragraph">
            Volgens het huishouden past de regie niet meer.{' '}
            <Link className="utrecht-link utrecht-link--html-a" to="#regie" onClick={() => document.getElementById('regie-kop')?.focus()}>
              Leg een nieuwe regie-afspraak vast
            </Link>
            .
          </p>
        </Melding>
      )}

      <Kop niveau={3}>Gepland</Kop>
      {gepland.length === 0 ? (
        <Alinea>Er is geen evaluatiemoment gepland.</Alinea>
      ) : (
        <ul className="eenplan-lijst-kaarten" aria-label="Geplande evaluaties">
          {gepland.map((e) => (
            <GeplandeEvaluatie
              key={e.id}
              huishouden={huishouden}
              evaluatie={e}
              bewerken={bewerken}
              onVastgelegd={(regiePassend, volgende) => {
                setUitkomst({
                  tekst: `De evaluatie is vastgelegd.${volgende ? ` Het volgende moment is gepland op ${datumTekst(volgende)}.` : ''}`,
                  regieWijzigen: !regiePassend,
                });
                document.getElementById('evaluaties-kop')?.focus();
              }}
            />
          ))}
        </ul>
      )}
      {bewerken &&
        (plannen.modus === 'plannen' ? (
          <PlanFormulier
            huishouden={huishouden}
            onKlaar={(tekst) => {
              if (tekst) setUitkomst({ tekst });
              plannen.sluit();
            }}
          />
        ) : (
          <Knop
            ref={plannen.knop('plannen')}
            onClick={() => {
              setUitkomst(undefined);
              plannen.open('plannen');
            }}
          >
            Evaluatiemoment plannen
          </Knop>
        ))}

      {gehouden.length > 0 && (
        <>
          <Kop niveau={3}>Gehouden</Kop>
          <ul className="eenplan-lijst-kaarten" aria-label="Gehouden evaluaties">
            {gehouden.map((e) => (
              <GehoudenEvaluatie key={e.id} huishouden={huishouden} evaluatie={e} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function GeplandeEvaluatie({
  huishouden,
  evaluatie,
  bewerken,
  onVastgelegd,
}: {
  huishouden: HuishoudenDetail;
  evaluatie: Evaluatie;
  bewerken: boolean;
  onVastgelegd: (regiePassend: boolean, volgende?: string) => void;
}) {
  const paneel = useInPlaats<'vastleggen'>();
  return (
    <li className="eenplan-kaart">
      <Kop niveau={4} className="eenplan-kaart__kop">
        Evaluatie van {datumTekst(evaluatie.geplandOp)}
      </Kop>
      {paneel.modus === 'vastleggen' ? (
        <EvaluatieFormulier
          huishouden={huishouden}
          evaluatie={evaluatie}
          onAnnuleren={paneel.sluit}
          onVastgelegd={(regiePassend, volgende) => {
            paneel.sluit();
            onVastgelegd(regiePassend, volgende);
          }}
        />
      ) : (
        bewerken && (
          <Knop ref={paneel.knop('vastleggen')} aria-label={`Evaluatie vastleggen van ${datumTekst(evaluatie.geplandOp)}`} onClick={() => paneel.open('vastleggen')}>
            Evaluatie vastleggen
          </Knop>
        )
      )}
      <ErvaringsmetingBijEvaluatie huishouden={huishouden} evaluatie={evaluatie} />
    </li>
  );
}

function GehoudenEvaluatie({ huishouden, evaluatie: e }: { huishouden: HuishoudenDetail; evaluatie: Evaluatie }) {
  const doelen = huishouden.plan?.id === e.planId ? huishouden.plan.doelen : [];
  return (
    <li className="eenplan-kaart">
      <Kop niveau={4} className="eenplan-kaart__kop">
        Evaluatie van {datumTekst(e.gehoudenOp)}
      </Kop>
      <Gegevenslijst
        items={[
          ['Voelt zich gehoord en gezien', e.gehoordEnGezien ? GEHOORD[e.gehoordEnGezien] : null],
          ['Regie past nog', e.regiePassend === null ? null : e.regiePassend ? 'Ja' : <StatusLabel status="warning">Nee</StatusLabel>],
          ['Toelichting', e.toelichting],
          ['Volgend moment', e.volgendeMoment ? datumTekst(e.volgendeMoment) : null],
        ]}
      />
      {e.doelen.length > 0 && (
        <ul className="utrecht-unordered-list" aria-label="Voortgang per doel">
          {e.doelen.map((d) => {
            const doel = doelen.find((x) => x.id === d.doelId);
            return (
              <li key={d.doelId} className="utrecht-unordered-list__item">
                {doel ? `„${doel.omschrijving}”` : 'Een doel van een eerder plan'}: {VOORTGANG_LABELS[d.voortgang]}
                {d.toelichting ? ` (${d.toelichting})` : ''}
              </li>
            );
          })}
        </ul>
      )}
      <ErvaringsmetingBijEvaluatie huishouden={huishouden} evaluatie={e} />
    </li>
  );
}

function PlanFormulier({ huishouden, onKlaar }: { huishouden: HuishoudenDetail; onKlaar: (uitkomst?: string) => void }) {
  const formulier = useFormulier();
  const plan = usePlanEvaluatie(huishouden.id);
  const [geplandOp, setGeplandOp] = useState(overDagen(42));

  function verstuur() {
    const invoer = formulier.controleer(evaluatiePlannenSchema, { geplandOp });
    if (!invoer) return;
    plan.mutate(invoer, { onSuccess: () => onKlaar(`Het evaluatiemoment op ${datumTekst(geplandOp)} is gepland.`), onError: formulier.verwerkFout });
  }

  return (
    <Formulier
      id="evaluatie-plannen"
      titel="Evaluatiemoment plannen"
      kopNiveau={4}
      foutTitel="Het moment is nog niet gepland"
      formulier={formulier}
      velden={[['geplandOp', 'evaluatie-gepland-op']]}
      onVerstuur={verstuur}
      verstuurTekst="Moment plannen"
      bezig={plan.isPending}
      onAnnuleren={() => onKlaar()}
    >
      <Tekstveld
        id="evaluatie-gepland-op"
        type="date"
        label="Datum van het evaluatiemoment"
        className="eenplan-veld--kort"
        value={geplandOp}
        onChange={(e) => setGeplandOp(e.target.value)}
        fout={formulier.veldfouten.geplandOp}
        autoFocus
      />
    </Formulier>
  );
}
