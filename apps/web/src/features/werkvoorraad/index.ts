export { WerkvoorraadPagina } from './components/WerkvoorraadPagina';
