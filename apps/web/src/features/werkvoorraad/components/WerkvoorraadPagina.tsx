import { Alinea } from '../../../ui/Alinea';
import { Kop } from '../../../ui/Kop';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';

export function WerkvoorraadPagina() {
  usePaginaTitel('Werkvoorraad');
  return (
    <>
      <Kop niveau={1}>Werkvoorraad</Kop>
      <Alinea inleiding>Hier verschijnen de huishoudens waarvoor u werkt: als casemanager of als lid van het team rond het huishouden.</Alinea>
      <Alinea>Per huishouden ziet u straks het plan van aanpak, wie de regie heeft en welke acties aandacht vragen.</Alinea>
    </>
  );
}
