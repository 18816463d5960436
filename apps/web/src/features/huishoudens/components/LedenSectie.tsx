import { LID_ROL_LABELS, TWEEDE_HUISHOUDEN_REDEN_LABELS } from '@eenplan/contracts';
import type { HuishoudenDetail } from '@eenplan/contracts';
import { useState } from 'react';
import { Bevestiging } from '../../../shared/formulier/Bevestiging';
import { datumTekst } from '../../../ui/datum';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Bijschrift, Cel, KopCel, Rij, Tabel, TabelKop, TabelRomp } from '../../../ui/Tabel';
import { Uitkomst } from '../../../ui/Uitkomst';
import { useInPlaats } from '../../../ui/useInPlaats';
import { useVerwijderLid } from '../hooks/huishouden-wijzigingen';
import { LidFormulier } from './LidFormulier';

/** Which panel is open: a new member, or editing / removing the member with this id. */
type Modus = 'toevoegen' | `wijzigen:${string}` | `verwijderen:${string}`;

/**
 * The members; the BSN column only for those who may see it. Whoever may edit the file adds,
 * corrects and removes members here (a birth, a move, a wrong BSN); the timeline keeps every change.
 */
export function LedenSectie({ huishouden }: { huishouden: HuishoudenDetail }) {
  const { leden, mijnRechten } = huishouden;
  const paneel = useInPlaats<Modus>();
  const [uitkomst, setUitkomst] = useState<string>();
  const verwijder = useVerwijderLid(huishouden.id);
  const bewerken = mijnRechten.bewerken && huishouden.status !== 'afgesloten';
  const openen = (modus: Modus) => {
    setUitkomst(undefined);
    paneel.open(modus);
  };
  const klaar = (tekst?: string) => {
    setUitkomst(tekst);
    paneel.sluit();
  };
  const [soort, lidId] = (paneel.modus?.split(':') ?? []) as [string | undefined, string | undefined];
  const gekozen = leden.find((l) => l.id === lidId);

  return (
    <section aria-labelledby="leden-kop" className="eenplan-sectie">
      <Kop niveau={2} id="leden-kop" tabIndex={-1}>
        Leden van het huishouden
      </Kop>
      <Uitkomst tekst={uitkomst} />
      <Tabel className="eenplan-leden">
        <Bijschrift>{leden.length === 1 ? '1 lid' : `${leden.length} leden`}</Bijschrift>
        <TabelKop>
          <Rij>
            <KopCel>Naam</KopCel>
            <KopCel>Geboortedatum</KopCel>
            <KopCel>Rol</KopCel>
            {mijnRechten.bsnZien && <KopCel>BSN</KopCel>}
            {bewerken && <KopCel>Wijzigen</KopCel>}
          </Rij>
        </TabelKop>
        <TabelRomp>
          {leden.map((lid) => {
            const naam = `${lid.voornaam} ${lid.achternaam}`;
            return (
              <Rij key={lid.id}>
                <KopCel scope="row">{naam}</KopCel>
                <Cel>{datumTekst(lid.geboortedatum)}</Cel>
                <Cel>
                  {LID_ROL_LABELS[lid.rol]}
                  {lid.tweedeHuishoudenReden && (
                    <span className="eenplan-klein">
                      {' '}
                      (ook in een ander huishouden: {TWEEDE_HUISHOUDEN_REDEN_LABELS[lid.tweedeHuishoudenReden].toLowerCase()})
                    </span>
                  )}
                </Cel>
                {mijnRechten.bsnZien && <Cel>{lid.bsn ?? <span className="eenplan-klein">Niet bekend</span>}</Cel>}
                {bewerken && (
                  <Cel>
                    <div className="utrecht-button-group eenplan-knoppenrij">
                      <Knop soort="secondary-action" ref={paneel.knop(`wijzigen:${lid.id}`)} aria-label={`Gegevens van ${naam} wijzigen`} onClick={() => openen(`wijzigen:${lid.id}`)}>
                        Wijzigen
                      </Knop>
                      {leden.length > 1 && (
                        <Knop
                          soort="subtle"
                          ref={paneel.knop(`verwijderen:${lid.id}`)}
                          aria-label={`${naam} uit het huishouden verwijderen`}
                          aria-expanded={paneel.modus === `verwijderen:${lid.id}`}
                          onClick={() => openen(`verwijderen:${lid.id}`)}
                        >
                          Verwijderen
                        </Knop>
                      )}
                    </div>
                  </Cel>
                )}
              </Rij>
            );
          })}
        </TabelRomp>
      </Tabel>

      {bewerken && soort === 'wijzigen' && gekozen && <LidFormulier key={gekozen.id} huishouden={huishouden} lid={gekozen} onKlaar={klaar} />}
      {bewerken && soort === 'verwijderen' && gekozen && (
        <Bevestiging
          id={`lid-${gekozen.id}-verwijderen`}
          vraag={`Weet u zeker dat ${gekozen.voornaam} ${gekozen.achternaam} niet meer bij dit huishouden hoort? In de tijdlijn blijft zichtbaar dat dit lid erbij hoorde.`}
          bevestigTekst="Ja, lid verwijderen"
          mutatie={verwijder}
          variabelen={{ lidId: gekozen.id, versie: gekozen.versie }}
          onGedaan={() => {
            setUitkomst(`${gekozen.voornaam} ${gekozen.achternaam} hoort niet meer bij het huishouden.`);
            paneel.sluit();
            document.getElementById('leden-kop')?.focus();
          }}
          onAnnuleren={paneel.sluit}
        />
      )}
      {bewerken &&
        (paneel.modus === 'toevoegen' ? (
          <LidFormulier huishouden={huishouden} onKlaar={klaar} />
        ) : (
          <Knop ref={paneel.knop('toevoegen')} soort="secondary-action" onClick={() => openen('toevoegen')}>
            Lid toevoegen
          </Knop>
        ))}
    </section>
  );
}
