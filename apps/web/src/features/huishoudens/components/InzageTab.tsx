import { LaadFout } from '../../../shared/api/LaadFout';
import { useDossier } from '../../../shared/huishouden/useDossier';
import { Alinea } from '../../../ui/Alinea';
import { tijdstipTekst } from '../../../ui/datum';
import { Kop } from '../../../ui/Kop';
import { Laden } from '../../../ui/Laden';
import { Bijschrift, Cel, KopCel, Rij, Tabel, TabelKop, TabelRomp } from '../../../ui/Tabel';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { useInzage } from '../hooks/useInzage';
import { gebeurtenisTekst } from './tijdlijn-tekst';

/** AVG inzage: who read or changed this file. Only for the casemanager; viewing it is logged too. */
export function InzageTab() {
  const huishouden = useDossier();
  usePaginaTitel(`Wie heeft dit dossier ingezien — Huishouden ${huishouden.naam}`);
  const inzage = useInzage(huishouden.id, huishouden.mijnRechten.inzage);
  if (!huishouden.mijnRechten.inzage) {
    return (
      <section aria-labelledby="inzage-kop" className="eenplan-sectie">
        <Kop niveau={2} id="inzage-kop">
          Wie heeft dit dossier ingezien
        </Kop>
        <Alinea>Dit overzicht is er alleen voor de casemanager van het huishouden.</Alinea>
      </section>
    );
  }
  return (
    <section aria-labelledby="inzage-kop" className="eenplan-sectie">
      <Kop niveau={2} id="inzage-kop">
        Wie heeft dit dossier ingezien
      </Kop>
      <Alinea>
        Iedereen die dit dossier bekijkt of wijzigt, wordt vastgelegd. Vraagt het huishouden wie zijn gegevens heeft gezien (inzage volgens de AVG), dan vindt u het antwoord hier. Ook het openen van dit
        overzicht wordt vastgelegd.
      </Alinea>
      {inzage.isPending ? (
        <Laden tekst="Overzicht laden…" />
      ) : inzage.isError ? (
        <LaadFout tekst="Het overzicht kon niet worden geladen." fout={inzage.error} opnieuw={inzage.refetch} />
      ) : (
        <Tabel>
          <Bijschrift>Raadplegingen en wijzigingen, de nieuwste eerst ({inzage.data.length})</Bijschrift>
          <TabelKop>
            <Rij>
              <KopCel>Wanneer</KopCel>
              <KopCel>Wie</KopCel>
              <KopCel>Organisatie</KopCel>
              <KopCel>Wat</KopCel>
            </Rij>
          </TabelKop>
          <TabelRomp>
            {inzage.data.map((regel, i) => (
              <Rij key={i}>
                <Cel>
                  <time dateTime={regel.tijdstip}>{tijdstipTekst(regel.tijdstip)}</time>
                </Cel>
                <Cel>{regel.gebruiker ?? 'Onbekend'}</Cel>
                <Cel>{regel.organisatie ?? '—'}</Cel>
                <Cel>{gebeurtenisTekst(regel.gebeurtenis)}</Cel>
              </Rij>
            ))}
          </TabelRomp>
        </Tabel>
      )}
    </section>
  );
}
