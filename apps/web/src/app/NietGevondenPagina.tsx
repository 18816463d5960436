import { Link } from 'react-router';
import { Alinea } from '../ui/Alinea';
import { Kop } from '../ui/Kop';
import { usePaginaTitel } from '../ui/usePaginaTitel';

export function NietGevondenPagina() {
  usePaginaTitel('Pagina niet gevonden');
  return (
    <>
      <Kop niveau={1}>Pagina niet gevonden</Kop>
      <Alinea>Deze pagina bestaat niet (meer). Controleer het adres of ga naar uw startpagina.</Alinea>
      <Alinea>
        <Link className="utrecht-link utrecht-link--html-a" to="/">
          Naar uw startpagina
        </Link>
      </Alinea>
    </>
  );
}
