import type { PubliekeTabel } from '@eenplan/contracts';
import { Alinea } from '../../../ui/Alinea';
import { Kop } from '../../../ui/Kop';
import { Bijschrift, Cel, KopCel, Rij, Tabel, TabelKop, TabelRomp } from '../../../ui/Tabel';
import { klassen } from '../../../ui/klassen';
import { VisueelVerborgen } from '../../../ui/VisueelVerborgen';
import { downloadAdres } from '../api/rapportages-api';
import { useMarkeringen } from '../onthullingsregels';
import { markeringenIn, periodeLabel, regioRij } from '../weergave';
import { useSvgId } from './Arcering';
import { CelInhoud } from './CelInhoud';

/** One published table: gemeenten and the region in rows, categories in columns, with its CSV. */
export function RapportTabel({ periode, tabel, naarUitleg }: { periode: string; tabel: PubliekeTabel; naarUitleg: () => void }) {
  const kopId = useSvgId(`tabel-${tabel.id}`);
  const regio = regioRij(tabel);
  const markeringen = markeringenIn(tabel);
  const tekens = useMarkeringen();
  return (
    <section className="eenplan-rapporttabel" aria-labelledby={kopId}>
      <Kop niveau={3} id={kopId}>
        {tabel.titel}
      </Kop>
      <Alinea>{tabel.toelichting}</Alinea>
      <Tabel className="eenplan-rapporttabel__tabel">
        <Bijschrift>
          {tabel.titel}, {periodeLabel(periode)}
        </Bijschrift>
        <TabelKop>
          <Rij>
            <KopCel>Gemeente</KopCel>
            {tabel.kolommen.map((kolom) => (
              <KopCel key={kolom} className="utrecht-table__cell--numeric-column">
                {kolom}
              </KopCel>
            ))}
          </Rij>
        </TabelKop>
        <TabelRomp>
          {tabel.rijen.map((rij, r) => (
            <Rij key={rij} className={klassen(r === regio && 'eenplan-rapporttabel__regio')}>
              <KopCel scope="row">{rij}</KopCel>
              {tabel.kolommen.map((kolom, k) => (
                <Cel key={kolom} className="utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data">
                  <CelInhoud cel={tabel.cellen[r]?.[k]} />
                </Cel>
              ))}
            </Rij>
          ))}
        </TabelRomp>
      </Tabel>
      {markeringen.length > 0 && (
        <p className="utrecht-paragraph eenplan-rapporttabel__legenda">
          {markeringen.map((m) => (
            <span key={m} className="eenplan-rapporttabel__legenda-item">
              <strong>{tekens[m].teken}</strong> = {tekens[m].kort}.{' '}
            </span>
          ))}
          <a
            className="utrecht-link utrecht-link--html-a"
            href="#zo-leest-u-de-cijfers"
            onClick={(e) => {
              e.preventDefault();
              naarUitleg();
            }}
          >
            Waarom laten we cijfers weg?
          </a>
        </p>
      )}
      <p className="utrecht-paragraph eenplan-rapporttabel__download">
        <a className="utrecht-link utrecht-link--html-a" href={downloadAdres(periode, tabel.id, 'csv')} download>
          Download als CSV voor Excel<VisueelVerborgen>: {tabel.titel}</VisueelVerborgen>
        </a>
        {' · '}
        <a className="utrecht-link utrecht-link--html-a" href={downloadAdres(periode, tabel.id, 'json')} download>
          als JSON<VisueelVerborgen>: {tabel.titel}</VisueelVerborgen>
        </a>
      </p>
    </section>
  );
}
