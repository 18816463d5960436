import { REGIE_HOUDER_LABELS } from '@eenplan/contracts';
import { LaadFout } from '../../../shared/api/LaadFout';
import { Link } from 'react-router';
import { PlanStatusLabel } from '../../../shared/tekst/PlanStatusLabel';
import { datumTekst } from '../../../ui/datum';
import { Kop } from '../../../ui/Kop';
import { Laden } from '../../../ui/Laden';
import { Paginering } from '../../../ui/Paginering';
import { Bijschrift, Cel, KopCel, Rij, Tabel, TabelKop, TabelRomp } from '../../../ui/Tabel';
import { useWerkvoorraad } from '../hooks/useWerkvoorraad';

export function WerkvoorraadTabel({ pagina, perPagina, naarPagina }: { pagina: number; perPagina: number; naarPagina: (pagina: number) => string }) {
  const werkvoorraad = useWerkvoorraad(pagina, perPagina);

  if (werkvoorraad.isPending) return <Laden tekst="Werkvoorraad laden…" />;
  if (werkvoorraad.isError) {
    return (
      <LaadFout tekst="De werkvoorraad kon niet worden geladen." fout={werkvoorraad.error} opnieuw={werkvoorraad.refetch} />
    );
  }
  // The page shown is the page of the data (while the next page loads, the previous one stays).
  const { items, totaal, pagina: getoond } = werkvoorraad.data;
  return (
    <section aria-labelledby="werkvoorraad-kop">
      <Kop niveau={2} id="werkvoorraad-kop">
        Uw huishoudens
      </Kop>
      {items.length === 0 ? (
        <p className="utrecht-paragraph">Er staan nog geen huishoudens in uw werkvoorraad.</p>
      ) : (
        <>
          <Tabel className="eenplan-werkvoorraad" aria-busy={werkvoorraad.isPlaceholderData || undefined}>
            <Bijschrift>
              {totaal === 1 ? '1 huishouden' : `${totaal} huishoudens`}, wat aandacht vraagt eerst
              {totaal > perPagina ? ` (pagina ${getoond})` : ''}
            </Bijschrift>
            <TabelKop>
              <Rij>
                <KopCel>Huishouden</KopCel>
                <KopCel>Plan van aanpak</KopCel>
                <KopCel>Regie</KopCel>
                <KopCel>Aandacht nodig</KopCel>
                <KopCel>Mijn open acties</KopCel>
                <KopCel>Volgende evaluatie</KopCel>
              </Rij>
            </TabelKop>
            <TabelRomp>
              {items.map((item) => (
                <Rij key={item.huishouden.id}>
                  <KopCel scope="row">
                    <Link className="utrecht-link utrecht-link--html-a eenplan-huishoudenlink" to={`/huishoudens/${item.huishouden.id}`}>
                      {item.huishouden.naam}
                    </Link>
                    <span className="eenplan-klein">
                      {item.huishouden.postcode} {item.huishouden.woonplaats}
                      {item.huishouden.woonplaats !== item.huishouden.gemeente ? ` (${item.huishouden.gemeente})` : ''}
                    </span>
                  </KopCel>
                  <Cel>{item.plan ? <PlanStatusLabel status={item.plan.status} /> : 'Geen plan'}</Cel>
                  <Cel>{item.regie ? REGIE_HOUDER_LABELS[item.regie] : 'Geen afspraak'}</Cel>
                  <Cel>
                    {item.signalen.length ? (
                      <ul className="utrecht-unordered-list eenplan-signalen">
                        {item.signalen.map((signaal) => (
                          <li key={signaal.soort} className="utrecht-unordered-list__item eenplan-signalen__item">
                            {signaal.tekst}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="eenplan-klein">Niets</span>
                    )}
                  </Cel>
                  <Cel>{item.mijnOpenActies}</Cel>
                  <Cel>{item.volgendeEvaluatie ? datumTekst(item.volgendeEvaluatie) : '—'}</Cel>
                </Rij>
              ))}
            </TabelRomp>
          </Tabel>
          <Paginering label="Pagina's van de werkvoorraad" pagina={getoond} totaal={totaal} perPagina={perPagina} naarPagina={naarPagina} />
        </>
      )}
    </section>
  );
}
