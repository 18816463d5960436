import { STANDAARD_ONTHULLINGSREGELS, type Release, type ReleaseOverzicht } from '@eenplan/contracts';
import { LaadFout } from '../../../shared/api/LaadFout';
import { useRef, useState, type Ref } from 'react';
import { useSearchParams } from 'react-router';
import { Alinea } from '../../../ui/Alinea';
import { Kop } from '../../../ui/Kop';
import { Laden } from '../../../ui/Laden';
import { Melding } from '../../../ui/Melding';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { useRechten } from '../../auth';
import { useKwartaalreeks, useMeesteCijfers, useRelease, useReleases } from '../hooks/useReleases';
import { OnthullingsRegelsContext } from '../onthullingsregels';
import { periodeLabel, tijdstipLabel } from '../weergave';
import '../rapportages.css';
import { Grafieken } from './Grafieken';
import { Keuzelijst } from './Keuzelijst';
import { RapportTabel } from './RapportTabel';
import { ReleasePublicerenFormulier } from './ReleasePublicerenFormulier';
import { ZoLeestUDeCijfers } from './ZoLeestUDeCijfers';

/**
 * The beleid dashboard: the published, anonymised figures for thema 2 per gemeente and
 * period, as tables (with CSV) and two charts, and publishing the figures of a period that ended.
 */
export function RapportagesPagina() {
  usePaginaTitel('Rapportages');
  const magPubliceren = useRechten().can('create', 'Rapportage');
  const releases = useReleases();
  const [zoekParameters, setZoekParameters] = useSearchParams();
  const [gepubliceerd, setGepubliceerd] = useState<string>();
  const uitlegRef = useRef<HTMLHeadingElement>(null);

  const lijst = releases.data ?? [];
  const gevraagd = zoekParameters.get('periode');
  const meeste = useMeesteCijfers(lijst);
  const standaard = lijst.find((r) => r.periode === meeste?.periode) ?? lijst[0];
  const gekozen = lijst.find((r) => r.periode === gevraagd) ?? standaard;
  // Said only when the dashboard chose: why this period and not simply the newest.
  const waarom =
    !gevraagd && standaard && meeste && meeste.cijfers >= 0
      ? `U ziet ${periodeLabel(standaard.periode)}: van de nieuwste publicaties laat die de meeste cijfers zien (${meeste.cijfers}). In een kortere periode zijn er per gemeente vaak te weinig huishoudens om cijfers te tonen.`
      : undefined;

  function naarUitleg() {
    uitlegRef.current?.focus({ preventScroll: true });
    uitlegRef.current?.scrollIntoView({ block: 'start' });
  }

  function kiesPeriode(periode: string) {
    setGepubliceerd(undefined);
    setZoekParameters({ periode }, { replace: true, preventScrollReset: true });
  }

  function bijGepubliceerd(release: Release) {
    setGepubliceerd(`De cijfers over ${periodeLabel(release.periode)} zijn gepubliceerd. U ziet ze nu hieronder.`);
    setZoekParameters({ periode: release.periode }, { replace: true, preventScrollReset: true });
  }

  return (
    <>
      <Kop niveau={1}>Rapportages</Kop>
      <Alinea inleiding>
        Geanonimiseerde cijfers over thema 2: krijgen huishoudens één plan voor al hun leefgebieden, is er een afspraak over de regie, en hoe ervaren zij de
        hulp? Per gemeente en voor de hele regio, per kwartaal of jaar.
      </Alinea>

      {/* Always in the page, so screen readers announce the news after publishing. */}
      <div className="eenplan-uitkomst" role="status">
        {gepubliceerd && (
          <Melding soort="ok">
            <p className="utrecht-paragraph">{gepubliceerd}</p>
          </Melding>
        )}
      </div>

      {releases.isPending ? (
        <Laden tekst="Publicaties laden…" />
      ) : releases.isError ? (
        <LaadFout tekst="De publicaties konden niet worden geladen." fout={releases.error} opnieuw={releases.refetch} />
      ) : !gekozen ? (
        <Melding soort="info">
          <p className="utrecht-paragraph">
            Er zijn nog geen cijfers gepubliceerd.
            {magPubliceren ? ' Publiceer hieronder de cijfers van een kwartaal of jaar dat voorbij is.' : ' Zodra er cijfers zijn gepubliceerd, ziet u ze hier.'}
          </p>
        </Melding>
      ) : (
        <Dashboard lijst={lijst} gekozen={gekozen} waarom={waarom} kiesPeriode={kiesPeriode} uitlegRef={uitlegRef} naarUitleg={naarUitleg} />
      )}

      {magPubliceren && !releases.isPending && <ReleasePublicerenFormulier kopId="publiceren-kop" bijGepubliceerd={bijGepubliceerd} />}
    </>
  );
}

interface DashboardProps {
  lijst: ReleaseOverzicht[];
  gekozen: ReleaseOverzicht;
  waarom: string | undefined;
  kiesPeriode: (periode: string) => void;
  uitlegRef: Ref<HTMLHeadingElement>;
  naarUitleg: () => void;
}

function Dashboard({ lijst, gekozen, waarom, kiesPeriode, uitlegRef, naarUitleg }: DashboardProps) {
  const release = useRelease(gekozen.periode);
  const kwartalen = useKwartaalreeks(lijst);

  return (
    <OnthullingsRegelsContext value={release.data?.regels ?? STANDAARD_ONTHULLINGSREGELS}>
      <div className="eenplan-periodekeuze">
        <Keuzelijst
          id="gekozen-periode"
          label="Toon de cijfers over"
          waarde={gekozen.periode}
          bijKeuze={kiesPeriode}
          opties={lijst.map((r, i) => ({ waarde: r.periode, tekst: `${periodeLabel(r.periode)}${i === 0 ? ' (nieuwste)' : ''}` }))}
          aria-describedby="gekozen-periode-gegevens"
        />
        <p id="gekozen-periode-gegevens" className="utrecht-paragraph eenplan-periodekeuze__gegevens">
          {waarom && <>{waarom} </>}
          Gepubliceerd op {tijdstipLabel(gekozen.gepubliceerdOp)}. Controlegetal: <code className="eenplan-controlegetal">{gekozen.hash.slice(0, 12)}</code>
        </p>
      </div>

      <ZoLeestUDeCijfers kopRef={uitlegRef} />

      {release.isPending ? (
        <Laden tekst={`Cijfers over ${periodeLabel(gekozen.periode)} laden…`} />
      ) : release.isError ? (
        <LaadFout tekst={`De cijfers over ${periodeLabel(gekozen.periode)} konden niet worden geladen.`} fout={release.error} opnieuw={release.refetch} />
      ) : (
        <>
          {release.isPlaceholderData && <Laden tekst={`Cijfers over ${periodeLabel(gekozen.periode)} laden…`} />}
          <Grafieken release={release.data} kwartalen={kwartalen} naarUitleg={naarUitleg} />
          <section aria-labelledby="tabellen-kop" className="eenplan-rapportsectie">
            <Kop niveau={2} id="tabellen-kop">
              Tabellen over {periodeLabel(release.data.periode)}
            </Kop>
            {release.data.tabellen.length === 0 ? (
              <Alinea>Deze publicatie bevat geen tabellen.</Alinea>
            ) : (
              release.data.tabellen.map((tabel) => <RapportTabel key={tabel.id} periode={release.data.periode} tabel={tabel} naarUitleg={naarUitleg} />)
            )}
          </section>
        </>
      )}
    </OnthullingsRegelsContext>
  );
}
