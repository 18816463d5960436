import { REGIE_HOUDER_LABELS, REGIE_HOUDERS, regieAfspraakSchema, type RegieHouder } from '@eenplan/contracts';
import { useState } from 'react';
import type { HuishoudenDetail } from '@eenplan/contracts';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { Alinea } from '../../../ui/Alinea';
import { overDagen, vandaag } from '../../../ui/datum';
import { Keuzelijst } from '../../../ui/Keuzelijst';
import { Keuzerondjes } from '../../../ui/Keuzerondjes';
import { Tekstvak } from '../../../ui/Tekstvak';
import { Tekstveld } from '../../../ui/Tekstveld';
import { Vinkje } from '../../../ui/Vinkje';
import { useLegRegieVast } from '../hooks/team-wijzigingen';

/** Record who holds regie: the household, someone of its network, or a named professional of the team. */
export function RegieFormulier({ huishouden, onKlaar }: { huishouden: HuishoudenDetail; onKlaar: (uitkomst?: string) => void }) {
  const formulier = useFormulier();
  const legVast = useLegRegieVast(huishouden.id);
  const [houder, setHouder] = useState<RegieHouder | ''>('');
  const [netwerkNaam, setNetwerkNaam] = useState('');
  const [regisseurId, setRegisseurId] = useState('');
  const [reden, setReden] = useState('');
  const [startdatum, setStartdatum] = useState(vandaag());
  const [evaluatiedatum, setEvaluatiedatum] = useState(overDagen(91));
  const [akkoord, setAkkoord] = useState(false);

  // A regisseur is a professional in the household's current team (the API checks it too).
  const professionals = huishouden.team.filter((t) => t.actueel && t.soort === 'professional' && t.gebruikerId);
  const netwerk = huishouden.team.filter((t) => t.actueel && t.soort === 'netwerk');

  function verstuur() {
    const invoer = formulier.controleer(regieAfspraakSchema, {
      houder: houder || undefined,
      netwerkNaam: houder === 'netwerk' ? netwerkNaam.trim() || undefined : undefined,
      regisseurId: houder === 'professional' ? regisseurId || undefined : undefined,
      reden,
      startdatum,
      evaluatiedatum,
      // Only `true` passes: the agreement is recorded only when the household agrees.
      huishoudenAkkoord: akkoord || undefined,
    });
    if (!invoer) return;
    legVast.mutate(invoer, { onSuccess: () => onKlaar('De regie-afspraak is vastgelegd.'), onError: formulier.verwerkFout });
  }

  return (
    <Formulier
      id="regie-formulier"
      titel="Regie-afspraak vastleggen"
      kopNiveau={3}
      foutTitel="De regie-afspraak is nog niet vastgelegd"
      formulier={formulier}
      velden={[
        ['houder', `regie-houder-${REGIE_HOUDERS[0]}`],
        ['netwerkNaam', 'regie-netwerk-naam'],
        ['regisseurId', 'regie-regisseur'],
        ['reden', 'regie-reden'],
        ['startdatum', 'regie-startdatum'],
        ['evaluatiedatum', 'regie-evaluatiedatum'],
        ['huishoudenAkkoord', 'regie-akkoord'],
      ]}
      onVerstuur={verstuur}
      verstuurTekst="Regie-afspraak vastleggen"
      bezig={legVast.isPending}
      onAnnuleren={() => onKlaar()}
    >
      {huishouden.regie.actueel && <Alinea>De huidige afspraak stopt vandaag als u deze vastlegt; u vindt die dan terug bij de eerdere afspraken.</Alinea>}
      <Keuzerondjes
        id="regie-houder"
        naam="regie-houder"
        legenda="Wie heeft de regie?"
        keuzes={REGIE_HOUDERS.map((waarde) => ({ waarde, tekst: REGIE_HOUDER_LABELS[waarde] }))}
        waarde={houder}
        onChange={setHouder}
        fout={formulier.veldfouten.houder}
      />
      {houder === 'netwerk' && (
        <Tekstveld
          id="regie-netwerk-naam"
          label="Wie uit het netwerk?"
          omschrijving={netwerk.length ? `In het team: ${netwerk.map((n) => `${n.naam} (${n.relatie})`).join(', ')}.` : 'Naam en relatie, bijvoorbeeld: Truus (oma).'}
          autoComplete="off"
          value={netwerkNaam}
          onChange={(e) => setNetwerkNaam(e.target.value)}
          fout={formulier.veldfouten.netwerkNaam}
        />
      )}
      {houder === 'professional' && (
        <Keuzelijst
          id="regie-regisseur"
          label="Wie is de regisseur?"
          omschrijving={
            professionals.length ? 'Een professional uit het team van dit huishouden.' : 'Er zit nog geen professional in het team. Voeg die eerst toe bij “Team en toestemming”.'
          }
          leegTekst="Kies de regisseur"
          value={regisseurId}
          onChange={(e) => setRegisseurId(e.target.value)}
          fout={formulier.veldfouten.regisseurId}
        >
          {professionals.map((p) => (
            <option key={p.id} value={p.gebruikerId!}>
              {p.naam} ({p.organisatie})
            </option>
          ))}
        </Keuzelijst>
      )}
      <Tekstvak
        id="regie-reden"
        label="Waarom is de regie zo belegd?"
        omschrijving="Bijvoorbeeld: moeder wil de regie houden maar heeft nu te veel aan haar hoofd; de maatschappelijk werker coördineert tot de schulden geregeld zijn."
        value={reden}
        maxLength={2000}
        onChange={(e) => setReden(e.target.value)}
        fout={formulier.veldfouten.reden}
      />
      <Tekstveld id="regie-startdatum" type="date" label="Startdatum" className="eenplan-veld--kort" value={startdatum} onChange={(e) => setStartdatum(e.target.value)} fout={formulier.veldfouten.startdatum} />
      <Tekstveld
        id="regie-evaluatiedatum"
        type="date"
        label="Evalueren op"
        omschrijving="Wanneer bespreekt u met het huishouden of deze afspraak nog past?"
        className="eenplan-veld--kort"
        value={evaluatiedatum}
        onChange={(e) => setEvaluatiedatum(e.target.value)}
        fout={formulier.veldfouten.evaluatiedatum}
      />
      <Vinkje
        id="regie-akkoord"
        label="Het huishouden is het eens met deze afspraak"
        omschrijving="Een regie-afspraak wordt alleen vastgelegd als het huishouden ermee instemt."
        checked={akkoord}
        onChange={(e) => setAkkoord(e.target.checked)}
        fout={formulier.veldfouten.huishoudenAkkoord}
      />
    </Formulier>
  );
}
