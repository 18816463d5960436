export { UitnodigingPagina } from './components/UitnodigingPagina';
