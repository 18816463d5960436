import { verwijsindexSchema } from '@eenplan/contracts';
import { useState } from 'react';
import type { VerwijsindexAntwoord } from '@eenplan/contracts';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { Alinea } from '../../../ui/Alinea';
import { Kop } from '../../../ui/Kop';
import { Melding } from '../../../ui/Melding';
import { Tekstveld } from '../../../ui/Tekstveld';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { useRaadpleegVerwijsindex } from '../hooks/useRaadpleegVerwijsindex';

/**
 * "Is dit huishouden bekend?": by a member's BSN, only whether a household with an active plan
 * exists and whom to contact. Never plan content; every lookup is logged.
 */
export function VerwijsindexPagina() {
  usePaginaTitel('Is dit huishouden bekend?');
  const formulier = useFormulier();
  const raadpleeg = useRaadpleegVerwijsindex();
  const [bsn, setBsn] = useState('');
  const [uitkomst, setUitkomst] = useState<{ antwoord: VerwijsindexAntwoord; eindigtOp: string }>();

  function verstuur() {
    setUitkomst(undefined);
    const invoer = formulier.controleer(verwijsindexSchema, { bsn });
    if (!invoer) return;
    raadpleeg.mutate(invoer.bsn, {
      onSuccess: (antwoord) => {
        // The BSN does not stay on the screen longer than needed.
        setBsn('');
        setUitkomst({ antwoord, eindigtOp: invoer.bsn.slice(-3) });
      },
      onError: formulier.verwerkFout,
    });
  }

  return (
    <>
      <Kop niveau={1}>Is dit huishouden bekend?</Kop>
      <Alinea inleiding>
        Zoek met het BSN van een lid of er al een huishouden met een plan van aanpak is, en met wie u contact opneemt. U ziet geen inhoud van het plan: neem contact op en vraag het huishouden om toestemming.
      </Alinea>
      <Melding soort="warning">
        <p className="utrecht-paragraph">
          <strong>Elke raadpleging wordt vastgelegd:</strong> wie, wanneer en of er een huishouden is gevonden (het BSN zelf niet). De casemanager van het huishouden kan dat terugzien. Raadpleeg alleen
          als u daar een reden voor hebt in uw werk met dit huishouden.
        </p>
      </Melding>
      <Formulier
        id="verwijsindex"
        label="Raadplegen op BSN"
        kopNiveau={1}
        foutTitel="Raadplegen is niet gelukt"
        formulier={formulier}
        velden={[['bsn', 'verwijsindex-bsn']]}
        onVerstuur={verstuur}
        verstuurTekst="Raadplegen"
        bezig={raadpleeg.isPending}
        className="eenplan-formulier"
      >
        <Tekstveld
          id="verwijsindex-bsn"
          label="BSN van een lid van het huishouden"
          omschrijving="9 cijfers."
          className="eenplan-veld--kort"
          inputMode="numeric"
          autoComplete="off"
          value={bsn}
          onChange={(e) => setBsn(e.target.value)}
          fout={formulier.veldfouten.bsn}
        />
      </Formulier>
      <div role="status" className="eenplan-uitkomst">
        {uitkomst && <Resultaat {...uitkomst} />}
      </div>
    </>
  );
}

function Resultaat({ antwoord, eindigtOp }: { antwoord: VerwijsindexAntwoord; eindigtOp: string }) {
  return (
    <section aria-labelledby="verwijsindex-resultaat" className="eenplan-sectie">
      <Kop niveau={2} id="verwijsindex-resultaat">
        Resultaat voor het BSN dat eindigt op {eindigtOp}
      </Kop>
      {!antwoord.bekend ? (
        <Melding soort="info">
          <p className="utrecht-paragraph">
            <strong>Niet bekend.</strong> Er is geen huishouden met een lid met dit BSN.
          </p>
        </Melding>
      ) : (
        <Melding soort={antwoord.actiefPlan ? 'ok' : 'info'}>
          <p className="utrecht-paragraph">
            <strong>{antwoord.actiefPlan ? 'Bekend, met een actief plan van aanpak.' : 'Bekend, maar zonder actief plan van aanpak.'}</strong>{' '}
            {antwoord.contact.length ? 'Neem contact op met:' : ''}
          </p>
          {antwoord.contact.length > 0 && (
            <ul className="utrecht-unordered-list">
              {antwoord.contact.map((c) => (
                <li key={`${c.rol}-${c.naam}`} className="utrecht-unordered-list__item">
                  {c.naam}, {c.rol === 'casemanager' ? 'casemanager' : 'regisseur'} ({c.organisatie})
                </li>
              ))}
            </ul>
          )}
        </Melding>
      )}
    </section>
  );
}
