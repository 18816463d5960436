import { useRouteError } from 'react-router';
import { Alinea } from '../ui/Alinea';
import { Kop } from '../ui/Kop';
import { PaginaOpbouw } from '../ui/PaginaOpbouw';
import { usePaginaTitel } from '../ui/usePaginaTitel';

/** Last resort when a page breaks: a Dutch message instead of a blank screen. */
export function FoutPagina() {
  usePaginaTitel('Er ging iets mis');
  const fout = useRouteError();
  if (import.meta.env.DEV) console.error(fout);
  return (
    <PaginaOpbouw>
      <Kop niveau={1}>Er ging iets mis</Kop>
      <Alinea>Deze pagina kon niet worden getoond. Laad de pagina opnieuw; lukt het dan nog niet, neem contact op met functioneel beheer.</Alinea>
      <Alinea>
        <a className="utrecht-link utrecht-link--html-a" href="/">
          Naar de startpagina
        </a>
      </Alinea>
    </PaginaOpbouw>
  );
}
