import { ACTIE_STATUSSEN, actieWijzigenSchema, type ActieStatus } from '@eenplan/contracts';
import { useState } from 'react';
import type { PlanActie } from '@eenplan/contracts';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useBasisVersie, useFormulier } from '../../../shared/formulier/useFormulier';
import { ACTIE_STATUS_LABELS } from '../../../shared/tekst/labels';
import { Keuzelijst } from '../../../ui/Keuzelijst';
import { Knop } from '../../../ui/Knop';
import { useWijzigActie } from '../hooks/plan-wijzigingen';

/** For the owner of an action who may not edit the plan: only the status (what the API allows them). */
export function ActieStatusFormulier({ huishoudenId, actie, onUitkomst }: { huishoudenId: string; actie: PlanActie; onUitkomst: (tekst?: string) => void }) {
  const formulier = useFormulier();
  const wijzig = useWijzigActie(huishoudenId);
  const [status, setStatus] = useState<ActieStatus>(actie.status);
  const [basisVersie, setBasisVersie] = useBasisVersie(formulier, actie.versie);
  const id = `actie-${actie.id}-status`;


  function verstuur() {
    onUitkomst(undefined);
    const invoer = formulier.controleer(actieWijzigenSchema, { versie: basisVersie, status });
    if (!invoer) return;
    wijzig.mutate(
      { actieId: actie.id, invoer },
      {
        onSuccess: (huishouden) => {
          // The next change is based on the version just saved.
          const opgeslagen = huishouden.plan?.doelen.flatMap((d) => d.acties).find((a) => a.id === actie.id);
          if (opgeslagen) setBasisVersie(opgeslagen.versie);
          onUitkomst(`De status van de actie „${actie.omschrijving}” is nu: ${ACTIE_STATUS_LABELS[status].toLowerCase()}.`);
        },
        onError: formulier.verwerkFout,
      },
    );
  }

  return (
    <Formulier
      id={id}
      label={`Status van de actie: ${actie.omschrijving}`}
      kopNiveau={4}
      foutTitel="De status is niet opgeslagen"
      formulier={formulier}
      velden={[['status', id]]}
      onVerstuur={verstuur}
      verstuurTekst="Status opslaan"
      conflict={{ wat: 'De nieuwe status', huidig: [['Status', ACTIE_STATUS_LABELS[actie.status]]] }}
      // The one button stands beside the field, not in a row of its own.
      knoppen={null}
      className="eenplan-statusformulier"
    >
      <div className="eenplan-statusformulier__rij">
        <Keuzelijst id={id} label="Status van deze actie" value={status} onChange={(e) => setStatus(e.target.value as ActieStatus)} fout={formulier.veldfouten.status}>
          {ACTIE_STATUSSEN.map((s) => (
            <option key={s} value={s}>
              {ACTIE_STATUS_LABELS[s]}
            </option>
          ))}
        </Keuzelijst>
        <Knop type="submit" soort="secondary-action" bezig={wijzig.isPending}>
          Status opslaan
        </Knop>
      </div>
    </Formulier>
  );
}
