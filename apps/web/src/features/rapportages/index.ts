export { RapportagesPagina } from './components/RapportagesPagina';
