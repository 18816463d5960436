import { LaadFout } from '../../../shared/api/LaadFout';
import { useDossier } from '../../../shared/huishouden/useDossier';
import { Alinea } from '../../../ui/Alinea';
import { tijdstipTekst } from '../../../ui/datum';
import { Kop } from '../../../ui/Kop';
import { Laden } from '../../../ui/Laden';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { useTijdlijn } from '../hooks/useTijdlijn';
import { beschrijf } from './tijdlijn-tekst';

/** Every change to the file, newest first: who, when, what (BSN values never shown). */
export function TijdlijnTab() {
  const huishouden = useDossier();
  usePaginaTitel(`Tijdlijn — Huishouden ${huishouden.naam}`);
  const tijdlijn = useTijdlijn(huishouden.id);
  return (
    <section aria-labelledby="tijdlijn-kop" className="eenplan-sectie">
      <Kop niveau={2} id="tijdlijn-kop">
        Tijdlijn
      </Kop>
      <Alinea>Alle wijzigingen in dit dossier, de nieuwste eerst. Een BSN wordt hier nooit getoond, alleen dat het is vastgelegd of gewijzigd.</Alinea>
      {tijdlijn.isPending ? (
        <Laden tekst="Tijdlijn laden…" />
      ) : tijdlijn.isError ? (
        <LaadFout tekst="De tijdlijn kon niet worden geladen." fout={tijdlijn.error} opnieuw={tijdlijn.refetch} />
      ) : tijdlijn.data.length === 0 ? (
        <Alinea>Er is nog niets vastgelegd.</Alinea>
      ) : (
        <ol className="eenplan-tijdlijn" aria-label="Wijzigingen, nieuwste eerst">
          {tijdlijn.data.map((regel) => {
            const { kop, details } = beschrijf(regel);
            return (
              <li key={regel.id} className="eenplan-tijdlijn__item">
                <p className="utrecht-paragraph eenplan-tijdlijn__wat">{kop}</p>
                <p className="utrecht-paragraph eenplan-klein">
                  <time dateTime={regel.tijdstip}>{tijdstipTekst(regel.tijdstip)}</time> door {regel.door.naam} ({regel.door.organisatie})
                </p>
                {details.length > 0 && (
                  <ul className="utrecht-unordered-list eenplan-tijdlijn__details">
                    {details.map((detail, i) => (
                      <li key={i} className="utrecht-unordered-list__item">
                        {detail}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
