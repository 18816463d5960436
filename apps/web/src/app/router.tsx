import { createBrowserRouter } from 'react-router';
import { InlogPagina } from '../features/auth/components/InlogPagina';
import { MetRecht } from '../features/auth/components/MetRecht';
import { GebruikersbeheerPagina } from '../features/beheer/components/GebruikersbeheerPagina';
import { ErvaringPagina } from '../features/ervaring/components/ErvaringPagina';
import { HuishoudenOpbouw } from '../features/huishoudens/components/HuishoudenOpbouw';
import { InzageTab } from '../features/huishoudens/components/InzageTab';
import { PlanTab } from '../features/huishoudens/components/PlanTab';
import { RegistrerenPagina } from '../features/huishoudens/components/RegistrerenPagina';
import { TijdlijnTab } from '../features/huishoudens/components/TijdlijnTab';
import { RapportagesPagina } from '../features/rapportages/components/RapportagesPagina';
import { BijdragenTab } from '../features/team/components/BijdragenTab';
import { RegieTab } from '../features/team/components/RegieTab';
import { TeamTab } from '../features/team/components/TeamTab';
import { VeiligheidTab } from '../features/team/components/VeiligheidTab';
import { VerwijsindexPagina } from '../features/verwijsindex/components/VerwijsindexPagina';
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
        // The household's questionnaire: public, opened from a link without logging in.
        { path: '/ervaring/:token', element: <ErvaringPagina /> },
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
