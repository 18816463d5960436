import { uitnodigingAanvaardenInvoer } from '@eenplan/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { vraag } from '../../../shared/api/http';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { Alinea } from '../../../ui/Alinea';
import { Kop } from '../../../ui/Kop';
import { Melding } from '../../../ui/Melding';
import { PaginaOpbouw } from '../../../ui/PaginaOpbouw';
import { Tekstveld } from '../../../ui/Tekstveld';
import { useFocusNaNavigatie } from '../../../ui/useFocusNaNavigatie';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';

/** Opened from the invitation link, without logging in: the new user chooses a password. */
export function UitnodigingPagina() {
  usePaginaTitel('Wachtwoord kiezen');
  const { token = '' } = useParams();
  const hoofdRef = useFocusNaNavigatie();
  const formulier = useFormulier();
  const [wachtwoord, setWachtwoord] = useState('');
  const [herhaling, setHerhaling] = useState('');
  const aanvaard = useMutation({ mutationFn: (invoer: { wachtwoord: string }) => vraag<void>('POST', `/uitnodigingen/${encodeURIComponent(token)}`, invoer) });

  function verstuur() {
    const invoer = formulier.controleer(uitnodigingAanvaardenInvoer, { wachtwoord }, herhaling === wachtwoord ? {} : { herhaling: 'De twee wachtwoorden zijn niet gelijk.' });
    if (invoer) aanvaard.mutate(invoer, { onError: formulier.verwerkFout });
  }

  return (
    <PaginaOpbouw hoofdRef={hoofdRef}>
      <Kop niveau={1}>Wachtwoord kiezen</Kop>
      {aanvaard.isSuccess ? (
        <Melding soort="ok">
          <p className="utrecht-paragraph">
            Uw wachtwoord is opgeslagen. <Link to="/inloggen">Log nu in</Link>.
          </p>
        </Melding>
      ) : (
        <>
          <Alinea inleiding>Kies een wachtwoord voor uw nieuwe account. Deze link werkt één keer.</Alinea>
          <Formulier
            id="uitnodiging"
            label="Wachtwoord kiezen"
            kopNiveau={1}
            foutTitel="Het wachtwoord is niet opgeslagen"
            formulier={formulier}
            velden={[
              ['wachtwoord', 'uitnodiging-wachtwoord'],
              ['herhaling', 'uitnodiging-herhaling'],
            ]}
            onVerstuur={verstuur}
            verstuurTekst="Wachtwoord opslaan"
            bezig={aanvaard.isPending}
            className="eenplan-formulier"
          >
            <Tekstveld id="uitnodiging-wachtwoord" type="password" label="Nieuw wachtwoord" omschrijving="Minstens 12 tekens." autoComplete="new-password" value={wachtwoord} onChange={(e) => setWachtwoord(e.target.value)} fout={formulier.veldfouten.wachtwoord} />
            <Tekstveld id="uitnodiging-herhaling" type="password" label="Herhaal het wachtwoord" autoComplete="new-password" value={herhaling} onChange={(e) => setHerhaling(e.target.value)} fout={formulier.veldfouten.herhaling} />
          </Formulier>
        </>
      )}
    </PaginaOpbouw>
  );
}
