import { createBrowserRouter } from 'react-router';
import { InlogPagina, MetRecht } from '../features/auth';
import { GebruikersbeheerPagina } from '../features/beheer';
import { ErvaringPagina } from '../features/ervaring';
import { UitnodigingPagina } from '../features/uitnodiging';
import { HuishoudenOpbouw, InzageTab, PlanTab, RegistrerenPagina, TijdlijnTab } from '../features/huishoudens';
import { RapportagesPagina } from '../features/rapportages';
import { BijdragenTab, RegieTab, TeamTab, VeiligheidTab } from '../features/team';
import { VerwijsindexPagina } from '../features/verwijsindex';
import { WerkvoorraadPagina } from '../features/werkvoorraad';
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
        // The household's questionnaire: public, opened from a link without logging in.
        { path: '/ervaring/:token', element: <ErvaringPagina /> },
        // A new account's invitation: public, opened from the link.
        { path: '/uitnodiging/:token', element: <UitnodigingPagina /> },
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
              path: 'huishoudens/nieuw',
              element: (
                <MetRecht actie="create" subject="Huishouden">
                  <RegistrerenPagina />
                </MetRecht>
              ),
            },
            {
              path: 'huishoudens/:id',
              element: (
                <MetRecht actie="read" subject="Huishouden">
                  <HuishoudenOpbouw />
                </MetRecht>
              ),
              children: [
                { index: true, element: <PlanTab /> },
                { path: 'team', element: <TeamTab /> },
                { path: 'regie', element: <RegieTab /> },
                { path: 'veiligheid', element: <VeiligheidTab /> },
                { path: 'bijdragen', element: <BijdragenTab /> },
                { path: 'tijdlijn', element: <TijdlijnTab /> },
                { path: 'inzage', element: <InzageTab /> },
              ],
            },
            {
              path: 'verwijsindex',
              element: (
                <MetRecht actie="read" subject="Verwijsindex">
                  <VerwijsindexPagina />
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
