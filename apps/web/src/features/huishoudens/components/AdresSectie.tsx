import { huishoudenWijzigenSchema, type HuishoudenDetail } from '@eenplan/contracts';
import { useState } from 'react';
import { Formulier } from '../../../shared/formulier/Formulier';
import { useBasisVersie, useFormulier } from '../../../shared/formulier/useFormulier';
import { Alinea } from '../../../ui/Alinea';
import { Knop } from '../../../ui/Knop';
import { Kop } from '../../../ui/Kop';
import { Uitkomst } from '../../../ui/Uitkomst';
import { AdresVelden } from './AdresVelden';
import { useInPlaats } from '../../../ui/useInPlaats';
import { useWijzigAdres } from '../hooks/huishouden-wijzigingen';

const adresTekst = (h: Pick<HuishoudenDetail, 'straat' | 'huisnummer' | 'postcode' | 'woonplaats'>) => `${h.straat} ${h.huisnummer}, ${h.postcode} ${h.woonplaats}`;

/** Where the household lives, and correcting it after a move or a typing error. */
export function AdresSectie({ huishouden }: { huishouden: HuishoudenDetail }) {
  const paneel = useInPlaats<'wijzigen'>();
  const [uitkomst, setUitkomst] = useState<string>();
  const bewerken = huishouden.mijnRechten.bewerken && huishouden.status !== 'afgesloten';
  return (
    <section aria-labelledby="adres-kop" className="eenplan-sectie">
      <Kop niveau={2} id="adres-kop">
        Adres
      </Kop>
      <Uitkomst tekst={uitkomst} />
      {paneel.modus === 'wijzigen' ? (
        <AdresFormulier
          huishouden={huishouden}
          onKlaar={(tekst) => {
            setUitkomst(tekst);
            paneel.sluit();
          }}
        />
      ) : (
        <>
          <Alinea>{adresTekst(huishouden)}</Alinea>
          {bewerken && (
            <Knop
              ref={paneel.knop('wijzigen')}
              soort="secondary-action"
              onClick={() => {
                setUitkomst(undefined);
                paneel.open('wijzigen');
              }}
            >
              Adres wijzigen
            </Knop>
          )}
        </>
      )}
    </section>
  );
}

function AdresFormulier({ huishouden, onKlaar }: { huishouden: HuishoudenDetail; onKlaar: (uitkomst?: string) => void }) {
  const formulier = useFormulier();
  const wijzig = useWijzigAdres(huishouden.id);
  const [basisVersie] = useBasisVersie(formulier, huishouden.versie);
  const [adres, setAdres] = useState({ straat: huishouden.straat, huisnummer: huishouden.huisnummer, postcode: huishouden.postcode, woonplaats: huishouden.woonplaats });
  const fout = (veld: keyof typeof adres) => formulier.veldfouten[veld];

  function verstuur() {
    const invoer = formulier.controleer(huishoudenWijzigenSchema, { ...adres, versie: basisVersie });
    if (invoer) wijzig.mutate(invoer, { onSuccess: () => onKlaar('Het adres is opgeslagen.'), onError: formulier.verwerkFout });
  }

  return (
    <Formulier
      id="adres-wijzigen"
      titel="Adres wijzigen"
      kopNiveau={3}
      foutTitel="Het adres is nog niet opgeslagen"
      formulier={formulier}
      velden={[
        ['straat', 'adres-straat'],
        ['huisnummer', 'adres-huisnummer'],
        ['postcode', 'adres-postcode'],
        ['woonplaats', 'adres-woonplaats'],
      ]}
      onVerstuur={verstuur}
      verstuurTekst="Adres opslaan"
      bezig={wijzig.isPending}
      bezigTekst="Bezig met opslaan…"
      onAnnuleren={() => onKlaar()}
      conflict={{ wat: 'Uw wijziging van het adres', huidig: [['Adres', adresTekst(huishouden)]] }}
    >
      <AdresVelden adres={adres} onChange={setAdres} fout={fout} idVoorvoegsel="adres-" autoFocus />
    </Formulier>
  );
}
