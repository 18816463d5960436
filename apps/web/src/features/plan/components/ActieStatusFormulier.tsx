import { ACTIE_STATUSSEN, actieWijzigenSchema, type ActieStatus } from '@eenplan/contracts';
import { useEffect, useState, type FormEvent } from 'react';
import { ConflictMelding } from '../../../ui/ConflictMelding';
import { Foutensamenvatting } from '../../../ui/Foutensamenvatting';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { Keuzelijst } from '../../../ui/Keuzelijst';
import { Knop } from '../../../ui/Knop';
import type { Actie } from '../../../shared/api/typen';
import { useNaWijziging } from '../../../shared/huishouden/useNaWijziging';
import { useWijzigActie } from '../hooks/useWijzigActie';
import { ACTIE_STATUS_LABELS } from '../../../shared/tekst/labels';

/** For the owner of an action who may not edit the plan: only the status (what the API allows them). */
export function ActieStatusFormulier({ huishoudenId, actie, onUitkomst }: { huishoudenId: string; actie: Actie; onUitkomst: (tekst?: string) => void }) {
  const formulier = useFormulier();
  const na = useNaWijziging(huishoudenId);
  const wijzig = useWijzigActie(huishoudenId);
  const [status, setStatus] = useState<ActieStatus>(actie.status);
  const [basisVersie, setBasisVersie] = useState(actie.versie);
  const id = `actie-${actie.id}-status`;

  // After a conflict the current version arrives; the next save is based on it.
  useEffect(() => {
    if (formulier.conflict) setBasisVersie(actie.versie);
  }, [formulier.conflict, actie.versie]);

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    onUitkomst(undefined);
    const invoer = formulier.controleer(actieWijzigenSchema, { versie: basisVersie, status });
    if (!invoer) return;
    wijzig.mutate(
      { actieId: actie.id, invoer },
      {
        onSuccess: (plan) => {
          // The next change is based on the version just saved.
          const opgeslagen = plan.doelen.flatMap((d) => d.acties).find((a) => a.id === actie.id);
          if (opgeslagen) setBasisVersie(opgeslagen.versie);
          onUitkomst(`De status van de actie „${actie.omschrijving}” is nu: ${ACTIE_STATUS_LABELS[status].toLowerCase()}.`);
        },
        onError: (fout) => {
          if (formulier.verwerkFout(fout) === 'conflict') void na.ververs();
        },
      },
    );
  }

  return (
    <form className="utrecht-form eenplan-statusformulier" noValidate onSubmit={verstuur} aria-label={`Status van de actie: ${actie.omschrijving}`}>
      <Foutensamenvatting id={`${id}-fouten`} kopNiveau={5} titel="De status is niet opgeslagen" fouten={formulier.samenvatting([['status', id]])} teller={formulier.poging} />
      <ConflictMelding conflict={formulier.conflict} poging={formulier.poging} wat="De nieuwe status">
        <p className="utrecht-paragraph">Huidige status: {ACTIE_STATUS_LABELS[actie.status]}</p>
      </ConflictMelding>
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
    </form>
  );
}
