import { createBrowserRouter } from 'react-router';
import { InlogPagina } from '../features/auth/components/InlogPagina';
import { MetRecht } from '../features/auth/components/MetRecht';
import { GebruikersbeheerPagina } from '../features/beheer/components/GebruikersbeheerPagina';
import { RapportagesPagina } from '../features/rapportages/components/RapportagesPagina';
import { WerkvoorraadPagina } from '../features/werkvoorraad/components/WerkvoorraadPagina';
import { FoutPagina } from './FoutPagina';
import { IngelogdeOpbouw } from './IngelogdeOpbouw';
import { NaarStartpagina } from './NaarStartpagina';
import { NietGevondenPagina } from './NietGevondenPagina';

export function maakRouter() {
  return createBrowserRouter([
    {
      errorElement: <FoutPagina />,
      children: [
        { path: '/inloggen', element: <InlogPagina /> },
        {
          element: <IngelogdeOpbouw />,
          children: [
            { index: true, element: <NaarStartpagina /> },
            {
              path: 'werkvoorraad',
              element: (
                <MetRecht actie="read" subject="Werkvoorraad">
                  <WerkvoorraadPagina />
                </MetRecht>
              ),
            },
            {
              path: 'rapportages',
              element: (
                <MetRecht actie="read" subject="Rapportage">
                  <RapportagesPagina />
                </MetRecht>
              ),
            },
            {
              path: 'beheer',
              element: (
                <MetRecht actie="read" subject="Gebruiker">
                  <GebruikersbeheerPagina />
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
