import { Link } from 'react-router';
import { foutmelding } from '../../../shared/api/http';
import { PlanStatusLabel } from '../../../shared/tekst/PlanStatusLabel';
import { Kop } from '../../../ui/Kop';
import { Laden } from '../../../ui/Laden';
import { Melding } from '../../../ui/Melding';
import { Paginering } from '../../../ui/Paginering';
import { Bijschrift, Cel, KopCel, Rij, Tabel, TabelKop, TabelRomp } from '../../../ui/Tabel';
import { useZoekHuishoudens } from '../../huishoudens';

export function Zoekresultaten({ zoek, pagina, perPagina, naarPagina }: { zoek: string; pagina: number; perPagina: number; naarPagina: (pagina: number) => string }) {
  const resultaten = useZoekHuishoudens({ zoek, pagina, perPagina, sorteer: 'naam' });
  return (
    <section aria-labelledby="zoekresultaten-kop">
      <Kop niveau={2} id="zoekresultaten-kop">
        Zoekresultaten voor “{zoek}”
      </Kop>
      {resultaten.isPending ? (
        <Laden tekst="Zoeken…" />
      ) : resultaten.isError ? (
        <Melding soort="error" role="alert">
          <p className="utrecht-paragraph">Zoeken is niet gelukt. {foutmelding(resultaten.error)}</p>
        </Melding>
      ) : (
        <>
          <p className="utrecht-paragraph" role="status">
            {resultaten.data.totaal === 0
              ? 'Geen huishoudens gevonden. Controleer de spelling of zoek op postcode.'
              : resultaten.data.totaal === 1
                ? '1 huishouden gevonden.'
                : `${resultaten.data.totaal} huishoudens gevonden.`}
          </p>
          {resultaten.data.items.length > 0 && (
            <Tabel>
              <Bijschrift>Gevonden huishoudens</Bijschrift>
              <TabelKop>
                <Rij>
                  <KopCel>Huishouden</KopCel>
                  <KopCel>Postcode</KopCel>
                  <KopCel>Woonplaats</KopCel>
                  <KopCel>Gemeente</KopCel>
                  <KopCel>Plan van aanpak</KopCel>
                </Rij>
              </TabelKop>
              <TabelRomp>
                {resultaten.data.items.map((h) => (
                  <Rij key={h.id}>
                    <KopCel scope="row">
                      <Link className="utrecht-link utrecht-link--html-a" to={`/huishoudens/${h.id}`}>
                        {h.naam}
                      </Link>
                      {h.status === 'afgesloten' && <span className="eenplan-klein">Dossier afgesloten</span>}
                    </KopCel>
                    <Cel>{h.postcode}</Cel>
                    <Cel>{h.woonplaats}</Cel>
                    <Cel>{h.gemeente.naam}</Cel>
                    <Cel>{h.plan ? <PlanStatusLabel status={h.plan.status} /> : 'Geen actief plan'}</Cel>
                  </Rij>
                ))}
              </TabelRomp>
            </Tabel>
          )}
          <Paginering label="Pagina's van de zoekresultaten" pagina={resultaten.data.pagina} totaal={resultaten.data.totaal} perPagina={perPagina} naarPagina={naarPagina} />
        </>
      )}
    </section>
  );
}
