import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-support/test-app.js';

// A tiny built web app, laid out as vite builds it: index.html, hashed assets with their
// precompressed .br/.gz beside them, and a file from public/.
const SCRIPT = `console.log(${JSON.stringify('eenplan '.repeat(400))});\n`;
const INDEX = '<!doctype html><html lang="nl"><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>';

describe('the web app beside the API', () => {
  let t: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'eenplan-web-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), INDEX);
    writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // Would be served if the static handler looked at /api paths.
    mkdirSync(path.join(dist, 'api'));
    writeFileSync(path.join(dist, 'api', 'onbekend'), 'van schijf');
    const asset = path.join(dist, 'assets', 'index-Ab12Cd34.js');
    writeFileSync(asset, SCRIPT);
    writeFileSync(`${asset}.br`, brotliCompressSync(SCRIPT));
    writeFileSync(`${asset}.gz`, gzipSync(SCRIPT));
    t = await startTestApp({ WEB_DIST: dist });
  });

  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves a hashed asset precompressed (brotli preferred, gzip otherwise), to keep forever', async () => {
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const antwoord = await t.http().get('/assets/index-Ab12Cd34.js').set('Accept-Encoding', accept).expect(200);
      expect(antwoord.headers['content-encoding']).toBe(encoding);
      expect(antwoord.headers['content-type']).toMatch(/javascript/);
      expect(antwoord.headers['vary']).toMatch(/Accept-Encoding/i);
      expect(antwoord.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(Number(antwoord.headers['content-length'])).toBeLessThan(SCRIPT.length / 10);
      expect(antwoord.text).toBe(SCRIPT);
    }
  });

  it('serves the asset as it is to a client that accepts no compression', async () => {
    const antwoord = await t.http().get('/assets/index-Ab12Cd34.js').set('Accept-Encoding', 'identity').expect(200);
    expect(antwoord.headers['content-encoding']).toBeUndefined();
    expect(antwoord.text).toBe(SCRIPT);
  });

  it('answers a missing asset with 404, not with index.html', async () => {
    const antwoord = await t.http().get('/assets/index-Weg00000.js').expect(404);
    expect(antwoord.text).not.toContain('<div id="root">');
  });

  it('lets the browser check index.html, a client route and public files each time (no-cache)', async () => {
    for (const pad of ['/', '/werkvoorraad', '/huishoudens/0f8d2c4e-1111-4222-8333-944455556666/team']) {
      const antwoord = await t.http().get(pad).expect(200);
      expect(antwoord.headers['content-type']).toMatch(/text\/html/);
      expect(antwoord.headers['cache-control']).toBe('no-cache');
      expect(antwoord.text).toBe(INDEX);
    }
    expect((await t.http().get('/favicon.svg').expect(200)).headers['cache-control']).toBe('no-cache');
  });

  it('compresses a large API answer and still forbids keeping it (no-store)', async () => {
    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const antwoord = await t.http().get('/api/openapi.json').set('Accept-Encoding', accept).expect(200);
      expect(antwoord.headers['content-encoding']).toBe(encoding);
      expect(antwoord.headers['cache-control']).toBe('no-store');
      expect(antwoord.headers['content-type']).toMatch(/application\/json/);
      expect((antwoord.body as { openapi: string }).openapi).toMatch(/^3\.1/);
    }
  });

  it('leaves small API answers uncompressed (not worth the CPU)', async () => {
    const antwoord = await t.http().get('/api/health').set('Accept-Encoding', 'gzip, br').expect(200);
    expect(antwoord.headers['content-encoding']).toBeUndefined();
  });

  it('keeps /api away from the static files: an unknown API path is a problem+json 404, never index.html', async () => {
    for (const pad of ['/api/onbekend', '/api/assets/index-Ab12Cd34.js', '/api']) {
      const antwoord = await t.http().get(pad).set('Accept-Encoding', 'gzip, br').expect(404);
      expect(antwoord.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(antwoord.headers['cache-control']).toBe('no-store');
      expect(antwoord.text).not.toContain('<div id="root">');
      expect(antwoord.text).not.toContain('van schijf');
    }
  });
});
