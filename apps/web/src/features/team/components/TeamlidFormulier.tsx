import { teamlidSchema } from '@eenplan/contracts';
import { useState } from 'react';
import type { HuishoudenDetail } from '@eenplan/contracts';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { Alinea } from '../../../ui/Alinea';
import { vandaag } from '../../../ui/datum';
import { Keuzelijst } from '../../../ui/Keuzelijst';
import { Laden } from '../../../ui/Laden';
import { Tekstveld } from '../../../ui/Tekstveld';
import { useVoegTeamlidToe } from '../hooks/team-wijzigingen';
import { useOrganisaties } from '../hooks/useOrganisaties';

/** Add a professional (picked from the organisations and their staff) or someone of the household's network. */
export function TeamlidFormulier({ huishouden, soort, onKlaar }: { huishouden: HuishoudenDetail; soort: 'professional' | 'netwerk'; onKlaar: (uitkomst?: string) => void }) {
  const formulier = useFormulier();
  const voegToe = useVoegTeamlidToe(huishouden.id);
  const organisaties = useOrganisaties();
  const [gebruikerId, setGebruikerId] = useState('');
  const [naam, setNaam] = useState('');
  const [relatie, setRelatie] = useState('');
  const [rol, setRol] = useState('');
  const [van, setVan] = useState(vandaag());
  const [tot, setTot] = useState('');
  const prefix = `nieuw-teamlid-${soort}`;
  const id = (veld: string) => `${prefix}-${veld}`;

  // Who can be added: active staff, not the casemanager, not already in the team now.
  const alInTeam = new Set([huishouden.casemanager.id, ...huishouden.team.filter((t) => t.actueel || t.van > vandaag()).map((t) => t.gebruikerId)]);
  const keuzes = (organisaties.data ?? [])
    .map((o) => ({ ...o, medewerkers: o.medewerkers.filter((m) => !alInTeam.has(m.id)) }))
    .filter((o) => o.medewerkers.length > 0);
  const gekozenOrganisatie = keuzes.find((o) => o.medewerkers.some((m) => m.id === gebruikerId));
  const heeftToestemming = gekozenOrganisatie && huishouden.toestemmingen.some((t) => t.organisatieId === gekozenOrganisatie.id && !t.ingetrokkenOp);

  function verstuur() {
    const periode = { van, tot: tot || undefined };
    const invoer = formulier.controleer(
      teamlidSchema,
      soort === 'professional' ? { soort, gebruikerId: gebruikerId || undefined, rol, ...periode } : { soort, naam, relatie, rol, ...periode },
    );
    if (!invoer) return;
    const wie = soort === 'professional' ? gekozenOrganisatie?.medewerkers.find((m) => m.id === gebruikerId)?.naam : naam.trim();
    voegToe.mutate(invoer, {
      onSuccess: () =>
        onKlaar(
          soort === 'professional' && !heeftToestemming
            ? `${wie} is aan het team toegevoegd. Het plan wordt pas gedeeld als het huishouden toestemming geeft voor ${gekozenOrganisatie?.naam}.`
            : `${wie} is aan het team toegevoegd.`,
        ),
      onError: formulier.verwerkFout,
    });
  }

  return (
    <Formulier
      id={prefix}
      titel={soort === 'professional' ? 'Professional toevoegen' : 'Iemand uit het netwerk toevoegen'}
      kopNiveau={3}
      foutTitel="Het teamlid is nog niet toegevoegd"
      formulier={formulier}
      velden={[
        ['gebruikerId', id('gebruikerId')],
        ['naam', id('naam')],
        ['relatie', id('relatie')],
        ['rol', id('rol')],
        ['van', id('van')],
        ['tot', id('tot')],
      ]}
      onVerstuur={verstuur}
      verstuurTekst="Aan het team toevoegen"
      bezig={voegToe.isPending}
      onAnnuleren={() => onKlaar()}
    >
      {soort === 'professional' ? (
        organisaties.isPending ? (
          <Laden tekst="Organisaties laden…" />
        ) : (
          <>
            <Keuzelijst
              id={id('gebruikerId')}
              label="Welke professional?"
              omschrijving="Per organisatie de medewerkers die met Eén plan voor elk thuis werken."
              leegTekst="Kies een professional"
              value={gebruikerId}
              onChange={(e) => setGebruikerId(e.target.value)}
              fout={formulier.veldfouten.gebruikerId ?? (organisaties.isError ? 'De organisaties konden niet worden geladen. Probeer het opnieuw.' : undefined)}
              autoFocus
            >
              {keuzes.map((o) => (
                <optgroup key={o.id} label={o.naam}>
                  {o.medewerkers.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.naam} ({o.naam})
                    </option>
                  ))}
                </optgroup>
              ))}
            </Keuzelijst>
            {gekozenOrganisatie && !heeftToestemming && (
              <Alinea className="eenplan-hint">
                Het huishouden heeft nog geen toestemming gegeven voor {gekozenOrganisatie.naam}. Leg die hieronder vast bij “Toestemming van het huishouden”; tot dan ziet deze professional het plan niet.
              </Alinea>
            )}
          </>
        )
      ) : (
        <>
          <Tekstveld id={id('naam')} label="Naam" autoComplete="off" value={naam} onChange={(e) => setNaam(e.target.value)} fout={formulier.veldfouten.naam} autoFocus />
          <Tekstveld
            id={id('relatie')}
            label="Relatie tot het huishouden"
            omschrijving="Bijvoorbeeld: oma, buurvrouw, vriend van de familie."
            autoComplete="off"
            value={relatie}
            onChange={(e) => setRelatie(e.target.value)}
            fout={formulier.veldfouten.relatie}
          />
        </>
      )}
      <Tekstveld
        id={id('rol')}
        label="Rol in het plan"
        omschrijving={soort === 'professional' ? 'Bijvoorbeeld: maatschappelijk werker, schuldhulpverlener.' : 'Bijvoorbeeld: past twee middagen per week op de kinderen.'}
        autoComplete="off"
        value={rol}
        onChange={(e) => setRol(e.target.value)}
        fout={formulier.veldfouten.rol}
      />
      <Tekstveld id={id('van')} type="date" label="Vanaf" className="eenplan-veld--kort" value={van} onChange={(e) => setVan(e.target.value)} fout={formulier.veldfouten.van} />
      <Tekstveld
        id={id('tot')}
        type="date"
        label="Tot en met (niet verplicht)"
        omschrijving="Leeg laten als nog niet bekend is tot wanneer."
        className="eenplan-veld--kort"
        value={tot}
        onChange={(e) => setTot(e.target.value)}
        fout={formulier.veldfouten.tot}
      />
    </Formulier>
  );
}
