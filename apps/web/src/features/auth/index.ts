// What other parts of the web app may use of auth: who is signed in, their rights, signing in and out.
export { beginTweedeFactor, bevestigTweedeFactor, haalInlogMethoden, HUIDIGE_GEBRUIKER_SLEUTEL, INLOG_METHODEN_SLEUTEL, inloggen, laatsteAfmeldReden, OIDC_START, tweedeStap, type InlogPaginaStatus } from './api/auth-api';
export { GebruikerInKop } from './components/GebruikerInKop';
export { MetRecht } from './components/MetRecht';
export { RechtenVan, useRechten, type Recht } from './components/Rechten';
export { useHuidigeGebruiker } from './hooks/useHuidigeGebruiker';
export { beeindigSessie } from './sessie-einde';
export { STARTPAGINA } from './startpagina';
