import { Navigate } from 'react-router';
import { useHuidigeGebruiker, STARTPAGINA } from '../features/auth';

/** "/" leads to the start page of the user's role. */
export function NaarStartpagina() {
  const gebruiker = useHuidigeGebruiker().data;
  return gebruiker ? <Navigate to={STARTPAGINA[gebruiker.gebruiker.rol]} replace /> : null;
}
