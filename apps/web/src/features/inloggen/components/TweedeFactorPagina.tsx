import { codeSchema, type Herstelcodes, type TweedeFactorInschrijving } from '@eenplan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { foutmelding } from '../../../shared/api/http';
import { Alinea } from '../../../ui/Alinea';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Laden } from '../../../ui/Laden';
import { Melding } from '../../../ui/Melding';
import { Tekstveld } from '../../../ui/Tekstveld';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { beginTweedeFactor, bevestigTweedeFactor, HUIDIGE_GEBRUIKER_SLEUTEL } from '../../auth';

/** Setting up two-step login: scan the QR code, type the first code, keep the recovery codes. */
export function TweedeFactorPagina() {
  usePaginaTitel('Tweestapsverificatie instellen');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const formulier = useFormulier();
  const [code, setCode] = useState('');
  const begin = useMutation<TweedeFactorInschrijving>({ mutationFn: beginTweedeFactor });
  const bevestig = useMutation<Herstelcodes, Error, { code: string }>({ mutationFn: bevestigTweedeFactor, meta: { eigen401Afhandeling: true } });
  const { mutate: start } = begin;
  // Once: each start makes a new secret, and only the last one matches the QR code shown.
  const gestart = useRef(false);
  useEffect(() => {
    if (gestart.current) return;
    gestart.current = true;
    start();
  }, [start]);

  if (bevestig.data) {
    return (
      <>
        <Kop niveau={1}>Tweestapsverificatie instellen</Kop>
        <Melding soort="ok" role="status">
          <p className="utrecht-paragraph">Tweestapsverificatie staat aan.</p>
        </Melding>
        <Kop niveau={2}>Uw herstelcodes</Kop>
        <Alinea>Bewaar deze codes op een veilige plek, bijvoorbeeld op papier. Kwijt u uw telefoon, dan logt u in met een van deze codes. Elke code werkt één keer. U ziet ze alleen nu.</Alinea>
        <ul className="utrecht-unordered-list eenplan-herstelcodes" aria-label="Herstelcodes">
          {bevestig.data.herstelcodes.map((c) => (
            <li key={c} className="utrecht-unordered-list__item">
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <Knop
          soort="primary-action"
          onClick={() => {
            void queryClient.invalidateQueries({ queryKey: HUIDIGE_GEBRUIKER_SLEUTEL }).then(() => navigate('/', { replace: true }));
          }}
        >
          Ik heb de codes bewaard
        </Knop>
      </>
    );
  }

  return (
    <>
      <Kop niveau={1}>Tweestapsverificatie instellen</Kop>
      <Alinea>Voor uw account is een tweede stap bij het inloggen nodig. Daarvoor gebruikt u een authenticator-app op uw telefoon.</Alinea>
      {begin.isPending && <Laden />}
      {begin.isError && (
        <Melding soort="error" role="alert">
          <p className="utrecht-paragraph">{foutmelding(begin.error)}</p>
        </Melding>
      )}
      {begin.data && (
        <>
          <Kop niveau={2}>Stap 1: scan de QR-code</Kop>
          <img src={begin.data.qrCode} alt="QR-code voor uw authenticator-app" width={200} height={200} />
          <Alinea>
            Lukt scannen niet? Vul dan deze sleutel in de app in: <code data-testid="geheim">{begin.data.geheim}</code>
          </Alinea>
          <Kop niveau={2}>Stap 2: vul de code uit de app in</Kop>
          <Formulier
            id="tweede-factor"
            label="Stap 2: vul de code uit de app in"
            kopNiveau={2}
            foutTitel="Instellen is niet gelukt"
            formulier={formulier}
            velden={[['code', 'code']]}
            onVerstuur={() => {
              const invoer = formulier.controleer(codeSchema, { code });
              if (invoer) bevestig.mutate(invoer, { onError: formulier.verwerkFout });
            }}
            verstuurTekst="Instellen"
            bezig={bevestig.isPending}
            bezigTekst="Bezig met controleren…"
            className=""
          >
            <Tekstveld id="code" name="code" label="Code uit de app" autoComplete="one-time-code" inputMode="numeric" required value={code} onChange={(e) => setCode(e.target.value)} fout={formulier.veldfouten.code} />
          </Formulier>
        </>
      )}
    </>
  );
}
