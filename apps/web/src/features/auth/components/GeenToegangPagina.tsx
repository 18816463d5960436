import { Link } from 'react-router';
import { Alinea } from '../../../ui/Alinea';
import { Kop } from '../../../ui/Kop';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { useHuidigeGebruiker } from '../hooks/useHuidigeGebruiker';
import { STARTPAGINA } from '../startpagina';

export function GeenToegangPagina() {
  usePaginaTitel('Geen toegang');
  const gebruiker = useHuidigeGebruiker().data;
  return (
    <>
      <Kop niveau={1}>Geen toegang</Kop>
      <Alinea inleiding>U heeft geen toegang tot deze pagina met uw rol.</Alinea>
      <Alinea>Denkt u dat dit niet klopt? Neem dan contact op met functioneel beheer van uw organisatie.</Alinea>
      {gebruiker && (
        <Alinea>
          <Link className="utrecht-link utrecht-link--html-a" to={STARTPAGINA[gebruiker.gebruiker.rol]}>
            Naar uw startpagina
          </Link>
        </Alinea>
      )}
    </>
  );
}
