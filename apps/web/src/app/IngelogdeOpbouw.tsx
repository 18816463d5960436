import type { HuidigeGebruiker } from '@eenplan/contracts';
import { Navigate, Outlet, useLocation } from 'react-router';
import { laatsteAfmeldReden, GebruikerInKop, type InlogPaginaStatus, RechtenVan, useHuidigeGebruiker } from '../features/auth';
import { foutmelding } from '../shared/api/http';
import { Knop } from '../ui/Knop';
import { Kop } from '../ui/Kop';
import { Laden } from '../ui/Laden';
import { Melding } from '../ui/Melding';
import { PaginaOpbouw } from '../ui/PaginaOpbouw';
import { useFocusNaNavigatie } from '../ui/useFocusNaNavigatie';
import { Navigatie } from './Navigatie';

/** The frame of every page behind the login: not signed in means off to /inloggen. */
export function IngelogdeOpbouw() {
  const huidige = useHuidigeGebruiker();

  if (huidige.isPending) {
    return (
      <PaginaOpbouw>
        <Laden />
      </PaginaOpbouw>
    );
  }
  if (huidige.isError) {
    return (
      <PaginaOpbouw>
        <Kop niveau={1}>Er ging iets mis</Kop>
        <Melding soort="error" role="alert">
          <p className="utrecht-paragraph">{foutmelding(huidige.error)}</p>
        </Melding>
        <Knop soort="primary-action" onClick={() => void huidige.refetch()}>
          Opnieuw proberen
        </Knop>
      </PaginaOpbouw>
    );
  }
  if (!huidige.data) {
    const status: InlogPaginaStatus = { reden: laatsteAfmeldReden() };
    return <Navigate to="/inloggen" replace state={status} />;
  }
  return (
    <RechtenVan gebruiker={huidige.data}>
      <Opbouw gebruiker={huidige.data} />
    </RechtenVan>
  );
}

function Opbouw({ gebruiker }: { gebruiker: HuidigeGebruiker }) {
  const hoofdRef = useFocusNaNavigatie();
  const { pathname } = useLocation();
  // The API refuses everything else until the required second factor is set up.
  if (gebruiker.inschrijvenNodig && pathname !== '/tweestapsverificatie') return <Navigate to="/tweestapsverificatie" replace />;
  return (
    <PaginaOpbouw hoofdRef={hoofdRef} kopAanvulling={<GebruikerInKop gebruiker={gebruiker} />} navigatie={<Navigatie />}>
      <Outlet />
    </PaginaOpbouw>
  );
}
