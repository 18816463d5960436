import { DOEL_RESULTATEN } from '@eenplan/contracts';
import type { Doel, HuishoudenDetail, Plan } from '@eenplan/contracts';
import { Bevestiging } from '../../../shared/formulier/Bevestiging';
import { DOEL_RESULTAAT_LABELS, DOEL_STATUS_LABELS } from '../../../shared/tekst/labels';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { StatusLabel } from '../../../ui/StatusLabel';
import { useInPlaats } from '../../../ui/useInPlaats';
import { VisueelVerborgen } from '../../../ui/VisueelVerborgen';
import { useVerwijderDoel } from '../hooks/plan-wijzigingen';
import { ActieFormulier } from './ActieFormulier';
import { ActieItem } from './ActieItem';
import { DoelFormulier } from './DoelFormulier';

type Modus = 'wijzigen' | 'verwijderen' | 'actie';

/** One goal in the household's words, with its priority and actions; edited in place. */
export function DoelKaart({ huishouden, plan, doel, onUitkomst }: { huishouden: HuishoudenDetail; plan: Plan; doel: Doel; onUitkomst: (tekst?: string) => void }) {
  const paneel = useInPlaats<Modus>();
  const verwijder = useVerwijderDoel(huishouden.id);
  const bewerken = huishouden.mijnRechten.bewerken && plan.status !== 'afgesloten';
  const kopId = `doel-${doel.id}-kop`;

  const openen = (modus: Modus) => {
    onUitkomst(undefined);
    paneel.open(modus);
  };

  return (
    <li className="eenplan-doel">
      {paneel.modus === 'wijzigen' ? (
        <DoelFormulier
          huishoudenId={huishouden.id}
          planId={plan.id}
          doel={doel}
          onKlaar={(tekst) => {
            onUitkomst(tekst);
            paneel.sluit();
          }}
        />
      ) : (
        <>
          <Kop niveau={4} id={kopId} tabIndex={-1} className="eenplan-doel__kop">
            <span className="eenplan-doel__tekst">„{doel.omschrijving}”</span>
          </Kop>
          <p className="utrecht-paragraph eenplan-doel__meta">
            <StatusLabel status="neutral">Prioriteit {doel.prioriteit}</StatusLabel> <span>Status: {DOEL_STATUS_LABELS[doel.status]}</span>
            {doel.resultaat && DOEL_RESULTATEN.includes(doel.resultaat) && <span> · Resultaat: {DOEL_RESULTAAT_LABELS[doel.resultaat]}</span>}
          </p>
          {bewerken && (
            <div className="utrecht-button-group eenplan-knoppenrij">
              <Knop aria-label={`Doel wijzigen: ${doel.omschrijving}`} ref={paneel.knop('wijzigen')} soort="secondary-action" onClick={() => openen('wijzigen')}>
                Doel wijzigen
              </Knop>
              <Knop aria-label={`Doel verwijderen: ${doel.omschrijving}`} ref={paneel.knop('verwijderen')} soort="subtle" onClick={() => openen('verwijderen')} aria-expanded={paneel.modus === 'verwijderen'}>
                Doel verwijderen
              </Knop>
            </div>
          )}
          {paneel.modus === 'verwijderen' && (
            <Bevestiging
              id={`doel-${doel.id}-verwijderen`}
              vraag={
                doel.acties.length
                  ? `Weet u zeker dat u dit doel wilt verwijderen? De ${doel.acties.length === 1 ? 'actie' : `${doel.acties.length} acties`} bij dit doel ${doel.acties.length === 1 ? 'verdwijnt' : 'verdwijnen'} ook.`
                  : 'Weet u zeker dat u dit doel wilt verwijderen?'
              }
              bevestigTekst="Ja, doel verwijderen"
              mutatie={verwijder}
              variabelen={{ doelId: doel.id, versie: doel.versie }}
              onGedaan={() => {
                onUitkomst('Het doel is verwijderd.');
                document.getElementById('plan-kop')?.focus();
              }}
              onAnnuleren={paneel.sluit}
            />
          )}
        </>
      )}

      <div className="eenplan-acties-blok">
        <Kop niveau={5} className="eenplan-acties-kop">
          Acties<VisueelVerborgen> bij „{doel.omschrijving}”</VisueelVerborgen>
        </Kop>
        {doel.acties.length ? (
          <ul className="eenplan-acties">
            {doel.acties.map((actie) => (
              <ActieItem key={actie.id} huishouden={huishouden} plan={plan} doel={doel} actie={actie} onUitkomst={onUitkomst} />
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph eenplan-klein">Nog geen acties bij dit doel.</p>
        )}
        {bewerken &&
          (paneel.modus === 'actie' ? (
            <ActieFormulier
              huishouden={huishouden}
              doel={doel}
              onKlaar={(tekst) => {
                onUitkomst(tekst);
                paneel.sluit();
              }}
            />
          ) : (
            <Knop ref={paneel.knop('actie')} soort="secondary-action" onClick={() => openen('actie')}>
              Actie toevoegen<VisueelVerborgen> bij „{doel.omschrijving}”</VisueelVerborgen>
            </Knop>
          ))}
      </div>
    </li>
  );
}
