import type { PubliekeTabel, Release } from '@eenplan/contracts';
import { useState } from 'react';
import { foutmelding } from '../../../shared/api/http';
import { Alinea } from '../../../ui/Alinea';
import { Kop } from '../../../ui/Kop';
import { Laden } from '../../../ui/Laden';
import { Melding } from '../../../ui/Melding';
import { cel, isVijfpuntsschaal, kolomInZin, maatVan, periodeKort, periodeLabel, regioRij, standaardKolom } from '../weergave';
import { GemeenteVergelijking } from './GemeenteVergelijking';
import { Keuzelijst } from './Keuzelijst';
import { TrendGrafiek } from './TrendGrafiek';

export interface GrafiekenProps {
  release: Release;
  /** The published quarters, oldest first. */
  kwartalen: { releases: Release[]; bezig: boolean; fout: Error | undefined };
  naarUitleg: () => void;
}

/** Both charts for one chosen table and column: the trend per quarter and the gemeenten compared. */
export function Grafieken({ release, kwartalen, naarUitleg }: GrafiekenProps) {
  const [tabelKeuze, setTabelKeuze] = useState<string>();
  const [kolomKeuze, setKolomKeuze] = useState<string>();

  const tabel = release.tabellen.find((t) => t.id === tabelKeuze) ?? release.tabellen[0];
  if (!tabel) return null;
  const kolom = kolomKeuze && tabel.kolommen.includes(kolomKeuze) ? kolomKeuze : standaardKolom(tabel);
  const regio = regioRij(tabel);

  const reeks = kwartalen.releases.map((r) => {
    const t: PubliekeTabel | undefined = r.tabellen.find((x) => x.id === tabel.id);
    return { periode: r.periode, cel: t ? cel(t, regioRij(t), kolom) : undefined };
  });
  const gemeenten = tabel.rijen.flatMap((gemeente, r) => (r === regio ? [] : [{ gemeente, cel: cel(tabel, r, kolom) }]));
  const maat = maatVan([...gemeenten.map((g) => g.cel), ...reeks.map((p) => p.cel)], isVijfpuntsschaal(tabel, kolom));
  const wat = kolom.toLowerCase() === 'totaal' ? tabel.titel : `${tabel.titel}: ${kolomInZin(kolom)}`;
  const eerste = reeks[0];
  const laatste = reeks[reeks.length - 1];

  return (
    <section aria-labelledby="grafieken-kop" className="eenplan-rapportsectie">
      <Kop niveau={2} id="grafieken-kop">
        Grafieken
      </Kop>
      <div className="eenplan-grafiekkeuze">
        <Keuzelijst
          id="grafiek-tabel"
          label="Tabel"
          waarde={tabel.id}
          bijKeuze={(id) => {
            setTabelKeuze(id);
            setKolomKeuze(undefined);
          }}
          opties={release.tabellen.map((t) => ({ waarde: t.id, tekst: t.titel }))}
        />
        {tabel.kolommen.length > 1 && (
          <Keuzelijst id="grafiek-kolom" label="Kolom" waarde={kolom} bijKeuze={setKolomKeuze} opties={tabel.kolommen.map((k) => ({ waarde: k, tekst: k }))} />
        )}
      </div>

      <Kop niveau={3}>Verloop per kwartaal in de regio</Kop>
      {kwartalen.bezig ? (
        <Laden tekst="Kwartaalcijfers laden…" />
      ) : kwartalen.fout ? (
        <Melding soort="error" role="alert">
          <p className="utrecht-paragraph">Niet alle kwartaalcijfers konden worden geladen. {foutmelding(kwartalen.fout)}</p>
        </Melding>
      ) : !eerste || !laatste ? (
        <Alinea>Er zijn nog geen kwartaalcijfers gepubliceerd. Het verloop verschijnt zodra dat wel zo is.</Alinea>
      ) : (
        <>
          {reeks.length === 1 && <Alinea>Er is pas één kwartaal gepubliceerd. Vanaf twee kwartalen ziet u hier een lijn.</Alinea>}
          <TrendGrafiek
            titel={`${wat}, regio, ${reeks.length === 1 ? periodeKort(eerste.periode) : `${periodeKort(eerste.periode)} tot en met ${periodeKort(laatste.periode)}`}`}
            kolom={kolom}
            reeks={reeks}
            maat={maat}
            naarUitleg={naarUitleg}
          />
        </>
      )}

      <Kop niveau={3}>Gemeenten vergeleken</Kop>
      <GemeenteVergelijking titel={`${wat}, per gemeente, ${periodeLabel(release.periode)}`} kolom={kolom} gemeenten={gemeenten} maat={maat} naarUitleg={naarUitleg} />
    </section>
  );
}
