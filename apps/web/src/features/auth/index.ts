// What other parts of the web app may use of auth: who is signed in, their rights, signing in and out.
export { HUIDIGE_GEBRUIKER_SLEUTEL, inloggen, laatsteAfmeldReden, type InlogPaginaStatus } from './api/auth-api';
export { GebruikerInKop } from './components/GebruikerInKop';
export { MetRecht } from './components/MetRecht';
export { RechtenVan, useRechten, type Recht } from './components/Rechten';
export { useHuidigeGebruiker } from './hooks/useHuidigeGebruiker';
export { beeindigSessie } from './sessie-einde';
export { STARTPAGINA } from './startpagina';
