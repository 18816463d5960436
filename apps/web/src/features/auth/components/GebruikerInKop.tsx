import { ROL_LABELS, type HuidigeGebruiker } from '@eenplan/contracts';
import { foutmelding } from '../../../shared/api/http';
import { Knop } from '../../../ui/Knop';
import { useUitloggen } from '../hooks/useUitloggen';

/** Who is signed in (name, role, organisation) and the logout button, in the page header. */
export function GebruikerInKop({ gebruiker }: { gebruiker: HuidigeGebruiker }) {
  const uitloggen = useUitloggen();
  return (
    <div className="eenplan-gebruiker">
      <p className="utrecht-paragraph eenplan-gebruiker__wie">
        <span className="eenplan-visueel-verborgen">Ingelogd als </span>
        <strong className="eenplan-gebruiker__naam">{gebruiker.gebruiker.naam}</strong>
        <span className="eenplan-gebruiker__rol">
          {ROL_LABELS[gebruiker.gebruiker.rol]}, {gebruiker.organisatie.naam}
        </span>
      </p>
      <Knop soort="secondary-action" bezig={uitloggen.isPending} onClick={() => uitloggen.mutate()}>
        Uitloggen
      </Knop>
      {uitloggen.isError && (
        <p className="utrecht-form-field-error-message eenplan-gebruiker__fout" role="alert">
          Uitloggen is niet gelukt: {foutmelding(uitloggen.error)}
        </p>
      )}
    </div>
  );
}
