// The login page and the second-factor enrolment, apart from auth (who is signed in, their rights) so that it and its form
// validation (zod) load only on /inloggen, not with every page.
export { InlogPagina } from './components/InlogPagina';
export { TweedeFactorPagina } from './components/TweedeFactorPagina';
