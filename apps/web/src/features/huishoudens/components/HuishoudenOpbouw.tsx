import { REGIE_EINDE_REDEN_LABELS } from '@eenplan/contracts';
import { Link, NavLink, Outlet, useLocation, useParams } from 'react-router';
import { foutmelding, isApiFout } from '../../../shared/api/http';
import type { HuishoudenDetail } from '@eenplan/contracts';
import { wettenTekst } from '../../../shared/tekst/labels';
import { PlanStatusLabel } from '../../../shared/tekst/PlanStatusLabel';
import { regieTekst } from '../../../shared/tekst/regie-tekst';
import { Alinea } from '../../../ui/Alinea';
import { datumTekst } from '../../../ui/datum';
import { Gegevenslijst } from '../../../ui/Gegevenslijst';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Laden } from '../../../ui/Laden';
import { Melding } from '../../../ui/Melding';
import { StatusLabel } from '../../../ui/StatusLabel';
import { Uitkomst } from '../../../ui/Uitkomst';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { useHuishouden } from '../hooks/useHuishouden';

/** Navigation state the household page understands: news from the page before (registered). */
export interface HuishoudenMelding {
  melding?: string;
}

/** The frame of a household's file: who and where, the signals that matter, and the parts as tabs. */
export function HuishoudenOpbouw() {
  const { id = '' } = useParams();
  const huishouden = useHuishouden(id);
  const melding = (useLocation().state as HuishoudenMelding | null)?.melding;
  // With the household loaded, each tab sets its own title ("Tijdlijn — Huishouden Bongers").
  usePaginaTitel(huishouden.data ? undefined : huishouden.isError ? (isApiFout(huishouden.error, 404) ? 'Huishouden niet gevonden' : 'Er ging iets mis') : 'Huishouden laden');

  if (huishouden.isPending) return <Laden tekst="Huishouden laden…" />;
  if (huishouden.isError) {
    const nietGevonden = isApiFout(huishouden.error, 404);
    return (
      <>
        <Kop niveau={1}>{nietGevonden ? 'Huishouden niet gevonden' : 'Er ging iets mis'}</Kop>
        <Alinea>
          {nietGevonden
            ? 'Dit huishouden bestaat niet, of het is niet (meer) met u gedeeld. Een huishouden is zichtbaar voor de casemanager en voor het team, als het huishouden toestemming gaf.'
            : `Het huishouden kon niet worden geladen. ${foutmelding(huishouden.error)}`}
        </Alinea>
        {!nietGevonden && <Knop onClick={() => void huishouden.refetch()}>Opnieuw proberen</Knop>}
        <Alinea>
          <Link className="utrecht-link utrecht-link--html-a" to="/werkvoorraad">
            Naar de werkvoorraad
          </Link>
        </Alinea>
      </>
    );
  }
  const h = huishouden.data;
  return (
    <>
      <p className="utrecht-paragraph eenplan-terug">
        <Link className="utrecht-link utrecht-link--html-a" to="/werkvoorraad">
          Terug naar de werkvoorraad
        </Link>
      </p>
      <Kop niveau={1}>Huishouden {h.naam}</Kop>
      <Uitkomst tekst={melding} />
      <Kerngegevens huishouden={h} />
      <Signalen huishouden={h} />
      <Tabs huishouden={h} />
      <div className="eenplan-tabinhoud">
        <Outlet context={h} />
      </div>
    </>
  );
}

function Kerngegevens({ huishouden: h }: { huishouden: HuishoudenDetail }) {
  return (
    <Gegevenslijst
      className="eenplan-kerngegevens"
      items={[
        ['Adres', `${h.straat} ${h.huisnummer}, ${h.postcode} ${h.woonplaats}`],
        ['Gemeente', h.gemeente.naam],
        ['Casemanager', `${h.casemanager.naam} (${h.casemanager.organisatie})`],
        ['Plan van aanpak', h.plan ? <PlanStatusLabel status={h.plan.status} /> : 'Nog geen plan'],
        ['Regie', h.regie.actueel ? regieTekst(h.regie.actueel) : 'Geen regie-afspraak'],
        ['Wettelijke grondslag', h.grondslagen.length ? wettenTekst(h.grondslagen) : 'Nog niet vastgelegd'],
      ]}
    />
  );
}

function Signalen({ huishouden: h }: { huishouden: HuishoudenDetail }) {
  const laatsteSignaal = h.veiligheidssignalen[0];
  return (
    <>
      {h.status === 'afgesloten' && (
        <Melding soort="info">
          <p className="utrecht-paragraph">Dit dossier is afgesloten: het plan van aanpak is afgerond. U kunt alles nog nalezen.</p>
        </Melding>
      )}
      {h.complex && (
        <Melding soort={h.regie.actueel ? 'info' : 'warning'} className="eenplan-complex">
          <p className="utrecht-paragraph">
            <StatusLabel status={h.regie.actueel ? 'neutral' : 'warning'}>Complexe casus</StatusLabel> {waaromComplex(h)}{' '}
            {h.regie.actueel
              ? `De regie is afgesproken: ${regieTekst(h.regie.actueel)}.`
              : h.regie.historie[0]?.beeindigdReden
                ? `De regie-afspraak is beëindigd omdat ${REGIE_EINDE_REDEN_LABELS[h.regie.historie[0].beeindigdReden]}. Leg samen met het huishouden vast wie de regie nu heeft.`
                : h.mijnRechten.bewerken
                ? 'Er is nog geen regie-afspraak. Leg samen met het huishouden vast wie de regie heeft.'
                : 'Er is nog geen regie-afspraak; de casemanager legt die samen met het huishouden vast.'}
          </p>
          {!h.regie.actueel && h.mijnRechten.bewerken && (
            <p className="utrecht-paragraph">
              <Link className="utrecht-link utrecht-link--html-a" to={`/huishoudens/${h.id}/regie`}>
                Regie-afspraak vastleggen
              </Link>
            </p>
          )}
        </Melding>
      )}
      {h.regie.actueel?.evaluatieVerlopen && (
        <Melding soort="warning">
          <p className="utrecht-paragraph">De evaluatiedatum van de regie-afspraak ({datumTekst(h.regie.actueel.evaluatiedatum)}) is verstreken. Bespreek met het huishouden of de regie nog past.</p>
        </Melding>
      )}
      {laatsteSignaal && (
        <Melding soort="error" className="eenplan-veiligheid-melding">
          <p className="utrecht-paragraph">
            <strong>Veiligheid:</strong> er {h.veiligheidssignalen.length === 1 ? 'is een signaal' : `zijn ${h.veiligheidssignalen.length} signalen`} vastgelegd volgens de meldcode. Laatste: {datumTekst(laatsteSignaal.datum)}.{' '}
            <Link className="utrecht-link utrecht-link--html-a" to={`/huishoudens/${h.id}/veiligheid`}>
              Bekijk de signalen
            </Link>
          </p>
        </Melding>
      )}
    </>
  );
}

/** Why the API calls this case complex: goals on several leefgebieden, or several organisations at work. */
function waaromComplex(h: HuishoudenDetail): string {
  const leefgebieden = h.plan && h.plan.status !== 'afgesloten' ? new Set(h.plan.doelen.map((d) => d.leefgebied)).size : 0;
  const organisaties = new Set([h.casemanager.organisatie, ...h.team.filter((t) => t.actueel && t.soort === 'professional').map((t) => t.organisatie)]).size;
  const redenen = [
    ...(leefgebieden >= 2 ? [`het plan heeft doelen op ${leefgebieden} leefgebieden`] : []),
    ...(organisaties >= 2 ? [`er werken ${organisaties} organisaties mee`] : []),
  ];
  const zin = redenen.join(' en ') || 'meerdere leefgebieden of organisaties';
  return `${zin.charAt(0).toUpperCase()}${zin.slice(1)}.`;
}

function Tabs({ huishouden: h }: { huishouden: HuishoudenDetail }) {
  const basis = `/huishoudens/${h.id}`;
  const tabs: { naar: string; tekst: string; end?: boolean }[] = [
    { naar: basis, tekst: 'Plan van aanpak', end: true },
    { naar: `${basis}/team`, tekst: `Team en toestemming (${h.team.filter((t) => t.actueel).length})` },
    { naar: `${basis}/regie`, tekst: 'Regie en evaluatie' },
    { naar: `${basis}/veiligheid`, tekst: `Veiligheid (${h.veiligheidssignalen.length})` },
    { naar: `${basis}/bijdragen`, tekst: `Bijdragen (${h.bijdragen.length})` },
    { naar: `${basis}/tijdlijn`, tekst: 'Tijdlijn' },
    ...(h.mijnRechten.inzage ? [{ naar: `${basis}/inzage`, tekst: 'Wie heeft dit dossier ingezien' }] : []),
  ];
  return (
    <nav className="eenplan-tabs" aria-label="Onderdelen van het dossier">
      <ul className="eenplan-tabs__lijst">
        {tabs.map((tab) => (
          <li key={tab.naar} className="eenplan-tabs__item">
            <NavLink to={tab.naar} end={tab.end} className="eenplan-tabs__link">
              {tab.tekst}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
