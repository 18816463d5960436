// The household's own questionnaire; its statement question is reused when a professional fills it in with the household.
export { ErvaringPagina } from './components/ErvaringPagina';
export { KEUZES, StellingVraag } from './components/StellingVraag';
