import { createServer } from 'net';

/** A TCP port free on 127.0.0.1 right now (the OS picks it), none of `avoid`. */
export async function findFreePort(avoid: readonly number[] = [], pick: () => Promise<number> = anyFreePort): Promise<number> {
  // The port a caller has promised to another process (the API's, bound seconds later) is free
  // until then: the kernel may hand it out again, and the two would collide.
  for (let attempt = 0; attempt < AVOID_ATTEMPTS; attempt++) {
    const port = await pick();
    if (!avoid.includes(port)) return port;
  }
  throw new Error(`no free port other than ${avoid.join(', ')} after ${AVOID_ATTEMPTS} attempts`);
}
const AVOID_ATTEMPTS = 20;

function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
