import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';

// The real lint config of the repo, applied to forbidden imports as if they stood in real files.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.env.NX_DAEMON = 'false';
const eslint = new ESLint({ cwd: root });

// The Nx rule silently skips itself when no project graph is cached; compute it first.
beforeAll(() => {
  execFileSync('npx', ['nx', 'show', 'projects'], { cwd: root, env: { ...process.env, NX_DAEMON: 'false' }, stdio: 'ignore' });
});

async function grensfouten(bestand: string, code: string): Promise<string[]> {
  const [resultaat] = await eslint.lintText(code, { filePath: path.join(root, bestand) });
  const regel = resultaat!.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries');
  expect(regel.map((m) => m.message).join('\n')).not.toMatch(/rule will be skipped/);
  return regel.filter((m) => m.severity === 2).map((m) => m.message);
}

describe('module boundaries', () => {
  it('forbid the API from importing the web app', async () => {
    const fouten = await grensfouten('apps/api/src/health/health.controller.ts', `import '@eenplan/web';\nexport {};\n`);
    expect(fouten.join('\n')).toMatch(/scope:api.*scope:shared|tagged with "scope:shared"/s);
  });

  it('forbid the web app from importing the API', async () => {
    const fouten = await grensfouten('apps/web/src/main.tsx', `import '@eenplan/api';\nexport {};\n`);
    expect(fouten.join('\n')).toMatch(/scope:shared/);
  });

  it('forbid reaching into another project by relative path', async () => {
    const fouten = await grensfouten('apps/web/src/main.tsx', `import '../../api/src/app.js';\nexport {};\n`);
    expect(fouten.length).toBeGreaterThan(0);
  });

  it('allow both apps to import the shared libs', async () => {
    expect(await grensfouten('apps/api/src/health/health.controller.ts', `import '@eenplan/permissions';\nexport {};\n`)).toEqual([]);
    expect(await grensfouten('apps/web/src/main.tsx', `import '@eenplan/contracts';\nexport {};\n`)).toEqual([]);
  });

  it('forbid the shared libs from importing an app', async () => {
    const fouten = await grensfouten('libs/permissions/src/ability.ts', `import '@eenplan/api';\nexport {};\n`);
    expect(fouten.length).toBeGreaterThan(0);
  });
});
