// What other parts of the web app may use of auth: the login page, who is signed in and their rights.
export { HUIDIGE_GEBRUIKER_SLEUTEL, laatsteAfmeldReden } from './api/auth-api';
export { GebruikerInKop } from './components/GebruikerInKop';
export { InlogPagina, type InlogPaginaStatus } from './components/InlogPagina';
export { MetRecht } from './components/MetRecht';
export { RechtenVan, useRechten, type Recht } from './components/Rechten';
export { useHuidigeGebruiker } from './hooks/useHuidigeGebruiker';
export { beeindigSessie } from './sessie-einde';
export { STARTPAGINA } from './startpagina';
export { TweedeFactorPagina } from './components/TweedeFactorPagina';
