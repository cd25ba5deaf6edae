import { createHash } from 'crypto';
import { realpathSync } from 'fs';
import { createConnection, createServer, Server } from 'net';
import { resolve } from 'path';

/** Thrown when another live process holds the lock; `holderPid` names it when it could be asked. */
export class DirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holderPid: number | null,
    readonly holderRole: string | null,
  ) {
    super(`${dir} is in use by ${holderRole ?? 'another process'}${holderPid ? ` (pid ${holderPid})` : ''}`);
  }
}

export interface DirLock {
  readonly dir: string;
  release(): Promise<void>;
}

/**
 * An exclusive lock on a directory that the kernel releases the moment its holder dies,
 * however it dies (kill -9 included, zombie or not): a listening Linux abstract-namespace
 * socket named after the directory's real path. No file is left behind to go stale, a
 * recycled pid can never look like a holder, and it needs no native module (Node has no
 * flock). Anyone refused connects to the socket and learns the holder's pid and role.
 *
 * Scope: one network namespace (containers sharing a volume across namespaces do not see
 * each other's locks) and Linux only; elsewhere this falls back to "no lock" with `kernel:
 * false`, and callers keep their own check.
 */
export async function acquireDirLock(dir: string, role: string): Promise<DirLock & { kernel: boolean }> {
  const real = realpathSync(resolve(dir));
  if (process.platform !== 'linux') return { dir: real, kernel: false, release: async () => undefined };
  const address = lockAddress(real);
  const server = createServer((socket) => socket.end(JSON.stringify({ pid: process.pid, role })));
  // A holder that is exiting no longer answers but may hold the address for a moment more.
  for (let attempt = 0; ; attempt++) {
    try {
      await new Promise<void>((ok, fail) => {
        server.once('error', fail);
        server.listen(address, () => ok());
      });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
      const holder = await askHolder(address);
      if (holder || attempt >= 20) throw new DirLockedError(real, holder?.pid ?? null, holder?.role ?? null);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  // The lock must never keep a process alive on its own.
  server.unref();
  let released: Promise<void> | null = null;
  return {
    dir: real,
    kernel: true,
    release: () => (released ??= closeServer(server)),
  };
}

/** Who holds `dir`'s lock right now, or null when nobody does. */
export async function dirLockHolder(dir: string): Promise<{ pid: number; role: string } | null> {
  if (process.platform !== 'linux') return null;
  return askHolder(lockAddress(realpathSync(resolve(dir))));
}

function lockAddress(realDir: string): string {
  return `\0raseed-dir-lock:${createHash('sha256').update(realDir).digest('hex').slice(0, 40)}`;
}

function askHolder(address: string): Promise<{ pid: number; role: string } | null> {
  return new Promise((done) => {
    let data = '';
    const socket = createConnection(address);
    const timer = setTimeout(() => socket.destroy(), 2000);
    socket.on('data', (d) => (data += d.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      try {
        done(JSON.parse(data) as { pid: number; role: string });
      } catch {
        done(null);
      }
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((ok) => server.close(() => ok()));
}
