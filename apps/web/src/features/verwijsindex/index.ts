export { VerwijsindexPagina } from './components/VerwijsindexPagina';
