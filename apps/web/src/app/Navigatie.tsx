import { NavLink } from 'react-router';
import { useRechten, type Recht } from '../features/auth';

const MENU: (Recht & { naar: string; tekst: string })[] = [
  { naar: '/werkvoorraad', tekst: 'Werkvoorraad', actie: 'read', subject: 'Werkvoorraad' },
  { naar: '/verwijsindex', tekst: 'Is dit huishouden bekend?', actie: 'read', subject: 'Verwijsindex' },
  { naar: '/rapportages', tekst: 'Rapportages', actie: 'read', subject: 'Rapportage' },
  { naar: '/beheer', tekst: 'Gebruikersbeheer', actie: 'read', subject: 'Gebruiker' },
];

/** The main menu: only the pages the user's role may open. */
export function Navigatie() {
  const rechten = useRechten();
  const zichtbaar = MENU.filter((item) => rechten.can(item.actie, item.subject));
  return (
    <ul className="utrecht-nav-list">
      {zichtbaar.map((item) => (
        <li key={item.naar} className="utrecht-nav-list__item">
          <NavLink to={item.naar} className="utrecht-nav-list__link eenplan-navigatie__link">
            {item.tekst}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
