import { MELDCODE_STAP_LABELS, MELDCODE_STAPPEN, veiligheidssignaalSchema, type MeldcodeStap } from '@eenplan/contracts';
import { useState } from 'react';
import type { HuishoudenDetail } from '@eenplan/contracts';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { useDossier } from '../../../shared/huishouden/useDossier';
import { Alinea } from '../../../ui/Alinea';
import { datumTekst, vandaag } from '../../../ui/datum';
import { Keuzelijst } from '../../../ui/Keuzelijst';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Melding } from '../../../ui/Melding';
import { Tekstvak } from '../../../ui/Tekstvak';
import { Tekstveld } from '../../../ui/Tekstveld';
import { Uitkomst } from '../../../ui/Uitkomst';
import { useInPlaats } from '../../../ui/useInPlaats';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { useLegVeiligheidssignaalVast } from '../hooks/team-wijzigingen';

/** Safety: meldcode steps recorded by anyone in the team, visible to the whole team. */
export function VeiligheidTab() {
  const huishouden = useDossier();
  usePaginaTitel(`Veiligheid — Huishouden ${huishouden.naam}`);
  const [uitkomst, setUitkomst] = useState<string>();
  const nieuw = useInPlaats<'vastleggen'>();

  return (
    <section aria-labelledby="veiligheid-kop" className="eenplan-sectie">
      <Kop niveau={2} id="veiligheid-kop" tabIndex={-1}>
        Veiligheid
      </Kop>
      <Alinea>
        Ziet u acute of structurele onveiligheid? Benoem het en volg de meldcode huiselijk geweld en kindermishandeling. Leg elke stap hier vast: het hele team ziet het.
      </Alinea>
      <Melding soort="info">
        <p className="utrecht-paragraph">Bij acuut gevaar: bel 112. Advies of melden: Veilig Thuis, telefoon 0800-2000 (gratis, dag en nacht).</p>
      </Melding>
      <Uitkomst tekst={uitkomst} />
      {huishouden.veiligheidssignalen.length === 0 ? (
        <Alinea>Er zijn geen veiligheidssignalen vastgelegd.</Alinea>
      ) : (
        <ul className="eenplan-lijst-kaarten" aria-label="Vastgelegde signalen, nieuwste eerst">
          {huishouden.veiligheidssignalen.map((s) => (
            <li key={s.id} className="eenplan-kaart">
              <Kop niveau={3} className="eenplan-kaart__kop">
                {MELDCODE_STAP_LABELS[s.stap]}
              </Kop>
              <p className="utrecht-paragraph eenplan-klein">
                {datumTekst(s.datum)}, vastgelegd door {s.vastgelegdDoor} ({s.organisatie})
              </p>
              {s.toelichting && <p className="utrecht-paragraph eenplan-meerdere-regels">{s.toelichting}</p>}
            </li>
          ))}
        </ul>
      )}
      {huishouden.mijnRechten.bijdragen &&
        (nieuw.modus === 'vastleggen' ? (
          <SignaalFormulier
            huishouden={huishouden}
            onKlaar={(tekst) => {
              setUitkomst(tekst);
              nieuw.sluit();
            }}
          />
        ) : (
          <Knop
            ref={nieuw.knop('vastleggen')}
            soort="primary-action"
            onClick={() => {
              setUitkomst(undefined);
              nieuw.open('vastleggen');
            }}
          >
            Veiligheidssignaal vastleggen
          </Knop>
        ))}
    </section>
  );
}

function SignaalFormulier({ huishouden, onKlaar }: { huishouden: HuishoudenDetail; onKlaar: (uitkomst?: string) => void }) {
  const formulier = useFormulier();
  const legVast = useLegVeiligheidssignaalVast(huishouden.id);
  const [stap, setStap] = useState<MeldcodeStap | ''>('');
  const [datum, setDatum] = useState(vandaag());
  const [toelichting, setToelichting] = useState('');

  function verstuur() {
    const invoer = formulier.controleer(veiligheidssignaalSchema, { stap: stap || undefined, datum, toelichting: toelichting.trim() || undefined });
    if (!invoer) return;
    legVast.mutate(invoer, { onSuccess: () => onKlaar('Het veiligheidssignaal is vastgelegd. Het hele team ziet het.'), onError: formulier.verwerkFout });
  }

  return (
    <Formulier
      id="signaal"
      titel="Veiligheidssignaal vastleggen"
      kopNiveau={3}
      foutTitel="Het signaal is nog niet vastgelegd"
      formulier={formulier}
      velden={[
        ['stap', 'signaal-stap'],
        ['datum', 'signaal-datum'],
        ['toelichting', 'signaal-toelichting'],
      ]}
      onVerstuur={verstuur}
      verstuurTekst="Signaal vastleggen"
      bezig={legVast.isPending}
      onAnnuleren={() => onKlaar()}
    >
      <Keuzelijst id="signaal-stap" label="Stap van de meldcode" leegTekst="Kies de stap" value={stap} onChange={(e) => setStap(e.target.value as MeldcodeStap)} fout={formulier.veldfouten.stap} autoFocus>
        {MELDCODE_STAPPEN.map((s) => (
          <option key={s} value={s}>
            {MELDCODE_STAP_LABELS[s]}
          </option>
        ))}
      </Keuzelijst>
      <Tekstveld id="signaal-datum" type="date" label="Datum" className="eenplan-veld--kort" max={vandaag()} value={datum} onChange={(e) => setDatum(e.target.value)} fout={formulier.veldfouten.datum} />
      <Tekstvak
        id="signaal-toelichting"
        label="Toelichting (niet verplicht)"
        omschrijving="Wat heeft u gezien of gehoord, en wat is er afgesproken? Feitelijk, zoals u het ook met het huishouden bespreekt."
        value={toelichting}
        maxLength={2000}
        onChange={(e) => setToelichting(e.target.value)}
        fout={formulier.veldfouten.toelichting}
      />
    </Formulier>
  );
}
