export { vrijePoort } from './vrije-poort.js';
