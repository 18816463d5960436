import {
  LID_ROL_LABELS,
  LID_ROLLEN,
  lidSchema,
  lidWijzigenSchema,
  MELDING_BSN_IN_ANDER_HUISHOUDEN,
  TWEEDE_HUISHOUDEN_REDEN_LABELS,
  TWEEDE_HUISHOUDEN_REDENEN,
  type HuishoudenDetail,
  type Lid,
} from '@eenplan/contracts';
import { useState } from 'react';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useBasisVersie, useFormulier } from '../../../shared/formulier/useFormulier';
import { datumTekst, vandaag } from '../../../ui/datum';
import { Keuzelijst } from '../../../ui/Keuzelijst';
import { Tekstveld } from '../../../ui/Tekstveld';
import { useVoegLidToe, useWijzigLid } from '../hooks/huishouden-wijzigingen';

const VELDEN = ['voornaam', 'achternaam', 'geboortedatum', 'rol', 'bsn', 'tweedeHuishoudenReden'] as const;

/**
 * Add a member (a birth, someone moving in) or correct one (a name, a wrong BSN). An edit
 * sends only what changed, so a role that may not write BSNs can still correct a name; it is
 * based on the version the form was opened with (409 shows the current one beside it).
 */
export function LidFormulier({ huishouden, lid, onKlaar }: { huishouden: HuishoudenDetail; lid?: Lid; onKlaar: (uitkomst?: string) => void }) {
  const prefix = lid ? `lid-${lid.id}` : 'nieuw-lid';
  const formulier = useFormulier();
  const voegToe = useVoegLidToe(huishouden.id);
  const wijzig = useWijzigLid(huishouden.id);
  const huidig = lid && huishouden.leden.find((l) => l.id === lid.id);
  const [basisVersie] = useBasisVersie(formulier, huidig?.versie);
  const bsnWijzigen = huishouden.mijnRechten.bsnWijzigen;

  const [velden, setVelden] = useState({
    voornaam: lid?.voornaam ?? '',
    achternaam: lid?.achternaam ?? (lid ? '' : huishouden.naam),
    geboortedatum: lid?.geboortedatum ?? '',
    rol: lid?.rol ?? '',
    bsn: lid?.bsn ?? '',
    tweedeHuishoudenReden: lid?.tweedeHuishoudenReden ?? '',
  });
  const zet = (veld: (typeof VELDEN)[number], waarde: string) => setVelden((v) => ({ ...v, [veld]: waarde }));
  const naam = `${velden.voornaam} ${velden.achternaam}`.trim();

  function verstuur() {
    const bsn = velden.bsn.trim();
    const reden = (bsn && velden.tweedeHuishoudenReden) || undefined;
    if (!lid) {
      const invoer = formulier.controleer(lidSchema, { ...velden, rol: velden.rol || undefined, bsn: bsnWijzigen ? bsn || undefined : undefined, tweedeHuishoudenReden: reden });
      if (invoer) voegToe.mutate(invoer, { onSuccess: () => onKlaar(`${invoer.voornaam} ${invoer.achternaam} is toegevoegd aan het huishouden.`), onError: formulier.verwerkFout });
      return;
    }
    // Only what changed: the API checks the BSN (elfproef, other households) only when it is sent.
    const bsnAnders = bsnWijzigen && bsn !== (lid.bsn ?? '');
    const redenAnders = bsnWijzigen && (velden.tweedeHuishoudenReden || null) !== lid.tweedeHuishoudenReden;
    const extra: Record<string, string> = bsnAnders && !bsn ? { bsn: 'Een BSN kunt u niet leegmaken. Vul het juiste BSN in.' } : {};
    const invoer = formulier.controleer(
      lidWijzigenSchema,
      {
        versie: basisVersie,
        ...(velden.voornaam !== lid.voornaam ? { voornaam: velden.voornaam } : {}),
        ...(velden.achternaam !== lid.achternaam ? { achternaam: velden.achternaam } : {}),
        ...(velden.geboortedatum !== lid.geboortedatum ? { geboortedatum: velden.geboortedatum } : {}),
        ...(velden.rol !== lid.rol ? { rol: velden.rol || undefined } : {}),
        ...(bsnAnders && bsn ? { bsn } : {}),
        ...(redenAnders ? { tweedeHuishoudenReden: velden.tweedeHuishoudenReden || null } : {}),
      },
      extra,
    );
    if (invoer) wijzig.mutate({ lidId: lid.id, invoer }, { onSuccess: () => onKlaar(`De gegevens van ${naam} zijn opgeslagen.`), onError: formulier.verwerkFout });
  }

  const id = (veld: string) => `${prefix}-${veld}`;
  const fout = (veld: string) => formulier.veldfouten[veld];
  const vraagReden = fout('bsn') === MELDING_BSN_IN_ANDER_HUISHOUDEN || Boolean(velden.tweedeHuishoudenReden);
  return (
    <Formulier
      id={prefix}
      titel={lid ? `Gegevens van ${lid.voornaam} ${lid.achternaam} wijzigen` : 'Lid toevoegen'}
      kopNiveau={3}
      foutTitel={lid ? 'De wijziging is nog niet opgeslagen' : 'Het lid is nog niet toegevoegd'}
      formulier={formulier}
      velden={VELDEN.map((veld): [string, string] => [veld, id(veld)])}
      onVerstuur={verstuur}
      verstuurTekst={lid ? 'Gegevens opslaan' : 'Lid toevoegen'}
      bezig={voegToe.isPending || wijzig.isPending}
      bezigTekst="Bezig met opslaan…"
      onAnnuleren={() => onKlaar()}
      conflict={{
        wat: 'Uw wijziging van dit lid',
        huidig: huidig && [
          ['Naam', `${huidig.voornaam} ${huidig.achternaam}`],
          ['Geboortedatum', datumTekst(huidig.geboortedatum)],
          ['Rol', LID_ROL_LABELS[huidig.rol]],
          ...(bsnWijzigen ? ([['BSN', huidig.bsn ?? 'Niet bekend']] as [string, string][]) : []),
        ],
      }}
    >
      <Tekstveld id={id('voornaam')} label="Voornaam" autoComplete="off" autoFocus value={velden.voornaam} onChange={(e) => zet('voornaam', e.target.value)} fout={fout('voornaam')} />
      <Tekstveld id={id('achternaam')} label="Achternaam" autoComplete="off" value={velden.achternaam} onChange={(e) => zet('achternaam', e.target.value)} fout={fout('achternaam')} />
      <Tekstveld
        id={id('geboortedatum')}
        type="date"
        label="Geboortedatum"
        className="eenplan-veld--kort"
        max={vandaag()}
        value={velden.geboortedatum}
        onChange={(e) => zet('geboortedatum', e.target.value)}
        fout={fout('geboortedatum')}
      />
      <Keuzelijst id={id('rol')} label="Rol in het huishouden" leegTekst={velden.rol ? undefined : 'Kies de rol'} value={velden.rol} onChange={(e) => zet('rol', e.target.value)} fout={fout('rol')}>
        {LID_ROLLEN.map((rol) => (
          <option key={rol} value={rol}>
            {LID_ROL_LABELS[rol]}
          </option>
        ))}
      </Keuzelijst>
      {bsnWijzigen && (
        <Tekstveld
          id={id('bsn')}
          label={lid?.bsn ? 'BSN' : 'BSN (niet verplicht)'}
          omschrijving="9 cijfers. Alleen invullen als het lid het heeft gegeven. Een gewijzigd BSN wordt vastgelegd in het auditlog."
          className="eenplan-veld--kort"
          inputMode="numeric"
          autoComplete="off"
          value={velden.bsn}
          onChange={(e) => zet('bsn', e.target.value)}
          fout={fout('bsn')}
        />
      )}
      {bsnWijzigen && vraagReden && (
        <Keuzelijst
          id={id('tweedeHuishoudenReden')}
          label="Waarom hoort dit BSN ook bij een ander huishouden?"
          omschrijving="Alleen bij co-ouderschap of als het lid in twee huishoudens verblijft. Anders: controleer het BSN, of zoek in de verwijsindex wie u kunt bellen."
          leegTekst="Geen reden: het BSN hoort alleen hier"
          value={velden.tweedeHuishoudenReden}
          onChange={(e) => zet('tweedeHuishoudenReden', e.target.value)}
          fout={fout('tweedeHuishoudenReden')}
        >
          {TWEEDE_HUISHOUDEN_REDENEN.map((reden) => (
            <option key={reden} value={reden}>
              {TWEEDE_HUISHOUDEN_REDEN_LABELS[reden]}
            </option>
          ))}
        </Keuzelijst>
      )}
    </Formulier>
  );
}
