import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Alinea } from '../../../ui/Alinea';
import { Knop } from '../../../ui/Knop';
import { KnopLink } from '../../../ui/KnopLink';
import { Kop } from '../../../ui/Kop';
import { Tekstveld } from '../../../ui/Tekstveld';
import { usePaginaTitel } from '../../../ui/usePaginaTitel';
import { useRechten, useHuidigeGebruiker } from '../../auth';
import { WerkvoorraadTabel } from './WerkvoorraadTabel';
import { Zoekresultaten } from './Zoekresultaten';

const PER_PAGINA = 25;

/** The start page of consultants and professionals: their households and what needs attention; search. */
export function WerkvoorraadPagina() {
  usePaginaTitel('Werkvoorraad');
  const rechten = useRechten();
  const rol = useHuidigeGebruiker().data?.gebruiker.rol;
  const [params, setParams] = useSearchParams();
  const zoek = params.get('zoek')?.trim() ?? '';
  const pagina = Math.max(1, Number.parseInt(params.get('pagina') ?? '1', 10) || 1);
  const [zoekInvoer, setZoekInvoer] = useState(zoek);

  function zoeken(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const term = zoekInvoer.trim();
    setParams(term ? { zoek: term } : {});
  }

  const naarPagina = (nieuw: number) => {
    const volgende = new URLSearchParams(params);
    volgende.set('pagina', String(nieuw));
    return `?${volgende}`;
  };

  return (
    <>
      <Kop niveau={1}>Werkvoorraad</Kop>
      <Alinea inleiding>
        {rol === 'professional'
          ? 'De huishoudens die hun plan met u delen: u zit in hun team en het huishouden gaf toestemming voor uw organisatie. Wat aandacht vraagt staat bovenaan.'
          : 'De huishoudens waarvoor u werkt: als casemanager of als lid van het team rond het huishouden. Wat aandacht vraagt staat bovenaan.'}
      </Alinea>

      {rechten.can('create', 'Huishouden') && (
        <p className="utrecht-paragraph eenplan-knoppenrij">
          <KnopLink soort="primary-action" to="/huishoudens/nieuw">
            Huishouden registreren
          </KnopLink>
          {rechten.can('read', 'Verwijsindex') && <KnopLink to="/verwijsindex">Is dit huishouden bekend?</KnopLink>}
        </p>
      )}

      <form role="search" aria-label="Huishoudens zoeken" className="eenplan-zoeken" onSubmit={zoeken}>
        <Tekstveld
          id="zoek"
          name="zoek"
          type="search"
          label="Zoek een huishouden"
          omschrijving="Op naam van een lid of op postcode, binnen de huishoudens die u mag zien."
          value={zoekInvoer}
          maxLength={100}
          onChange={(e) => setZoekInvoer(e.target.value)}
        />
        <div className="utrecht-button-group eenplan-zoeken__knoppen">
          <Knop type="submit" soort="secondary-action">
            Zoeken
          </Knop>
          {zoek && (
            <Knop
              soort="subtle"
              onClick={() => {
                setZoekInvoer('');
                setParams({});
              }}
            >
              Zoekopdracht wissen
            </Knop>
          )}
        </div>
      </form>

      {zoek ? (
        <Zoekresultaten zoek={zoek} pagina={pagina} perPagina={PER_PAGINA} naarPagina={naarPagina} />
      ) : (
        <WerkvoorraadTabel pagina={pagina} perPagina={PER_PAGINA} naarPagina={naarPagina} />
      )}
    </>
  );
}
