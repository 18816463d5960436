import { Alinea } from '../../../ui/Alinea';
import { Kop } from '../../../ui/Kop';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';

export function RapportagesPagina() {
  usePaginaTitel('Rapportages');
  return (
    <>
      <Kop niveau={1}>Rapportages</Kop>
      <Alinea inleiding>Hier komen de geanonimiseerde cijfers voor thema 2: integrale ondersteuning, eigen regie, regie-afspraken en de ervaring van huishoudens.</Alinea>
      <Alinea>De cijfers zijn per gemeente en periode (kwartaal, jaar) en nooit herleidbaar tot een huishouden.</Alinea>
    </>
  );
}
