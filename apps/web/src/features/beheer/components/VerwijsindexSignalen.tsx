import { LaadFout } from '../../../shared/api/LaadFout';
import { Alinea } from '../../../ui/Alinea';
import { tijdstipTekst } from '../../../ui/datum';
import { Kop } from '../../../ui/Kop';
import { Laden } from '../../../ui/Laden';
import { useVerwijsindexBegrensd } from '../hooks/useVerwijsindexBegrensd';

/**
 * Who was stopped for too many "is this household known?" lookups: a sign of someone trawling
 * BSNs. A list, not a table, so the page keeps one table (the accounts).
 */
export function VerwijsindexSignalen() {
  const signalen = useVerwijsindexBegrensd();
  return (
    <section aria-labelledby="verwijsindex-signalen">
      <Kop niveau={2} id="verwijsindex-signalen">
        Te vaak geraadpleegd: “Is dit huishouden bekend?”
      </Kop>
      {signalen.isPending ? (
        <Laden tekst="Signalen laden…" />
      ) : signalen.isError ? (
        <LaadFout tekst="De signalen konden niet worden geladen." fout={signalen.error} opnieuw={signalen.refetch} />
      ) : signalen.data.gebruikers.length === 0 ? (
        <Alinea>De afgelopen {signalen.data.dagen} dagen is niemand tegengehouden.</Alinea>
      ) : (
        <>
          <Alinea>
            Deze gebruikers raadpleegden de verwijsindex de afgelopen {signalen.data.dagen} dagen vaker dan per uur is toegestaan. Hun
            extra raadplegingen zijn geweigerd.
          </Alinea>
          <ul className="utrecht-unordered-list">
            {signalen.data.gebruikers.map((g) => (
              <li key={g.gebruiker.id} className="utrecht-unordered-list__item">
                {g.gebruiker.naam} ({g.gebruiker.gebruikersnaam}, {g.organisatie.naam}): {g.geweigerd} keer geweigerd, laatst op{' '}
                {tijdstipTekst(g.laatsteOp)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
