import { codeSchema, inloggenSchema } from '@eenplan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useFormulier } from '../../../shared/formulier/useFormulier';
import { Alinea } from '../../../ui/Alinea';
import { Kop } from '../../../ui/Kop';
import { Laden } from '../../../ui/Laden';
import { Melding } from '../../../ui/Melding';
import { PaginaOpbouw } from '../../../ui/PaginaOpbouw';
import { Tekstveld } from '../../../ui/Tekstveld';
import { useFocusNaNavigatie } from '../../../ui/useFocusNaNavigatie';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { haalInlogMethoden, INLOG_METHODEN_SLEUTEL, OIDC_START, STARTPAGINA, useHuidigeGebruiker, type InlogPaginaStatus } from '../../auth';
import { KnopLink } from '../../../ui/KnopLink';
import { useInloggen } from '../hooks/useInloggen';

const VELDEN: [string, string][] = [
  ['gebruikersnaam', 'gebruikersnaam'],
  ['wachtwoord', 'wachtwoord'],
];

export function InlogPagina() {
  usePaginaTitel('Inloggen');
  const hoofdRef = useFocusNaNavigatie();
  const reden = (useLocation().state as InlogPaginaStatus | null)?.reden;
  const huidige = useHuidigeGebruiker();
  const methoden = useQuery({ queryKey: INLOG_METHODEN_SLEUTEL, queryFn: ({ signal }) => haalInlogMethoden(signal), staleTime: Infinity });
  // Until known (or if unknown), the password form shows: it is the default everywhere.
  const metWachtwoord = methoden.data?.wachtwoord ?? true;
  const { wachtwoord: inloggen, code: codeStap } = useInloggen();
  const formulier = useFormulier();
  const codeFormulier = useFormulier();
  const [gebruikersnaam, setGebruikersnaam] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [code, setCode] = useState('');
  const [codeNodig, setCodeNodig] = useState(false);

  if (huidige.data) return <Navigate to={STARTPAGINA[huidige.data.gebruiker.rol]} replace />;

  function verstuur() {
    // The same rules (and Dutch messages) as the API, so empty fields need no round trip.
    const invoer = formulier.controleer(inloggenSchema, { gebruikersnaam, wachtwoord });
    // 401 wrong username/password, 403 account disabled, 429 too many attempts: the API's own text.
    if (invoer) {
      inloggen.mutate(invoer, {
        onError: formulier.verwerkFout,
        onSuccess: (antwoord) => setCodeNodig('tweedeStapNodig' in antwoord),
      });
    }
  }

  function verstuurCode() {
    const invoer = codeFormulier.controleer(codeSchema, { code });
    // 401: wrong or already used code, or the password step expired; 429: too many tries.
    if (invoer) codeStap.mutate(invoer, { onError: codeFormulier.verwerkFout });
  }

  if (codeNodig) {
    return (
      <PaginaOpbouw hoofdRef={hoofdRef}>
        <div className="eenplan-inloggen">
          <Kop niveau={1}>Code invullen</Kop>
          <Alinea>Open de authenticator-app op uw telefoon en vul de code van 6 cijfers in. Geen telefoon bij de hand? Vul dan een van uw herstelcodes in.</Alinea>
          <Formulier
            id="tweede-stap"
            label="Code invullen"
            kopNiveau={1}
            foutTitel="Inloggen is niet gelukt"
            formulier={codeFormulier}
            velden={[['code', 'code']]}
            onVerstuur={verstuurCode}
            verstuurTekst="Verder"
            bezig={codeStap.isPending}
            bezigTekst="Bezig met controleren…"
            className=""
          >
            <Tekstveld
              id="code"
              name="code"
              label="Code"
              autoComplete="one-time-code"
              inputMode="numeric"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={code}
              onChange={(e) => setCode(e.target.value)}
              fout={codeFormulier.veldfouten.code}
            />
          </Formulier>
        </div>
      </PaginaOpbouw>
    );
  }

  return (
    <PaginaOpbouw hoofdRef={hoofdRef}>
      <div className="eenplan-inloggen">
        <Kop niveau={1}>Inloggen</Kop>
        {huidige.isPending ? (
          <Laden />
        ) : (
          <>
            {reden && !formulier.samenvatting(VELDEN).length && (
              <Melding soort={reden.soort === 'ok' ? 'ok' : 'warning'} role="status">
                <p className="utrecht-paragraph">{reden.tekst}</p>
              </Melding>
            )}
            {methoden.data?.organisatie && (
              <>
                <Alinea>Log in met het account van uw organisatie.</Alinea>
                <p className="utrecht-paragraph">
                  <KnopLink to={OIDC_START} reloadDocument soort={metWachtwoord ? 'secondary-action' : 'primary-action'}>
                    Inloggen via uw organisatie
                  </KnopLink>
                </p>
              </>
            )}
            {metWachtwoord && <Alinea>{methoden.data?.organisatie ? 'Of log in met uw gebruikersnaam en wachtwoord.' : 'Log in met de gebruikersnaam en het wachtwoord van uw organisatie.'}</Alinea>}
            {metWachtwoord && <Formulier
              id="inloggen"
              label="Inloggen"
              kopNiveau={1}
              foutTitel="Inloggen is niet gelukt"
              formulier={formulier}
              velden={VELDEN}
              onVerstuur={verstuur}
              verstuurTekst="Inloggen"
              bezig={inloggen.isPending}
              bezigTekst="Bezig met inloggen…"
              className=""
            >
              <Tekstveld
                id="gebruikersnaam"
                name="gebruikersnaam"
                label="Gebruikersnaam"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                value={gebruikersnaam}
                onChange={(e) => setGebruikersnaam(e.target.value)}
                fout={formulier.veldfouten.gebruikersnaam}
              />
              <Tekstveld
                id="wachtwoord"
                name="wachtwoord"
                type="password"
                label="Wachtwoord"
                autoComplete="current-password"
                required
                value={wachtwoord}
                onChange={(e) => setWachtwoord(e.target.value)}
                fout={formulier.veldfouten.wachtwoord}
              />
            </Formulier>}
          </>
        )}
      </div>
    </PaginaOpbouw>
  );
}
