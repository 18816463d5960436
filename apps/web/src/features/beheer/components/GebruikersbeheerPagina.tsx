import { ROL_LABELS } from '@eenplan/contracts';
import { LaadFout } from '../../../shared/api/LaadFout';
import { useState } from 'react';
import { foutmelding } from '../../../shared/api/http';
import type { GebruikerOverzicht } from '@eenplan/contracts';
import { Alinea } from '../../../ui/Alinea';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Laden } from '../../../ui/Laden';
import { Melding, type MeldingSoort } from '../../../ui/Melding';
import { StatusLabel } from '../../../ui/StatusLabel';
import { Bijschrift, Cel, KopCel, Rij, Tabel, TabelKop, TabelRomp } from '../../../ui/Tabel';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { VisueelVerborgen } from '../../../ui/VisueelVerborgen';
import { useHuidigeGebruiker } from '../../auth';
import { useGebruikers } from '../hooks/useGebruikers';
import { useZetGebruikerActief } from '../hooks/useZetGebruikerActief';
import { VerwijsindexSignalen } from './VerwijsindexSignalen';
import { Bevestiging } from '../../../shared/formulier/Bevestiging';
import { InrichtingBeheer } from './InrichtingBeheer';
import { NieuwAccount } from './NieuwAccount';

export function GebruikersbeheerPagina() {
  usePaginaTitel('Gebruikersbeheer');
  const gebruikers = useGebruikers();
  const zetActief = useZetGebruikerActief();
  const zelfId = useHuidigeGebruiker().data?.gebruiker.id;
  const [uitkomst, setUitkomst] = useState<{ soort: Extract<MeldingSoort, 'ok' | 'error'>; tekst: string }>();
  // Switching an account off ends that person's work at once: asked for first.
  const [teBevestigen, setTeBevestigen] = useState<string>();
  const meld = (tekst: string, soort: 'ok' | 'error' = 'ok') => setUitkomst({ soort, tekst });

  function wissel(gebruiker: GebruikerOverzicht, opties?: { onSuccess: () => void; onError: (fout: Error) => void }) {
    const actief = !gebruiker.actief;
    setUitkomst(undefined);
    zetActief.mutate(
      { id: gebruiker.id, actief },
      {
        onSuccess: (bijgewerkt) => {
          opties?.onSuccess();
          setUitkomst({
            soort: 'ok',
            tekst: bijgewerkt.actief
              ? `Het account van ${bijgewerkt.naam} is weer ingeschakeld.`
              : `Het account van ${bijgewerkt.naam} is uitgeschakeld. Alle sessies van deze gebruiker zijn beëindigd.`,
          });
        },
        onError: (fout) => {
          opties?.onError(fout);
          setUitkomst({ soort: 'error', tekst: `Het account van ${gebruiker.naam} is niet gewijzigd. ${foutmelding(fout)}` });
        },
      },
    );
  }

  return (
    <>
      <Kop niveau={1}>Gebruikersbeheer</Kop>
      <Alinea inleiding>Beheer de gemeenten, organisaties en accounts van medewerkers. Een uitgeschakeld account kan niet meer inloggen; lopende sessies stoppen direct.</Alinea>

      {/* Always in the page, so screen readers announce the news after a click. */}
      <div className="eenplan-uitkomst" role="status">
        {uitkomst?.soort === 'ok' && (
          <Melding soort="ok">
            <p className="utrecht-paragraph">{uitkomst.tekst}</p>
          </Melding>
        )}
      </div>
      {uitkomst?.soort === 'error' && (
        <Melding soort="error" role="alert" className="eenplan-uitkomst">
          <p className="utrecht-paragraph">{uitkomst.tekst}</p>
        </Melding>
      )}

      {gebruikers.isPending ? (
        <Laden tekst="Gebruikers laden…" />
      ) : gebruikers.isError ? (
        <LaadFout tekst="De gebruikers konden niet worden geladen." fout={gebruikers.error} opnieuw={gebruikers.refetch} />
      ) : (
        <Tabel>
          <Bijschrift>Alle gebruikers ({gebruikers.data.length})</Bijschrift>
          <TabelKop>
            <Rij>
              <KopCel>Naam</KopCel>
              <KopCel>Gebruikersnaam</KopCel>
              <KopCel>Rol</KopCel>
              <KopCel>Organisatie</KopCel>
              <KopCel>Gemeenten</KopCel>
              <KopCel>Account</KopCel>
              <KopCel>
                <VisueelVerborgen>Actie</VisueelVerborgen>
              </KopCel>
            </Rij>
          </TabelKop>
          <TabelRomp>
            {gebruikers.data.map((gebruiker) => {
              const bezig = zetActief.isPending && zetActief.variables?.id === gebruiker.id;
              return (
                <Rij key={gebruiker.id}>
                  <KopCel scope="row">{gebruiker.naam}</KopCel>
                  <Cel>{gebruiker.gebruikersnaam}</Cel>
                  <Cel>{ROL_LABELS[gebruiker.rol]}</Cel>
                  <Cel>{gebruiker.organisatie.naam}</Cel>
                  <Cel>{gebruiker.gemeenten.map((g) => g.naam).join(', ') || '—'}</Cel>
                  <Cel>
                    <StatusLabel status={gebruiker.actief ? 'success' : 'danger'}>{gebruiker.actief ? 'Actief' : 'Uitgeschakeld'}</StatusLabel>
                  </Cel>
                  <Cel>
                    {gebruiker.id === zelfId ? (
                      <span className="eenplan-zelf">Uw eigen account</span>
                    ) : teBevestigen === gebruiker.id ? (
                      <Bevestiging
                        id={`uitschakelen-${gebruiker.id}`}
                        vraag={`Het account van ${gebruiker.naam} uitschakelen? Deze persoon wordt direct uitgelogd en kan niet meer inloggen.`}
                        bevestigTekst="Ja, uitschakelen"
                        mutatie={{ mutate: (_id: string, opties) => wissel(gebruiker, opties), isPending: zetActief.isPending }}
                        variabelen={gebruiker.id}
                        onGedaan={() => {
                          setTeBevestigen(undefined);
                          // Focus back on the account's button, now "Inschakelen", not lost with the question.
                          requestAnimationFrame(() => document.getElementById(`account-knop-${gebruiker.id}`)?.focus());
                        }}
                        onAnnuleren={() => setTeBevestigen(undefined)}
                      />
                    ) : (
                      <Knop id={`account-knop-${gebruiker.id}`} soort={gebruiker.actief ? 'secondary-action' : 'primary-action'} bezig={bezig} onClick={() => (gebruiker.actief ? setTeBevestigen(gebruiker.id) : wissel(gebruiker))}>
                        {gebruiker.actief ? 'Uitschakelen' : 'Inschakelen'}
                        <VisueelVerborgen> {gebruiker.naam}</VisueelVerborgen>
                      </Knop>
                    )}
                  </Cel>
                </Rij>
              );
            })}
          </TabelRomp>
        </Tabel>
      )}

      <NieuwAccount onUitkomst={meld} />
      <InrichtingBeheer onUitkomst={meld} />
      <VerwijsindexSignalen />
    </>
  );
}
