import {
  LID_ROL_LABELS,
  LID_ROLLEN,
  MELDING_BSN_IN_ANDER_HUISHOUDEN,
  nieuwHuishoudenSchema,
  TWEEDE_HUISHOUDEN_REDEN_LABELS,
  TWEEDE_HUISHOUDEN_REDENEN,
  type LidRol,
  type TweedeHuishoudenReden,
} from '@eenplan/contracts';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Link, useNavigate } from 'react-router';
import { nieuweIdempotentieSleutel } from '../../../shared/api/http';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { Alinea } from '../../../ui/Alinea';
import { vandaag } from '../../../ui/datum';
import { Keuzelijst } from '../../../ui/Keuzelijst';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Tekstveld } from '../../../ui/Tekstveld';
import { Uitkomst } from '../../../ui/Uitkomst';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { useHuidigeGebruiker } from '../../auth';
import { useRegistreerHuishouden } from '../hooks/useRegistreerHuishouden';
import { AdresVelden } from './AdresVelden';
import type { HuishoudenMelding } from './HuishoudenOpbouw';

interface LidInvoer {
  /** Stable per member, so field ids and React keys survive removing another member. */
  sleutel: number;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  rol: LidRol | '';
  bsn: string;
  /** Only asked for once the API said this BSN is in another active household. */
  tweedeHuishoudenReden: TweedeHuishoudenReden | '';
}

const LID_VELDEN = ['voornaam', 'achternaam', 'geboortedatum', 'rol', 'bsn', 'tweedeHuishoudenReden'] as const;
const leegLid = (sleutel: number): LidInvoer => ({ sleutel, voornaam: '', achternaam: '', geboortedatum: '', rol: '', bsn: '', tweedeHuishoudenReden: '' });

/** Register a household with its members; it starts with a concept plan van aanpak. */
export function RegistrerenPagina() {
  usePaginaTitel('Huishouden registreren');
  const gemeenten = useHuidigeGebruiker().data?.gemeenten ?? [];
  const registreer = useRegistreerHuishouden();
  const navigate = useNavigate();
  const formulier = useFormulier();
  const volgendeSleutel = useRef(2);
  const toevoegenRef = useRef<HTMLButtonElement>(null);
  // One key for this form, kept when it is sent again (a double click, a retry after a lost
  // answer), so the API registers the household once. A refused registration stores nothing,
  // so the corrected form may send the same key.
  const [idempotentieSleutel] = useState(nieuweIdempotentieSleutel);

  const [gemeenteId, setGemeenteId] = useState(gemeenten.length === 1 ? gemeenten[0]!.id : '');
  const [adres, setAdres] = useState({ straat: '', huisnummer: '', postcode: '', woonplaats: '' });
  const [leden, setLeden] = useState<LidInvoer[]>([leegLid(1)]);
  const [uitkomst, setUitkomst] = useState<string>();

  const wijzigLid = (sleutel: number, veld: (typeof LID_VELDEN)[number], waarde: string) =>
    setLeden((huidig) => huidig.map((lid) => (lid.sleutel === sleutel ? { ...lid, [veld]: waarde } : lid)));

  function lidToevoegen() {
    const sleutel = volgendeSleutel.current++;
    // Rendered at once, so focus moves to the new member's first field within the click itself.
    flushSync(() => {
      setLeden((huidig) => [...huidig, leegLid(sleutel)]);
      setUitkomst(undefined);
    });
    document.getElementById(`lid-${sleutel}-voornaam`)?.focus();
  }

  function lidVerwijderen(sleutel: number, nummer: number) {
    setLeden((huidig) => huidig.filter((lid) => lid.sleutel !== sleutel));
    formulier.wis();
    setUitkomst(`Lid ${nummer} is uit het formulier gehaald.`);
    toevoegenRef.current?.focus();
  }

  function verstuur() {
    setUitkomst(undefined);
    const invoer = formulier.controleer(nieuwHuishoudenSchema, {
      gemeenteId,
      ...adres,
      leden: leden.map((lid) => ({
        voornaam: lid.voornaam,
        achternaam: lid.achternaam,
        geboortedatum: lid.geboortedatum,
        rol: lid.rol || undefined,
        bsn: lid.bsn.trim() || undefined,
        tweedeHuishoudenReden: (lid.bsn.trim() && lid.tweedeHuishoudenReden) || undefined,
      })),
    });
    if (!invoer) return;
    registreer.mutate({ invoer, sleutel: idempotentieSleutel }, {
      onSuccess: (huishouden) => {
        const melding: HuishoudenMelding = { melding: `Het huishouden ${huishouden.naam} is geregistreerd. Er staat een concept-plan van aanpak klaar.` };
        void navigate(`/huishoudens/${huishouden.id}`, { state: melding });
      },
      onError: formulier.verwerkFout,
    });
  }

  const fout = (pad: string) => formulier.veldfouten[pad];

  return (
    <>
      <p className="utrecht-paragraph eenplan-terug">
        <Link className="utrecht-link utrecht-link--html-a" to="/werkvoorraad">
          Terug naar de werkvoorraad
        </Link>
      </p>
      <Kop niveau={1}>Huishouden registreren</Kop>
      <Alinea inleiding>Leg het adres en de leden van het huishouden vast. Daarna maakt u samen met het huishouden het plan van aanpak.</Alinea>
      <Uitkomst tekst={uitkomst} />

      <Formulier
        id="registreren"
        label="Huishouden registreren"
        kopNiveau={1}
        foutTitel="Het huishouden is nog niet geregistreerd"
        formulier={formulier}
        velden={[
          ['gemeenteId', 'gemeente'],
          ['straat', 'straat'],
          ['huisnummer', 'huisnummer'],
          ['postcode', 'postcode'],
          ['woonplaats', 'woonplaats'],
          ['leden', 'lid-toevoegen'],
          ...leden.flatMap((lid, i) => LID_VELDEN.map((veld): [string, string] => [`leden.${i}.${veld}`, `lid-${lid.sleutel}-${veld}`])),
        ]}
        onVerstuur={verstuur}
        verstuurTekst="Huishouden registreren"
        bezig={registreer.isPending}
        bezigTekst="Bezig met registreren…"
        annuleerNaar="/werkvoorraad"
        className="eenplan-formulier"
      >
        <section aria-labelledby="adres-kop">
          <Kop niveau={2} id="adres-kop">
            Adres
          </Kop>
          <Keuzelijst
            id="gemeente"
            label="Gemeente"
            omschrijving={gemeenten.length > 1 ? 'U kunt registreren in de gemeenten waarvoor u werkt.' : undefined}
            leegTekst={gemeenten.length === 1 ? undefined : 'Kies de gemeente'}
            value={gemeenteId}
            onChange={(e) => setGemeenteId(e.target.value)}
            fout={fout('gemeenteId')}
          >
            {gemeenten.map((g) => (
              <option key={g.id} value={g.id}>
                {g.naam}
              </option>
            ))}
          </Keuzelijst>
          <AdresVelden adres={adres} onChange={setAdres} fout={fout} />
        </section>

        <section aria-labelledby="leden-kop">
          <Kop niveau={2} id="leden-kop">
            Leden van het huishouden
          </Kop>
          <Alinea>Het huishouden krijgt de achternaam van het eerste lid als naam.</Alinea>
          {leden.map((lid, i) => {
            const nummer = i + 1;
            const id = (veld: string) => `lid-${lid.sleutel}-${veld}`;
            return (
              <fieldset key={lid.sleutel} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset eenplan-lid">
                <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend eenplan-lid__legenda">
                  Lid {nummer}
                  {lid.voornaam || lid.achternaam ? `: ${`${lid.voornaam} ${lid.achternaam}`.trim()}` : ''}
                </legend>
                <Tekstveld id={id('voornaam')} label="Voornaam" autoComplete="off" value={lid.voornaam} onChange={(e) => wijzigLid(lid.sleutel, 'voornaam', e.target.value)} fout={fout(`leden.${i}.voornaam`)} />
                <Tekstveld id={id('achternaam')} label="Achternaam" autoComplete="off" value={lid.achternaam} onChange={(e) => wijzigLid(lid.sleutel, 'achternaam', e.target.value)} fout={fout(`leden.${i}.achternaam`)} />
                <Tekstveld
                  id={id('geboortedatum')}
                  type="date"
                  label="Geboortedatum"
                  className="eenplan-veld--kort"
                  max={vandaag()}
                  value={lid.geboortedatum}
                  onChange={(e) => wijzigLid(lid.sleutel, 'geboortedatum', e.target.value)}
                  fout={fout(`leden.${i}.geboortedatum`)}
                />
                <Keuzelijst id={id('rol')} label="Rol in het huishouden" leegTekst="Kies de rol" value={lid.rol} onChange={(e) => wijzigLid(lid.sleutel, 'rol', e.target.value)} fout={fout(`leden.${i}.rol`)}>
                  {LID_ROLLEN.map((rol) => (
                    <option key={rol} value={rol}>
                      {LID_ROL_LABELS[rol]}
                    </option>
                  ))}
                </Keuzelijst>
                <Tekstveld
                  id={id('bsn')}
                  label="BSN (niet verplicht)"
                  omschrijving="9 cijfers. Alleen invullen als het lid het heeft gegeven."
                  className="eenplan-veld--kort"
                  inputMode="numeric"
                  autoComplete="off"
                  value={lid.bsn}
                  onChange={(e) => wijzigLid(lid.sleutel, 'bsn', e.target.value)}
                  fout={fout(`leden.${i}.bsn`)}
                />
                {(fout(`leden.${i}.bsn`) === MELDING_BSN_IN_ANDER_HUISHOUDEN || lid.tweedeHuishoudenReden) && (
                  <Keuzelijst
                    id={id('tweedeHuishoudenReden')}
                    label="Waarom hoort dit BSN ook bij een ander huishouden?"
                    omschrijving="Alleen bij co-ouderschap of als het lid in twee huishoudens verblijft. Anders: controleer het BSN, of zoek in de verwijsindex wie u kunt bellen."
                    leegTekst="Geen reden: het BSN hoort alleen hier"
                    value={lid.tweedeHuishoudenReden}
                    onChange={(e) => wijzigLid(lid.sleutel, 'tweedeHuishoudenReden', e.target.value)}
                    fout={fout(`leden.${i}.tweedeHuishoudenReden`)}
                  >
                    {TWEEDE_HUISHOUDEN_REDENEN.map((reden) => (
                      <option key={reden} value={reden}>
                        {TWEEDE_HUISHOUDEN_REDEN_LABELS[reden]}
                      </option>
                    ))}
                  </Keuzelijst>
                )}
                {leden.length > 1 && (
                  <Knop soort="subtle" onClick={() => lidVerwijderen(lid.sleutel, nummer)}>
                    Lid {nummer} verwijderen
                  </Knop>
                )}
              </fieldset>
            );
          })}
          <Knop ref={toevoegenRef} id="lid-toevoegen" soort="secondary-action" onClick={lidToevoegen} aria-describedby={fout('leden') ? 'lid-toevoegen-fout' : undefined}>
            Nog een lid toevoegen
          </Knop>
          {fout('leden') && (
            <p id="lid-toevoegen-fout" className="utrecht-form-field-error-message">
              {fout('leden')}
            </p>
          )}
        </section>

      </Formulier>
    </>
  );
}
