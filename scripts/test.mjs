#!/usr/bin/env node
// `npm test`: build what the browser tests serve, lint (module boundaries included), lint the
// OpenAPI document with Spectral (no warnings allowed), then one vitest run over every project. Ends with the line `N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: process.env.CI ? '0' : '1' };
const uitvoer = '.test-results.json';

function stap(naam, opdracht, args) {
  console.log(`\n▶ ${naam}`);
  const r = spawnSync(opdracht, args, { stdio: 'inherit', env });
  return r.status ?? 1;
}

for (const [naam, args] of [
  ['bouwen', ['nx', 'run-many', '-t', 'build', '--outputStyle=static']],
  ['lint en typecheck', ['nx', 'run-many', '-t', 'lint', 'typecheck', '--outputStyle=static']],
]) {
  if (stap(naam, 'npx', args) !== 0) {
    console.log(`\n${naam} mislukt; tests niet gestart.\n0 passed, 1 failed`);
    process.exit(1);
  }
}

// The document as GET /api/openapi.json serves it, written from the built API's metadata (no database).
const map = mkdtempSync(join(tmpdir(), 'eenplan-openapi-'));
const document = join(map, 'openapi.json');
const openapi =
  stap('OpenAPI schrijven', 'node', ['apps/api/dist/openapi/schrijf-openapi.js', document]) ||
  stap('OpenAPI lint (Spectral)', 'npx', ['spectral', 'lint', document, '--ruleset', '.spectral.yaml', '--fail-severity', 'warn']);
rmSync(map, { recursive: true, force: true });
if (openapi !== 0) {
  console.log('\nOpenAPI-lint mislukt; tests niet gestart.\n0 passed, 1 failed');
  process.exit(1);
}

rmSync(uitvoer, { force: true });
const code = stap('tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${uitvoer}`, ...process.argv.slice(2)]);
if (!existsSync(uitvoer)) {
  console.log('\nvitest gaf geen resultaten.\n0 passed, 1 failed');
  process.exit(code || 1);
}
const r = JSON.parse(readFileSync(uitvoer, 'utf8'));
// Failed tests, plus each test file that failed without a failed test (an import or hook error).
const mislukt = r.numFailedTests + (r.testResults ?? []).filter((s) => s.status === 'failed' && !s.assertionResults?.some((a) => a.status === 'failed')).length;
const overgeslagen = r.numPendingTests + r.numTodoTests;
console.log(`\n${r.numPassedTests} passed, ${mislukt} failed${overgeslagen ? `, ${overgeslagen} skipped` : ''}`);
process.exit(code !== 0 || mislukt > 0 || r.numPassedTests === 0 ? 1 : 0);
