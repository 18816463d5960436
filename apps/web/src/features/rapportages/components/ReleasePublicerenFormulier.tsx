import { releaseMakenSchema, type Release } from '@eenplan/contracts';
import { useState, type FormEvent } from 'react';
import { foutmelding, isApiFout } from '../../../shared/api/http';
import { Alinea } from '../../../ui/Alinea';
import { Foutensamenvatting, type VeldFout } from '../../../ui/Foutensamenvatting';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Tekstveld } from '../../../ui/Tekstveld';
import { useMaakRelease } from '../hooks/useMaakRelease';

/** The last quarter that has ended, as a hint ("2026-K2" in the third quarter of 2026). */
function vorigKwartaal(nu = new Date()): string {
  const kwartaal = Math.floor(nu.getMonth() / 3); // 0–3, the current one
  return kwartaal === 0 ? `${nu.getFullYear() - 1}-K4` : `${nu.getFullYear()}-K${kwartaal}`;
}

/**
 * Publishes the figures of a period that has ended. A release is frozen once published:
 * corrections come in the next release, so publishing the same period again is refused.
 */
export function ReleasePublicerenFormulier({ kopId, bijGepubliceerd }: { kopId: string; bijGepubliceerd: (release: Release) => void }) {
  const maak = useMaakRelease();
  const [veldfout, setVeldfout] = useState<string>();
  const [algemeneFout, setAlgemeneFout] = useState<string>();
  const [poging, setPoging] = useState(0);
  const [periode, setPeriode] = useState('');

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPoging((p) => p + 1);
    setAlgemeneFout(undefined);
    const controle = releaseMakenSchema.safeParse({ periode });
    if (!controle.success) {
      setVeldfout(controle.error.issues[0]?.message ?? 'Geef een kwartaal als 2026-K3, een jaar als 2026 of twaalf maanden als 2026-K3-12M.');
      return;
    }
    setVeldfout(undefined);
    maak.mutate(controle.data, {
      onSuccess: (release) => {
        setPeriode('');
        bijGepubliceerd(release);
      },
      onError: (fout) => {
        setPoging((p) => p + 1);
        const perVeld = isApiFout(fout, 400) ? (fout.probleem.fouten ?? []).find((f) => f.veld === 'periode') : undefined;
        if (perVeld) setVeldfout(perVeld.melding);
        // 409: this period is already published (and frozen); others: the API's own text.
        else setAlgemeneFout(foutmelding(fout));
      },
    });
  }

  const samenvatting: VeldFout[] = [...(veldfout ? [{ veldId: 'periode', melding: veldfout }] : []), ...(algemeneFout ? [{ melding: algemeneFout }] : [])];

  return (
    <section className="eenplan-publiceren" aria-labelledby={kopId}>
      <Kop niveau={2} id={kopId}>
        Nieuwe cijfers publiceren
      </Kop>
      <Alinea>
        Publiceer de cijfers van een kwartaal of jaar dat voorbij is. Na het publiceren liggen de cijfers vast: ze veranderen niet meer. Klopt er later iets
        niet, dan komt de correctie in de volgende publicatie.
      </Alinea>
      <Foutensamenvatting titel="Publiceren is niet gelukt" fouten={samenvatting} teller={poging} />
      <form className="utrecht-form" noValidate onSubmit={verstuur} aria-labelledby={kopId}>
        <Tekstveld
          id="periode"
          name="periode"
          label="Periode om te publiceren"
          omschrijving={`Een kwartaal, bijvoorbeeld ${vorigKwartaal()}; een heel jaar, bijvoorbeeld ${new Date().getFullYear() - 1}; of de twaalf maanden tot en met een kwartaal, bijvoorbeeld ${vorigKwartaal()}-12M.`}
          autoComplete="off"
          spellCheck={false}
          required
          value={periode}
          onChange={(e) => setPeriode(e.target.value)}
          fout={veldfout}
          className="eenplan-publiceren__periode"
        />
        <div className="utrecht-button-group eenplan-knoppen">
          <Knop type="submit" soort="primary-action" bezig={maak.isPending}>
            {maak.isPending ? 'Bezig met publiceren…' : 'Publiceren'}
          </Knop>
        </div>
      </form>
    </section>
  );
}
