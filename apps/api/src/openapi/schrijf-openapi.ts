// `npm test` writes the OpenAPI document with this (no database needed) and lints it with Spectral.
// Usage: node apps/api/dist/openapi/schrijf-openapi.js <file>
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { openApiZonderApp } from './zonder-app.js';

const bestand = process.argv[2];
if (!bestand) {
  process.stderr.write('Gebruik: schrijf-openapi.js <bestand>\n');
  process.exit(2);
}
writeFileSync(bestand, JSON.stringify(openApiZonderApp(), null, 2) + '\n');
