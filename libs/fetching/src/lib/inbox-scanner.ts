import { promises as fs } from 'fs';
import { join, relative, sep } from 'path';
import { INBOX_EXTENSIONS } from './inbox-file';

export interface InboxEntry {
  relativePath: string;
  absolutePath: string;
  size: number;
  mtimeMs: number;
}

/**
 * Article files under `dir` that have settled (not modified for `settleMs`), so a file
 * still being copied is picked up on a later scan instead of half-read. Dotfiles and
 * partial downloads are skipped.
 */
export async function scanInbox(dir: string, settleMs: number, now = Date.now()): Promise<InboxEntry[]> {
  const out: InboxEntry[] = [];
  await walk(dir, dir, out);
  return out.filter((e) => now - e.mtimeMs >= settleMs).sort((a, b) => a.mtimeMs - b.mtimeMs || a.relativePath.localeCompare(b.relativePath));
}

async function walk(root: string, dir: string, out: InboxEntry[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) await walk(root, abs, out);
    else if (entry.isFile() && (INBOX_EXTENSIONS as readonly string[]).includes(extOf(entry.name))) files.push(abs);
  }
  // Stats in parallel, a bounded number at a time: one by one, a backlog of 100,000 files
  // takes seconds per scan.
  for (let i = 0; i < files.length; i += STAT_CONCURRENCY) {
    const stats = await Promise.all(
      files.slice(i, i + STAT_CONCURRENCY).map((abs) =>
        fs.stat(abs).then(
          (stat) => ({ abs, stat }),
          () => null,
        ),
      ),
    );
    for (const s of stats) if (s) out.push({ relativePath: relative(root, s.abs).split(sep).join('/'), absolutePath: s.abs, size: s.stat.size, mtimeMs: s.stat.mtimeMs });
  }
}

const STAT_CONCURRENCY = 64;

function extOf(name: string): string {
  const i = name.lastIndexOf('.');
  return i < 0 ? '' : name.slice(i).toLowerCase();
}
