import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { vrijePoort } from './vrije-poort.js';

describe('vrijePoort', () => {
  it('gives a port in the unprivileged range that a server can listen on at once', async () => {
    const poort = await vrijePoort();
    expect(poort).toBeGreaterThan(1023);
    expect(poort).toBeLessThan(65536);
    const server = createServer();
    await new Promise<void>((klaar, fout) => {
      server.once('error', fout);
      server.listen(poort, '127.0.0.1', klaar);
    });
    expect(server.address()).toMatchObject({ port: poort });
    await new Promise<void>((klaar) => server.close(() => klaar()));
  });
});
