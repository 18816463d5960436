import { ERVARING_STELLINGEN, ERVARING_STELLING_TEKSTEN } from '@eenplan/contracts';
import { useState } from 'react';
import { foutmelding } from '../../../shared/api/http';
import { Alinea } from '../../../ui/Alinea';
import { datumTekst, tijdstipTekst } from '../../../ui/datum';
import { Gegevenslijst } from '../../../ui/Gegevenslijst';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Melding } from '../../../ui/Melding';
import { Uitkomst } from '../../../ui/Uitkomst';
import { useInPlaats } from '../../../ui/useInPlaats';
import { KEUZES } from '../../ervaring';
import type { Evaluatie, HuishoudenDetail } from '@eenplan/contracts';
import { useMaakMeetlink } from '../hooks/useMetingen';
import '../ervaringsmeting.css';
import { ErvaringsmetingFormulier } from './ErvaringsmetingFormulier';
import { NieuweMeetlink } from './NieuweMeetlink';

const antwoordTekst = (waarde: number | null) => {
  const keuze = KEUZES.find((k) => k.waarde === waarde);
  return keuze ? `${keuze.cijfer ? `${keuze.cijfer} ` : ''}${keuze.woorden}` : '—';
};

/**
 * The household's experience at one evaluation (thema 2): answered here with the household,
 * or by the household itself through a one-time link. One answer per evaluation.
 */
export function ErvaringsmetingBijEvaluatie({ huishouden, evaluatie }: { huishouden: HuishoudenDetail; evaluatie: Evaluatie }) {
  const meting = huishouden.ervaringsmetingen.find((m) => m.evaluatieId === evaluatie.id);
  const openLink = huishouden.openMeetlinks.find((l) => l.evaluatieId === evaluatie.id);
  const paneel = useInPlaats<'invullen' | 'link'>();
  const [uitkomst, setUitkomst] = useState<string>();
  const [alIngevuld, setAlIngevuld] = useState<string>();
  const [link, setLink] = useState<{ url: string; verlooptOp: string }>();
  const maakLink = useMaakMeetlink(huishouden.id);
  const moment = datumTekst(evaluatie.gehoudenOp ?? evaluatie.geplandOp);
  const kopId = `ervaringsmeting-kop-${evaluatie.id}`;
  // The form goes away once answered: focus to the heading, above the news.
  const naarKop = () => document.getElementById(kopId)?.focus();

  return (
    <div className="eenplan-ervaringsmeting">
      <Kop niveau={5} id={kopId} tabIndex={-1}>
        Ervaringsmeting
      </Kop>
      <Uitkomst tekst={uitkomst} />
      {alIngevuld && (
        <Melding soort="warning" role="alert">
          <p className="utrecht-paragraph">{alIngevuld} Uw antwoorden zijn niet opgeslagen.</p>
        </Melding>
      )}
      {meting ? (
        meting.wijze === 'met_professional' ? (
          <>
            <Alinea>Ingevuld met het huishouden op {datumTekst(meting.afgenomenOp)}.</Alinea>
            <Gegevenslijst items={ERVARING_STELLINGEN.map((s) => [ERVARING_STELLING_TEKSTEN[s], antwoordTekst(meting.antwoorden?.[s] ?? null)])} />
          </>
        ) : (
          <Alinea>
            Het huishouden heeft de vragen zelf beantwoord via de link, op {datumTekst(meting.afgenomenOp)}. Zoals de vragenlijst belooft, staan de antwoorden niet in het
            dossier: ze tellen alleen mee in de cijfers voor beleid.
          </Alinea>
        )
      ) : (
        <>
          <Alinea>
            Nog niet ingevuld.
            {openLink && paneel.modus !== 'link' ? ` Het huishouden heeft een link die werkt tot ${tijdstipTekst(openLink.verlooptOp)}.` : ''}
          </Alinea>
          {paneel.modus === 'link' && link && <NieuweMeetlink id={`meetlink-${evaluatie.id}`} link={link} onKlaar={paneel.sluit} />}
          {paneel.modus === 'invullen' ? (
            <ErvaringsmetingFormulier
              huishoudenId={huishouden.id}
              evaluatieId={evaluatie.id}
              onAnnuleren={paneel.sluit}
              onOpgeslagen={() => {
                setUitkomst(`De ervaringsmeting bij de evaluatie van ${moment} is opgeslagen.`);
                naarKop();
              }}
              onAlIngevuld={(tekst) => {
                setAlIngevuld(tekst);
                naarKop();
              }}
            />
          ) : (
            huishouden.mijnRechten.bewerken && (
              <div className="utrecht-button-group eenplan-knoppenrij">
                <Knop
                  ref={paneel.knop('invullen')}
                  aria-label={`Ervaringsmeting van ${moment} invullen met het huishouden`}
                  onClick={() => {
                    setUitkomst(undefined);
                    paneel.open('invullen');
                  }}
                >
                  Invullen met het huishouden
                </Knop>
                <Knop
                  ref={paneel.knop('link')}
                  bezig={maakLink.isPending}
                  aria-label={`${openLink || link ? 'Nieuwe link maken' : 'Link voor het huishouden maken'}: ervaringsmeting van ${moment}`}
                  onClick={() =>
                    maakLink.mutate(evaluatie.id, {
                      onSuccess: (nieuw) => {
                        setLink(nieuw);
                        paneel.open('link');
                      },
                    })
                  }
                >
                  {openLink || link ? 'Nieuwe link maken' : 'Link voor het huishouden maken'}
                </Knop>
              </div>
            )
          )}
          {maakLink.isError && (
            <Melding soort="error" role="alert">
              <p className="utrecht-paragraph">Er is geen link gemaakt. {foutmelding(maakLink.error)}</p>
            </Melding>
          )}
        </>
      )}
    </div>
  );
}
