import { subject } from '@casl/ability';
import type { PlanActie, Doel, HuishoudenDetail, Plan } from '@eenplan/contracts';
import { Bevestiging } from '../../../shared/formulier/Bevestiging';
import { ACTIE_STATUS_LABELS } from '../../../shared/tekst/labels';
import { datumTekst, vandaag } from '../../../ui/datum';
import { Knop } from '../../../ui/Knop';
import { StatusLabel } from '../../../ui/StatusLabel';
import { useInPlaats } from '../../../ui/useInPlaats';
import { useRechten } from '../../auth';
import { useVerwijderActie } from '../hooks/plan-wijzigingen';
import { ActieFormulier } from './ActieFormulier';
import { ActieStatusFormulier } from './ActieStatusFormulier';
import { eigenaarTekst } from './eigenaar';

type Modus = 'wijzigen' | 'verwijderen';

/** One action: what, who, when, status. Editable in place by whoever may edit the plan; its owner may set the status. */
export function ActieItem({ huishouden, plan, doel, actie, onUitkomst }: { huishouden: HuishoudenDetail; plan: Plan; doel: Doel; actie: PlanActie; onUitkomst: (tekst?: string) => void }) {
  const rechten = useRechten();
  const paneel = useInPlaats<Modus>();
  const verwijder = useVerwijderActie(huishouden.id);
  const open = plan.status !== 'afgesloten';
  const bewerken = huishouden.mijnRechten.bewerken && open;
  // A professional who may not edit the plan may still set the status of their own actions.
  const statusZetten =
    !bewerken &&
    open &&
    actie.eigenaarSoort === 'professional' &&
    rechten.can('update', subject('Actie', { eigenaarGebruikerId: actie.eigenaarGebruiker?.id ?? null }), 'status');
  const verlopen = (actie.status === 'open' || actie.status === 'bezig') && actie.deadline < vandaag();
  const openen = (modus: Modus) => {
    onUitkomst(undefined);
    paneel.open(modus);
  };

  if (paneel.modus === 'wijzigen') {
    return (
      <li className="eenplan-actie">
        <ActieFormulier
          huishouden={huishouden}
          doel={doel}
          actie={actie}
          onKlaar={(tekst) => {
            onUitkomst(tekst);
            paneel.sluit();
          }}
        />
      </li>
    );
  }

  return (
    <li className="eenplan-actie">
      <p className="utrecht-paragraph eenplan-actie__wat">{actie.omschrijving}</p>
      <p className="utrecht-paragraph eenplan-actie__meta">
        <span>
          <span className="eenplan-actie__sleutel">Wie:</span> {eigenaarTekst(actie)}
        </span>
        <span>
          <span className="eenplan-actie__sleutel">Deadline:</span> {datumTekst(actie.deadline)} {verlopen && <StatusLabel status="danger">Over de deadline</StatusLabel>}
        </span>
        <span>
          <span className="eenplan-actie__sleutel">Status:</span> {ACTIE_STATUS_LABELS[actie.status]}
        </span>
      </p>
      {bewerken && (
        <div className="utrecht-button-group eenplan-knoppenrij">
          <Knop aria-label={`PlanActie wijzigen: ${actie.omschrijving}`} ref={paneel.knop('wijzigen')} soort="secondary-action" onClick={() => openen('wijzigen')}>
            PlanActie wijzigen
          </Knop>
          <Knop aria-label={`PlanActie verwijderen: ${actie.omschrijving}`} ref={paneel.knop('verwijderen')} soort="subtle" onClick={() => openen('verwijderen')} aria-expanded={paneel.modus === 'verwijderen'}>
            PlanActie verwijderen
          </Knop>
        </div>
      )}
      {paneel.modus === 'verwijderen' && (
        <Bevestiging
          id={`actie-${actie.id}-verwijderen`}
          vraag="Weet u zeker dat u deze actie wilt verwijderen?"
          bevestigTekst="Ja, actie verwijderen"
          mutatie={verwijder}
          variabelen={{ actieId: actie.id, versie: actie.versie }}
          onGedaan={() => {
            onUitkomst('De actie is verwijderd.');
            document.getElementById(`doel-${doel.id}-kop`)?.focus();
          }}
          onAnnuleren={paneel.sluit}
        />
      )}
      {statusZetten && <ActieStatusFormulier huishoudenId={huishouden.id} actie={actie} onUitkomst={onUitkomst} />}
    </li>
  );
}
