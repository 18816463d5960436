import { REGIE_EINDE_REDEN_LABELS } from '@eenplan/contracts';
import { useState } from 'react';
import type { HuishoudenDetail } from '@eenplan/contracts';
import { Bevestiging } from '../../../shared/formulier/Bevestiging';
import { regieTekst } from '../../../shared/tekst/regie-tekst';
import { Alinea } from '../../../ui/Alinea';
import { datumTekst } from '../../../ui/datum';
import { Gegevenslijst } from '../../../ui/Gegevenslijst';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Melding } from '../../../ui/Melding';
import { StatusLabel } from '../../../ui/StatusLabel';
import { Uitkomst } from '../../../ui/Uitkomst';
import { useInPlaats } from '../../../ui/useInPlaats';
import { useBeeindigRegie } from '../hooks/team-wijzigingen';
import { RegieFormulier } from './RegieFormulier';

/** The current regie agreement, changing or ending it, and its history. */
export function RegieSectie({ huishouden }: { huishouden: HuishoudenDetail }) {
  const [uitkomst, setUitkomst] = useState<string>();
  const paneel = useInPlaats<'vastleggen' | 'beeindigen'>();
  const beeindig = useBeeindigRegie(huishouden.id);
  const { actueel, historie } = huishouden.regie;
  const bewerken = huishouden.mijnRechten.bewerken && huishouden.status === 'actief';
  const openen = (modus: 'vastleggen' | 'beeindigen') => {
    setUitkomst(undefined);
    paneel.open(modus);
  };

  return (
    <section aria-labelledby="regie-kop" className="eenplan-sectie" id="regie">
      <Kop niveau={2} id="regie-kop" tabIndex={-1}>
        Regie
      </Kop>
      <Alinea>
        Het huishouden houdt de regie, tenzij het dat (even) niet kan. Dan vraagt het iemand uit het netwerk of één professional, de regisseur, om de regie te voeren: altijd met medeweten en instemming van het
        huishouden.
      </Alinea>
      <Uitkomst tekst={uitkomst} />
      {actueel ? (
        <div className="eenplan-kaart">
          <Kop niveau={3} className="eenplan-kaart__kop">
            Huidige regie-afspraak
          </Kop>
          <Gegevenslijst
            items={[
              ['Regie bij', regieTekst(actueel)],
              ['Reden', actueel.reden],
              ['Sinds', datumTekst(actueel.startdatum)],
              [
                'Evalueren op',
                <>
                  {datumTekst(actueel.evaluatiedatum)} {actueel.evaluatieVerlopen && <StatusLabel status="danger">Datum verstreken</StatusLabel>}
                </>,
              ],
              ['Het huishouden stemt in', actueel.huishoudenAkkoord ? 'Ja' : 'Nee'],
            ]}
          />
          {bewerken && paneel.modus === undefined && (
            <div className="utrecht-button-group eenplan-knoppenrij">
              <Knop ref={paneel.knop('vastleggen')} onClick={() => openen('vastleggen')}>
                Andere regie-afspraak vastleggen
              </Knop>
              <Knop ref={paneel.knop('beeindigen')} soort="subtle" onClick={() => openen('beeindigen')}>
                Regie-afspraak beëindigen
              </Knop>
            </div>
          )}
          {paneel.modus === 'beeindigen' && (
            <Bevestiging
              id="regie-beeindigen"
              vraag="Regie-afspraak beëindigen? Er is daarna geen afspraak meer over wie de regie heeft; in een complexe casus hoort die er wel te zijn."
              bevestigTekst="Ja, regie-afspraak beëindigen"
              mutatie={beeindig}
              variabelen={{ regieId: actueel.id, versie: actueel.versie }}
              onGedaan={() => {
                setUitkomst('De regie-afspraak is beëindigd.');
                paneel.sluit();
                document.getElementById('regie-kop')?.focus();
              }}
              onAnnuleren={paneel.sluit}
            />
          )}
        </div>
      ) : (
        <Melding soort={huishouden.complex ? 'warning' : 'info'}>
          <p className="utrecht-paragraph">
            Er is geen regie-afspraak.
            {huishouden.complex ? ' Dit is een complexe casus: leg samen met het huishouden vast wie de regie heeft.' : ' Zonder afspraak houdt het huishouden zelf de regie.'}
          </p>
        </Melding>
      )}
      {bewerken && !actueel && paneel.modus === undefined && (
        <Knop ref={paneel.knop('vastleggen')} soort="primary-action" onClick={() => openen('vastleggen')}>
          Regie-afspraak vastleggen
        </Knop>
      )}
      {paneel.modus === 'vastleggen' && (
        <RegieFormulier
          huishouden={huishouden}
          onKlaar={(tekst) => {
            setUitkomst(tekst);
            paneel.sluit();
          }}
        />
      )}
      {historie.length > 0 && (
        <>
          <Kop niveau={3}>Eerdere regie-afspraken</Kop>
          <ul className="utrecht-unordered-list">
            {historie.map((r) => (
              <li key={r.id} className="utrecht-unordered-list__item">
                {regieTekst(r)}, van {datumTekst(r.startdatum)} tot {datumTekst(r.beeindigdOp)}. Reden: {r.reden}
                {r.beeindigdReden && ` Beëindigd omdat ${REGIE_EINDE_REDEN_LABELS[r.beeindigdReden]}.`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
