import { execFileSync, spawn } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * A real zombie: `sleep 0` exits under a shell that exec'd `sleep 30` and never reaps it. Owned by
 * the user PostgreSQL runs as (`postgres` when the tests run as root), as a killed postmaster is:
 * PostgreSQL takes a pid it may not signal for a stale one.
 */
async function zombie(): Promise<{ pid: number; parent: ReturnType<typeof spawn> }> {
  const owner = process.getuid?.() === 0 ? { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) } : {};
  const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 30'], { ...owner, stdio: ['ignore', 'pipe', 'ignore'] });
  const pid = Number(await new Promise<string>((r) => parent.stdout!.once('data', (d: Buffer) => r(d.toString().trim()))));
  for (;;) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return { pid, parent };
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('embedded PostgreSQL after kill -9', () => {
  const dir = mkdtempSync(join(tmpdir(), 'raseed-pg-zombie-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // A restart right after kill -9 of the launcher's group finds the old postmaster a zombie
  // until init reaps it: its postmaster.pid must not keep the new one from starting.
  it('starts although postmaster.pid names a postmaster that is now a zombie', async () => {
    const first = await startEmbeddedPostgres({ dataDir: join(dir, 'pg') });
    await first.stop();
    const z = await zombie();
    try {
      const pidFile = join(dir, 'pg', 'postmaster.pid');
      writeFileSync(pidFile, `${z.pid}\n${join(dir, 'pg')}\n`);
      const again = await startEmbeddedPostgres({ dataDir: join(dir, 'pg') });
      try {
        const client = new Client({ connectionString: again.url });
        await client.connect();
        expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
        await client.end();
      } finally {
        await again.stop();
      }
    } finally {
      z.parent.kill();
    }
  }, 60_000);
});
