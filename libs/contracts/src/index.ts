export * from './zod-nl.js';
export * from './rollen.js';
export * from './leefgebieden.js';
export * from './organisaties.js';
export * from './auth.js';
export * from './problemen.js';
export * from './bsn.js';
export * from './huishoudens.js';
