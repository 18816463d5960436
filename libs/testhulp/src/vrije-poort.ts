import { createServer } from 'node:net';

/** A TCP port that is free right now on 127.0.0.1 (the OS picks it; the probe is closed again). */
export function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const adres = server.address();
      server.close(() => (typeof adres === 'object' && adres ? resolve(adres.port) : reject(new Error('geen vrije poort gevonden'))));
    });
  });
}
