import { teamlidBeeindigenSchema } from '@eenplan/contracts';
import { useState } from 'react';
import type { HuishoudenDetail, Teamlid } from '@eenplan/contracts';
import { Bevestiging } from '../../../shared/formulier/Bevestiging';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { Alinea } from '../../../ui/Alinea';
import { datumTekst, vandaag } from '../../../ui/datum';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { StatusLabel } from '../../../ui/StatusLabel';
import { Tekstveld } from '../../../ui/Tekstveld';
import { Uitkomst } from '../../../ui/Uitkomst';
import { useInPlaats } from '../../../ui/useInPlaats';
import { useBeeindigTeamlid } from '../hooks/team-wijzigingen';
import { TeamlidFormulier } from './TeamlidFormulier';

/** The people around the household: professionals (with or without the household's consent) and its network. */
export function TeamSectie({ huishouden }: { huishouden: HuishoudenDetail }) {
  const [uitkomst, setUitkomst] = useState<string>();
  const toevoegen = useInPlaats<'professional' | 'netwerk'>();
  const bewerken = huishouden.mijnRechten.bewerken;
  const huidig = huishouden.team.filter((t) => t.actueel);
  const straks = huishouden.team.filter((t) => !t.actueel && t.van > vandaag());
  const eerder = huishouden.team.filter((t) => !t.actueel && t.van <= vandaag());

  return (
    <section aria-labelledby="team-kop" className="eenplan-sectie">
      <Kop niveau={2} id="team-kop" tabIndex={-1}>
        Team rond het huishouden
      </Kop>
      <Alinea>
        Iedereen die met het huishouden aan het plan werkt, vormt samen één tijdelijk team. Een professional ziet het plan pas als het huishouden toestemming gaf voor zijn of haar organisatie.
      </Alinea>
      <Uitkomst tekst={uitkomst} />
      <ul className="eenplan-lijst-kaarten" aria-label="Huidige teamleden">
        <li className="eenplan-kaart">
          <Kop niveau={3} className="eenplan-kaart__kop">
            {huishouden.casemanager.naam}
          </Kop>
          <p className="utrecht-paragraph">
            Casemanager, {huishouden.casemanager.organisatie}
          </p>
        </li>
        {huidig.map((lid) => (
          <TeamlidKaart key={lid.id} huishouden={huishouden} lid={lid} bewerken={bewerken} onUitkomst={setUitkomst} />
        ))}
      </ul>

      {bewerken && (
        <div className="eenplan-nieuw">
          {toevoegen.modus ? (
            <TeamlidFormulier
              huishouden={huishouden}
              soort={toevoegen.modus}
              onKlaar={(tekst) => {
                setUitkomst(tekst);
                toevoegen.sluit();
              }}
            />
          ) : (
            <div className="utrecht-button-group eenplan-knoppenrij">
              <Knop
                ref={toevoegen.knop('professional')}
                onClick={() => {
                  setUitkomst(undefined);
                  toevoegen.open('professional');
                }}
              >
                Professional toevoegen
              </Knop>
              <Knop
                ref={toevoegen.knop('netwerk')}
                onClick={() => {
                  setUitkomst(undefined);
                  toevoegen.open('netwerk');
                }}
              >
                Iemand uit het netwerk toevoegen
              </Knop>
            </div>
          )}
        </div>
      )}

      {straks.length > 0 && (
        <>
          <Kop niveau={3}>Komen later in het team</Kop>
          <ul className="eenplan-lijst-kaarten">
            {straks.map((lid) => (
              <TeamlidKaart key={lid.id} huishouden={huishouden} lid={lid} bewerken={bewerken} onUitkomst={setUitkomst} />
            ))}
          </ul>
        </>
      )}
      {eerder.length > 0 && (
        <>
          <Kop niveau={3}>Eerder in het team</Kop>
          <ul className="utrecht-unordered-list">
            {eerder.map((lid) => (
              <li key={lid.id} className="utrecht-unordered-list__item">
                {lid.naam} ({lid.soort === 'professional' ? lid.organisatie : lid.relatie}), {lid.rol}: {datumTekst(lid.van)} tot en met {datumTekst(lid.tot)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function TeamlidKaart({ huishouden, lid, bewerken, onUitkomst }: { huishouden: HuishoudenDetail; lid: Teamlid; bewerken: boolean; onUitkomst: (tekst?: string) => void }) {
  const paneel = useInPlaats<'beeindigen'>();
  const beeindig = useBeeindigTeamlid(huishouden.id);
  const formulier = useFormulier();
  const [tot, setTot] = useState(vandaag());
  const id = `teamlid-${lid.id}`;

  return (
    <li className="eenplan-kaart">
      <Kop niveau={3} className="eenplan-kaart__kop" id={`${id}-naam`}>
        {lid.naam}
      </Kop>
      <p className="utrecht-paragraph">
        {lid.soort === 'professional' ? `${lid.organisatie}` : `Netwerk: ${lid.relatie}`} · Rol in het plan: {lid.rol}
      </p>
      <p className="utrecht-paragraph eenplan-klein">
        Vanaf {datumTekst(lid.van)}
        {lid.tot ? ` tot en met ${datumTekst(lid.tot)}` : ''}
      </p>
      {lid.soort === 'professional' && (
        <p className="utrecht-paragraph">
          {lid.metToestemming ? (
            <StatusLabel status="success">Toestemming: het plan is gedeeld</StatusLabel>
          ) : ingetrokkenOp(huishouden, lid) ? (
            <StatusLabel status="warning">Toestemming ingetrokken op {datumTekst(ingetrokkenOp(huishouden, lid))}: ziet het plan niet meer</StatusLabel>
          ) : (
            <StatusLabel status="warning">Nog geen toestemming: ziet het plan nog niet</StatusLabel>
          )}
        </p>
      )}
      {bewerken && lid.actueel && paneel.modus !== 'beeindigen' && (
        <Knop ref={paneel.knop('beeindigen')} soort="subtle" aria-label={`${lid.naam} uit het team halen`} onClick={() => paneel.open('beeindigen')}>
          Uit het team halen
        </Knop>
      )}
      {paneel.modus === 'beeindigen' && (
        <Bevestiging
          id={`${id}-beeindigen`}
          vraag={`${lid.naam} uit het team halen? ${lid.soort === 'professional' ? 'Na de laatste dag ziet deze professional het plan niet meer.' : ''}`}
          bevestigTekst="Ja, uit het team halen"
          mutatie={beeindig}
          formulier={formulier}
          velden={[['tot', `${id}-tot`]]}
          variabelen={() => {
            const invoer = formulier.controleer(teamlidBeeindigenSchema, { versie: lid.versie, tot });
            return invoer && { teamlidId: lid.id, invoer };
          }}
          onGedaan={() => {
            onUitkomst(`${lid.naam} is uit het team gehaald.`);
            document.getElementById('team-kop')?.focus();
          }}
          onAnnuleren={paneel.sluit}
        >
          <Tekstveld id={`${id}-tot`} type="date" label="Laatste dag in het team" className="eenplan-veld--kort" value={tot} onChange={(e) => setTot(e.target.value)} fout={formulier.veldfouten.tot} autoFocus />
        </Bevestiging>
      )}
    </li>
  );
}

/** The day consent for this member's organisation was withdrawn, when there is no valid consent now. */
function ingetrokkenOp(huishouden: HuishoudenDetail, lid: Teamlid): string | undefined {
  const voorOrganisatie = huishouden.toestemmingen.filter((t) => t.organisatieId === lid.organisatieId);
  if (voorOrganisatie.some((t) => !t.ingetrokkenOp)) return undefined;
  return voorOrganisatie.map((t) => t.ingetrokkenOp).filter((d): d is string => Boolean(d)).sort().at(-1);
}
