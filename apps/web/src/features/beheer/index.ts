export { GebruikersbeheerPagina } from './components/GebruikersbeheerPagina';
