import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { MetRecht } from '../features/auth';
import { Laden } from '../ui/Laden';
import { FoutPagina } from './FoutPagina';
import { IngelogdeOpbouw } from './IngelogdeOpbouw';
import { NaarStartpagina } from './NaarStartpagina';
import { NietGevondenPagina } from './NietGevondenPagina';

/**
 * A page loaded only when it is first shown: each feature is its own chunk, so a consultant
 * never downloads, say, the charts of the reports. Its own Suspense boundary keeps the frame
 * (and a household's tabs) standing while the chunk loads.
 */
function later(laad: () => Promise<ComponentType>) {
  const Pagina = lazy(async () => ({ default: await laad() }));
  return (
    <Suspense fallback={<Laden />}>
      <Pagina />
    </Suspense>
  );
}

export function maakRouter() {
  const huishoudens = () => import('../features/huishoudens');
  const team = () => import('../features/team');
  return createBrowserRouter([
    {
      errorElement: <FoutPagina />,
      children: [
        { path: '/inloggen', element: later(() => import('../features/inloggen').then((m) => m.InlogPagina)) },
        // The household's questionnaire: public, opened from a link without logging in.
        { path: '/ervaring/:token', element: later(() => import('../features/ervaring').then((m) => m.ErvaringPagina)) },
        // A new account's invitation: public, opened from the link.
        { path: '/uitnodiging/:token', element: later(() => import('../features/uitnodiging').then((m) => m.UitnodigingPagina)) },
        {
          element: <IngelogdeOpbouw />,
          children: [
            { index: true, element: <NaarStartpagina /> },
            {
              path: 'tweestapsverificatie',
              element: (
                <MetRecht actie="update" subject="Profiel">
                  {later(() => import('../features/inloggen').then((m) => m.TweedeFactorPagina))}
                </MetRecht>
              ),
            },
            {
              path: 'werkvoorraad',
              element: (
                <MetRecht actie="read" subject="Werkvoorraad">
                  {later(() => import('../features/werkvoorraad').then((m) => m.WerkvoorraadPagina))}
                </MetRecht>
              ),
            },
            {
              path: 'huishoudens/nieuw',
              element: (
                <MetRecht actie="create" subject="Huishouden">
                  {later(() => huishoudens().then((m) => m.RegistrerenPagina))}
                </MetRecht>
              ),
            },
            {
              path: 'huishoudens/:id',
              element: (
                <MetRecht actie="read" subject="Huishouden">
                  {later(() => huishoudens().then((m) => m.HuishoudenOpbouw))}
                </MetRecht>
              ),
              children: [
                { index: true, element: later(() => huishoudens().then((m) => m.PlanTab)) },
                { path: 'team', element: later(() => team().then((m) => m.TeamTab)) },
                { path: 'regie', element: later(() => team().then((m) => m.RegieTab)) },
                { path: 'veiligheid', element: later(() => team().then((m) => m.VeiligheidTab)) },
                { path: 'bijdragen', element: later(() => team().then((m) => m.BijdragenTab)) },
                { path: 'tijdlijn', element: later(() => huishoudens().then((m) => m.TijdlijnTab)) },
                { path: 'inzage', element: later(() => huishoudens().then((m) => m.InzageTab)) },
              ],
            },
            {
              path: 'verwijsindex',
              element: (
                <MetRecht actie="read" subject="Verwijsindex">
                  {later(() => import('../features/verwijsindex').then((m) => m.VerwijsindexPagina))}
                </MetRecht>
              ),
            },
            {
              path: 'rapportages',
              element: (
                <MetRecht actie="read" subject="Rapportage">
                  {later(() => import('../features/rapportages').then((m) => m.RapportagesPagina))}
                </MetRecht>
              ),
            },
            {
              path: 'beheer',
              element: (
                <MetRecht actie="read" subject="Gebruiker">
                  {later(() => import('../features/beheer').then((m) => m.GebruikersbeheerPagina))}
                </MetRecht>
              ),
            },
            { path: '*', element: <NietGevondenPagina /> },
          ],
        },
      ],
    },
  ]);
}
