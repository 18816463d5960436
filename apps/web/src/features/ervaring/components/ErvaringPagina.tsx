import type { ErvaringsmetingInvoer } from '@eenplan/contracts';
import { LaadFout } from '../../../shared/api/LaadFout';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { foutmelding, isApiFout, type ApiFout } from '../../../shared/api/http';
import { Alinea } from '../../../ui/Alinea';
import { Foutensamenvatting, type VeldFout } from '../../../ui/Foutensamenvatting';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Laden } from '../../../ui/Laden';
import { Melding } from '../../../ui/Melding';
import { PaginaOpbouw } from '../../../ui/PaginaOpbouw';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { useFocusNaNavigatie } from '../../../ui/useFocusNaNavigatie';
import type { Stelling } from '@eenplan/contracts';
import { ervaringSleutel, haalErvaring, stuurErvaring } from '../api/ervaring-api';
import '../ervaring.css';
import { StellingVraag } from './StellingVraag';

/** An answer: 1–5, null for "weet niet"; undefined while not chosen. */
type Antwoorden = Record<string, number | null | undefined>;

/** A link that cannot be used: unknown (404) or already used or expired (410). */
const isLinkFout = (fout: unknown): fout is ApiFout => isApiFout(fout, 404) || isApiFout(fout, 410);
/** On opening, an incomplete link (400) cannot be used either. */
const isOngeldigeLink = (fout: unknown): fout is ApiFout => isLinkFout(fout) || isApiFout(fout, 400);

/**
 * The household's own questionnaire (ervaringsmeting), opened from a link without logging in:
 * six statements, each 1 (helemaal niet) to 5 (helemaal wel) or "weet niet".
 */
export function ErvaringPagina() {
  const { token = '' } = useParams();
  const hoofdRef = useFocusNaNavigatie();
  const meting = useQuery({
    queryKey: ervaringSleutel(token),
    queryFn: ({ signal }) => haalErvaring(token, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const versturen = useMutation({ mutationFn: (antwoorden: ErvaringsmetingInvoer) => stuurErvaring(token, antwoorden) });
  const linkFout = isOngeldigeLink(meting.error) ? meting.error : isLinkFout(versturen.error) ? versturen.error : undefined;

  const titel = versturen.isSuccess ? 'Bedankt voor uw antwoorden' : linkFout ? linkKop(linkFout) : 'Hoe ervaart u de hulp?';
  usePaginaTitel(titel);

  return (
    <PaginaOpbouw hoofdRef={hoofdRef}>
      <div className="eenplan-ervaring">
        {versturen.isSuccess ? (
          <Bedankt />
        ) : linkFout ? (
          <LinkWerktNiet fout={linkFout} naVersturen={linkFout === versturen.error} />
        ) : (
          <>
            <Kop niveau={1}>Hoe ervaart u de hulp?</Kop>
            {meting.isPending ? (
              <Laden tekst="De vragen worden geladen…" />
            ) : meting.isError ? (
              <LaadFout tekst="De vragen konden niet worden geladen." fout={meting.error} opnieuw={meting.refetch} />
            ) : (
              <ErvaringVragen stellingen={meting.data.stellingen} bezig={versturen.isPending} fout={versturen.error} versturen={(a) => versturen.mutate(a)} />
            )}
          </>
        )}
      </div>
    </PaginaOpbouw>
  );
}

function linkKop(fout: ApiFout): string {
  return fout.status === 410 ? 'Deze link werkt niet meer' : 'Deze link werkt niet';
}

interface VragenlijstProps {
  stellingen: Stelling[];
  bezig: boolean;
  /** The error of the last attempt to send (a 404/410 is shown by the page itself). */
  fout: Error | null;
  versturen: (antwoorden: ErvaringsmetingInvoer) => void;
}

function ErvaringVragen({ stellingen, bezig, fout, versturen }: VragenlijstProps) {
  const [antwoorden, setAntwoorden] = useState<Antwoorden>({});
  const [veldfouten, setVeldfouten] = useState<Record<string, string>>({});
  const [poging, setPoging] = useState(0);

  // Errors of the API: per statement when it names one, else one general line.
  const apiFouten = isApiFout(fout, 400) ? (fout.probleem.fouten ?? []).filter((f) => stellingen.some((s) => s.id === f.veld)) : [];
  const algemeneFout = fout && !apiFouten.length ? foutmelding(fout) : undefined;
  const perStelling: Record<string, string> = { ...Object.fromEntries(apiFouten.map((f) => [f.veld, f.melding])), ...veldfouten };

  useEffect(() => {
    if (fout) setPoging((p) => p + 1);
  }, [fout]);

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPoging((p) => p + 1);
    const ontbreekt = stellingen.filter((s) => antwoorden[s.id] === undefined);
    if (ontbreekt.length) {
      setVeldfouten(
        Object.fromEntries(ontbreekt.map((s) => [s.id, `Kies een antwoord bij vraag ${stellingen.indexOf(s) + 1}. Weet u het niet? Kies dan "weet niet".`])),
      );
      return;
    }
    setVeldfouten({});
    versturen(Object.fromEntries(stellingen.map((s) => [s.id, antwoorden[s.id] ?? null])) as ErvaringsmetingInvoer);
  }

  const samenvatting: VeldFout[] = [
    ...stellingen.flatMap((s) => (perStelling[s.id] ? [{ veldId: `${s.id}-eerste`, melding: perStelling[s.id]! }] : [])),
    ...(algemeneFout ? [{ melding: algemeneFout }] : []),
  ];

  return (
    <>
      <Alinea inleiding>U krijgt hulp van één of meer hulpverleners. Wij willen graag weten hoe u die hulp ervaart. Zo kunnen wij de hulp beter maken.</Alinea>
      <Alinea>
        Hieronder staan {stellingen.length} zinnen. Kies bij elke zin een cijfer van 1 tot en met 5. Een 1 betekent: helemaal niet. Een 5 betekent: helemaal
        wel. Weet u het niet? Kies dan &quot;weet niet&quot;.
      </Alinea>
      <Alinea>
        Het invullen duurt ongeveer 2 minuten. U kunt deze vragen één keer invullen. Wij gebruiken de antwoorden alleen voor cijfers over alle huishoudens samen.
        Daarin bent u niet herkenbaar.
      </Alinea>
      <Foutensamenvatting
        titel={samenvatting.some((f) => f.veldId) ? 'Nog niet alles is ingevuld' : 'Uw antwoorden zijn niet verstuurd'}
        fouten={samenvatting}
        teller={poging}
      />
      <form className="utrecht-form eenplan-vragenlijst" noValidate onSubmit={verstuur} aria-label="Vragen over de hulp">
        {stellingen.map((stelling, i) => (
          <StellingVraag
            key={stelling.id}
            stelling={stelling}
            nummer={i + 1}
            aantal={stellingen.length}
            waarde={antwoorden[stelling.id]}
            // A missing answer stops being an error at the statement once chosen; the summary waits for the next attempt.
            fout={veldfouten[stelling.id] && antwoorden[stelling.id] !== undefined ? undefined : perStelling[stelling.id]}
            // The summary stays until the next attempt: one that changed while answering would take the focus away.
            bijKeuze={(waarde) => setAntwoorden((a) => ({ ...a, [stelling.id]: waarde }))}
          />
        ))}
        <div className="utrecht-button-group eenplan-knoppen">
          <Knop type="submit" soort="primary-action" bezig={bezig}>
            {bezig ? 'Bezig met versturen…' : 'Antwoorden versturen'}
          </Knop>
        </div>
      </form>
    </>
  );
}

/** After sending: focus on the heading, so screen readers start reading the thanks. */
function Bedankt() {
  const kopRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    kopRef.current?.focus();
  }, []);
  return (
    <>
      <h1 ref={kopRef} tabIndex={-1} className="utrecht-heading-1 eenplan-ervaring__kop">
        Bedankt voor uw antwoorden
      </h1>
      <Melding soort="ok" role="status">
        <p className="utrecht-paragraph">Uw antwoorden zijn verstuurd.</p>
      </Melding>
      <Alinea>U hoeft verder niets te doen. U kunt deze pagina nu sluiten.</Alinea>
      <Alinea>Wilt u nog iets vertellen over de hulp? Bespreek het dan met uw contactpersoon.</Alinea>
    </>
  );
}

function LinkWerktNiet({ fout, naVersturen }: { fout: ApiFout; naVersturen: boolean }) {
  const kopRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // After sending, the form (and the focused button) is gone: focus goes to the news. On
    // opening the link the page starts at the top as usual.
    if (naVersturen) kopRef.current?.focus();
  }, [naVersturen]);
  return (
    <>
      <h1 ref={kopRef} tabIndex={-1} className="utrecht-heading-1 eenplan-ervaring__kop">
        {linkKop(fout)}
      </h1>
      <Melding soort="warning">
        <p className="utrecht-paragraph">{foutmelding(fout)}</p>
      </Melding>
      <Alinea>Wilt u toch iets vertellen over de hulp? Bespreek het dan met uw contactpersoon. Die kan u zo nodig een nieuwe link geven.</Alinea>
    </>
  );
}
