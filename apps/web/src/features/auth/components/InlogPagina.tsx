import { inloggenSchema, type InloggenInvoer } from '@eenplan/contracts';
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { foutmelding, isApiFout } from '../../../shared/api/http';
import { Alinea } from '../../../ui/Alinea';
import { Foutensamenvatting, type VeldFout } from '../../../ui/Foutensamenvatting';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Laden } from '../../../ui/Laden';
import { Melding } from '../../../ui/Melding';
import { PaginaOpbouw } from '../../../ui/PaginaOpbouw';
import { Tekstveld } from '../../../ui/Tekstveld';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { useFocusNaNavigatie } from '../../../ui/useFocusNaNavigatie';
import type { AfmeldReden } from '../api/auth-api';
import { useHuidigeGebruiker } from '../hooks/useHuidigeGebruiker';
import { useInloggen } from '../hooks/useInloggen';
import { STARTPAGINA } from '../startpagina';

type Veld = keyof InloggenInvoer;
const VELDEN: Veld[] = ['gebruikersnaam', 'wachtwoord'];
const isVeld = (naam: unknown): naam is Veld => VELDEN.includes(naam as Veld);

/** Navigation state the login page understands: why the user landed here. */
export interface InlogPaginaStatus {
  reden?: AfmeldReden;
}

export function InlogPagina() {
  usePaginaTitel('Inloggen');
  const hoofdRef = useFocusNaNavigatie();
  const reden = (useLocation().state as InlogPaginaStatus | null)?.reden;
  const huidige = useHuidigeGebruiker();
  const inloggen = useInloggen();
  const [veldfouten, setVeldfouten] = useState<Partial<Record<Veld, string>>>({});
  const [algemeneFout, setAlgemeneFout] = useState<string>();
  const [poging, setPoging] = useState(0);

  if (huidige.data) return <Navigate to={STARTPAGINA[huidige.data.gebruiker.rol]} replace />;

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formulier = new FormData(e.currentTarget);
    const invoer = { gebruikersnaam: String(formulier.get('gebruikersnaam') ?? ''), wachtwoord: String(formulier.get('wachtwoord') ?? '') };
    setPoging((p) => p + 1);
    setAlgemeneFout(undefined);

    // The same rules (and Dutch messages) as the API, so empty fields need no round trip.
    const controle = inloggenSchema.safeParse(invoer);
    if (!controle.success) {
      const fouten: Partial<Record<Veld, string>> = {};
      for (const issue of controle.error.issues) {
        const veld = issue.path[0];
        if (isVeld(veld)) fouten[veld] ??= issue.message;
      }
      setVeldfouten(fouten);
      return;
    }
    setVeldfouten({});
    inloggen.mutate(controle.data, {
      onError: (fout) => {
        setPoging((p) => p + 1);
        const perVeld = isApiFout(fout, 400) ? (fout.probleem.fouten ?? []).filter((f) => isVeld(f.veld)) : [];
        if (perVeld.length) {
          setVeldfouten(Object.fromEntries(perVeld.map((f) => [f.veld, f.melding])));
        } else {
          // 401 wrong username/password, 403 account disabled, 429 too many attempts: the API's own text.
          setAlgemeneFout(foutmelding(fout));
        }
      },
    });
  }

  const samenvatting: VeldFout[] = [
    ...VELDEN.flatMap((veld) => (veldfouten[veld] ? [{ veldId: veld, melding: veldfouten[veld] }] : [])),
    ...(algemeneFout ? [{ melding: algemeneFout }] : []),
  ];

  return (
    <PaginaOpbouw hoofdRef={hoofdRef}>
      <div className="eenplan-inloggen">
        <Kop niveau={1}>Inloggen</Kop>
        {huidige.isPending ? (
          <Laden />
        ) : (
          <>
            {reden && !samenvatting.length && (
              <Melding soort={reden.soort === 'ok' ? 'ok' : 'warning'} role="status">
                <p className="utrecht-paragraph">{reden.tekst}</p>
              </Melding>
            )}
            <Foutensamenvatting titel="Inloggen is niet gelukt" fouten={samenvatting} teller={poging} />
            <Alinea>Log in met de gebruikersnaam en het wachtwoord van uw organisatie.</Alinea>
            <form className="utrecht-form" noValidate onSubmit={verstuur} aria-label="Inloggen">
              <Tekstveld
                id="gebruikersnaam"
                name="gebruikersnaam"
                label="Gebruikersnaam"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                fout={veldfouten.gebruikersnaam}
              />
              <Tekstveld id="wachtwoord" name="wachtwoord" type="password" label="Wachtwoord" autoComplete="current-password" required fout={veldfouten.wachtwoord} />
              <div className="utrecht-button-group eenplan-knoppen">
                <Knop type="submit" soort="primary-action" bezig={inloggen.isPending}>
                  {inloggen.isPending ? 'Bezig met inloggen…' : 'Inloggen'}
                </Knop>
              </div>
            </form>
          </>
        )}
      </div>
    </PaginaOpbouw>
  );
}
