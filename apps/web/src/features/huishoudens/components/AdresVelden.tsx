import { Tekstveld } from '../../../ui/Tekstveld';

export interface Adres {
  straat: string;
  huisnummer: string;
  postcode: string;
  woonplaats: string;
}

/** The four address fields, the same at registration and when the address is corrected. `idVoorvoegsel` keeps ids unique on a page. */
export function AdresVelden({
  adres,
  onChange,
  fout,
  idVoorvoegsel = '',
  autoFocus = false,
}: {
  adres: Adres;
  onChange: (adres: Adres) => void;
  fout: (veld: keyof Adres) => string | undefined;
  idVoorvoegsel?: string;
  autoFocus?: boolean;
}) {
  const veld = (naam: keyof Adres) => ({
    id: `${idVoorvoegsel}${naam}`,
    autoComplete: 'off',
    value: adres[naam],
    onChange: (e: { target: { value: string } }) => onChange({ ...adres, [naam]: e.target.value }),
    fout: fout(naam),
  });
  return (
    <>
      <Tekstveld label="Straat" autoFocus={autoFocus} {...veld('straat')} />
      <Tekstveld label="Huisnummer" omschrijving="Met toevoeging als die er is, bijvoorbeeld 12a." className="eenplan-veld--kort" {...veld('huisnummer')} />
      <Tekstveld label="Postcode" omschrijving="Bijvoorbeeld 6001 AB." className="eenplan-veld--kort" {...veld('postcode')} />
      <Tekstveld label="Woonplaats" {...veld('woonplaats')} />
    </>
  );
}
