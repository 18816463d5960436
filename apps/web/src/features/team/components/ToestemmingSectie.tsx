import { toestemmingIntrekkenSchema, toestemmingSchema } from '@eenplan/contracts';
import { useState } from 'react';
import type { HuishoudenDetail, Toestemming } from '@eenplan/contracts';
import { Bevestiging } from '../../../shared/formulier/Bevestiging';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { Alinea } from '../../../ui/Alinea';
import { datumTekst, vandaag } from '../../../ui/datum';
import { Keuzelijst } from '../../../ui/Keuzelijst';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { StatusLabel } from '../../../ui/StatusLabel';
import { Tekstvak } from '../../../ui/Tekstvak';
import { Tekstveld } from '../../../ui/Tekstveld';
import { Uitkomst } from '../../../ui/Uitkomst';
import { useInPlaats } from '../../../ui/useInPlaats';
import { useGeefToestemming, useTrekToestemmingIn } from '../hooks/team-wijzigingen';
import { useOrganisaties } from '../hooks/useOrganisaties';

/** The household's consent per organisation: without it, the plan is not shared with that organisation. */
export function ToestemmingSectie({ huishouden }: { huishouden: HuishoudenDetail }) {
  const [uitkomst, setUitkomst] = useState<string>();
  const nieuw = useInPlaats<'geven'>();
  // Only the casemanager records or withdraws consent; others in the team see it.
  const bewerken = huishouden.mijnRechten.toestemmingVastleggen;
  const zonderToestemming = [...new Set(huishouden.team.filter((t) => t.actueel && t.soort === 'professional' && !t.metToestemming).map((t) => t.organisatie ?? ''))].filter(Boolean);

  return (
    <section aria-labelledby="toestemming-kop" className="eenplan-sectie">
      <Kop niveau={2} id="toestemming-kop" tabIndex={-1}>
        Toestemming van het huishouden
      </Kop>
      <Alinea>Het plan is van het huishouden. Het wordt alleen gedeeld met organisaties waarvoor het huishouden toestemming gaf. Leg vast wanneer en waarvoor.</Alinea>
      <Uitkomst tekst={uitkomst} />
      {zonderToestemming.length > 0 && (
        <p className="utrecht-paragraph">
          <StatusLabel status="warning">Nog geen toestemming</StatusLabel> voor {zonderToestemming.join(', ')}: professionals van {zonderToestemming.length === 1 ? 'deze organisatie' : 'deze organisaties'} in het team zien het plan nog niet.
        </p>
      )}
      {huishouden.toestemmingen.length === 0 ? (
        <Alinea>Er is nog geen toestemming vastgelegd.</Alinea>
      ) : (
        <ul className="eenplan-lijst-kaarten" aria-label="Toestemmingen">
          {huishouden.toestemmingen.map((t) => (
            <ToestemmingKaart key={t.id} huishouden={huishouden} toestemming={t} bewerken={bewerken} onUitkomst={setUitkomst} />
          ))}
        </ul>
      )}
      {bewerken &&
        (nieuw.modus === 'geven' ? (
          <ToestemmingFormulier
            huishouden={huishouden}
            onKlaar={(tekst) => {
              setUitkomst(tekst);
              nieuw.sluit();
            }}
          />
        ) : (
          <Knop
            ref={nieuw.knop('geven')}
            onClick={() => {
              setUitkomst(undefined);
              nieuw.open('geven');
            }}
          >
            Toestemming vastleggen
          </Knop>
        ))}
    </section>
  );
}

function ToestemmingKaart({ huishouden, toestemming: t, bewerken, onUitkomst }: { huishouden: HuishoudenDetail; toestemming: Toestemming; bewerken: boolean; onUitkomst: (tekst?: string) => void }) {
  const paneel = useInPlaats<'intrekken'>();
  const intrekken = useTrekToestemmingIn(huishouden.id);
  const formulier = useFormulier();
  const [op, setOp] = useState(vandaag());
  const id = `toestemming-${t.id}`;
  return (
    <li className={t.ingetrokkenOp ? 'eenplan-kaart eenplan-kaart--uit' : 'eenplan-kaart'}>
      <Kop niveau={3} className="eenplan-kaart__kop">
        {t.organisatie}
      </Kop>
      <p className="utrecht-paragraph">
        {t.ingetrokkenOp ? <StatusLabel status="neutral">Ingetrokken op {datumTekst(t.ingetrokkenOp)}</StatusLabel> : <StatusLabel status="success">Geldig</StatusLabel>}
      </p>
      <p className="utrecht-paragraph">Waarvoor: {t.reikwijdte}</p>
      <p className="utrecht-paragraph eenplan-klein">
        Gegeven op {datumTekst(t.gegevenOp)}, vastgelegd door {t.vastgelegdDoor}
      </p>
      {bewerken && !t.ingetrokkenOp && paneel.modus !== 'intrekken' && (
        <Knop ref={paneel.knop('intrekken')} soort="subtle" aria-label={`Toestemming intrekken voor ${t.organisatie}`} onClick={() => paneel.open('intrekken')}>
          Toestemming intrekken
        </Knop>
      )}
      {paneel.modus === 'intrekken' && (
        <Bevestiging
          id={`${id}-intrekken`}
          vraag={`Toestemming voor ${t.organisatie} intrekken? Professionals van deze organisatie zien het plan daarna niet meer.`}
          bevestigTekst="Ja, toestemming intrekken"
          mutatie={intrekken}
          formulier={formulier}
          velden={[['ingetrokkenOp', `${id}-op`]]}
          variabelen={() => {
            const invoer = formulier.controleer(toestemmingIntrekkenSchema, { versie: t.versie, ingetrokkenOp: op });
            return invoer && { toestemmingId: t.id, invoer };
          }}
          onGedaan={() => {
            onUitkomst(`De toestemming voor ${t.organisatie} is ingetrokken.`);
            // The dialog closes: the card now says "Ingetrokken", so there is nothing left to confirm.
            paneel.sluit();
            document.getElementById('toestemming-kop')?.focus();
          }}
          onAnnuleren={paneel.sluit}
        >
          <Tekstveld id={`${id}-op`} type="date" label="Ingetrokken op" className="eenplan-veld--kort" max={vandaag()} value={op} onChange={(e) => setOp(e.target.value)} fout={formulier.veldfouten.ingetrokkenOp} autoFocus />
        </Bevestiging>
      )}
    </li>
  );
}

function ToestemmingFormulier({ huishouden, onKlaar }: { huishouden: HuishoudenDetail; onKlaar: (uitkomst?: string) => void }) {
  const formulier = useFormulier();
  const geef = useGeefToestemming(huishouden.id);
  const organisaties = useOrganisaties();
  const [organisatieId, setOrganisatieId] = useState('');
  const [gegevenOp, setGegevenOp] = useState(vandaag());
  const [reikwijdte, setReikwijdte] = useState('');

  // Organisations that already have valid consent are not offered again; the team's first.
  const geldig = new Set(huishouden.toestemmingen.filter((t) => !t.ingetrokkenOp).map((t) => t.organisatieId));
  const inTeam = new Set(huishouden.team.filter((t) => t.actueel && t.organisatieId).map((t) => t.organisatieId));
  const beschikbaar = (organisaties.data ?? []).filter((o) => !geldig.has(o.id) && o.soort !== 'gemeente');
  const team = beschikbaar.filter((o) => inTeam.has(o.id));
  const overige = beschikbaar.filter((o) => !inTeam.has(o.id));

  function verstuur() {
    const invoer = formulier.controleer(toestemmingSchema, { organisatieId: organisatieId || undefined, gegevenOp, reikwijdte });
    if (!invoer) return;
    const naam = beschikbaar.find((o) => o.id === organisatieId)?.naam ?? 'de organisatie';
    geef.mutate(invoer, {
      onSuccess: () => onKlaar(`De toestemming voor ${naam} is vastgelegd. Professionals van ${naam} in het team zien het plan nu.`),
      onError: formulier.verwerkFout,
    });
  }

  return (
    <Formulier
      id="toestemming"
      titel="Toestemming vastleggen"
      kopNiveau={3}
      foutTitel="De toestemming is nog niet vastgelegd"
      formulier={formulier}
      velden={[
        ['organisatieId', 'toestemming-organisatie'],
        ['gegevenOp', 'toestemming-gegeven-op'],
        ['reikwijdte', 'toestemming-reikwijdte'],
      ]}
      onVerstuur={verstuur}
      verstuurTekst="Toestemming vastleggen"
      bezig={geef.isPending}
      onAnnuleren={() => onKlaar()}
      conflict={{ wat: 'De toestemming' }}
    >
      <Keuzelijst
        id="toestemming-organisatie"
        label="Voor welke organisatie?"
        leegTekst="Kies een organisatie"
        value={organisatieId}
        onChange={(e) => setOrganisatieId(e.target.value)}
        fout={formulier.veldfouten.organisatieId}
        autoFocus
      >
        {team.length > 0 && (
          <optgroup label="In het team">
            {team.map((o) => (
              <option key={o.id} value={o.id}>
                {o.naam}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={team.length ? 'Andere organisaties' : 'Organisaties'}>
          {overige.map((o) => (
            <option key={o.id} value={o.id}>
              {o.naam}
            </option>
          ))}
        </optgroup>
      </Keuzelijst>
      <Tekstveld
        id="toestemming-gegeven-op"
        type="date"
        label="Datum van de toestemming"
        className="eenplan-veld--kort"
        max={vandaag()}
        value={gegevenOp}
        onChange={(e) => setGegevenOp(e.target.value)}
        fout={formulier.veldfouten.gegevenOp}
      />
      <Tekstvak
        id="toestemming-reikwijdte"
        label="Waarvoor gaf het huishouden toestemming?"
        omschrijving="In woorden die het huishouden herkent, bijvoorbeeld: het plan van aanpak delen met het AMW voor hulp bij de opvoeding."
        value={reikwijdte}
        maxLength={500}
        onChange={(e) => setReikwijdte(e.target.value)}
        fout={formulier.veldfouten.reikwijdte}
      />
    </Formulier>
  );
}
