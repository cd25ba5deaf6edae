import { Stats, promises as fs, statSync } from 'fs';
import { join } from 'path';
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
  await walk(dir, '', out);
  return settledInOrder(out, settleMs, now);
}

/** What a look at named paths found (statInboxPaths). */
export interface InboxPathsLook {
  /** Settled article files among them, oldest first. */
  settled: InboxEntry[];
  /** Article files still being written: look again once they settle. */
  unsettled: string[];
  /** A name is a folder: only a scan of the whole tree finds what it holds. */
  folder: boolean;
}

/**
 * Looks at the paths a file-system event named (relative to `dir`) without listing the
 * folder: the cost of an event stays one stat however many files the inbox holds. Names that
 * no longer exist, dotfiles and other types are left out.
 */
export function statInboxPaths(dir: string, relativePaths: Iterable<string>, settleMs: number, now = Date.now()): InboxPathsLook {
  const found: InboxEntry[] = [];
  let folder = false;
  for (const rel of relativePaths) {
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    const abs = join(dir, rel);
    const stat = statSync(abs, { throwIfNoEntry: false });
    if (!stat || name.startsWith('.')) continue;
    if (stat.isDirectory()) folder = true;
    else if (stat.isFile() && isArticleFile(name)) found.push(entry(rel, abs, stat));
  }
  const settled = settledInOrder(found, settleMs, now);
  const ready = new Set(settled);
  return { settled, unsettled: found.filter((e) => !ready.has(e)).map((e) => e.relativePath), folder };
}

function settledInOrder(entries: InboxEntry[], settleMs: number, now: number): InboxEntry[] {
  return entries.filter((e) => now - e.mtimeMs >= settleMs).sort((a, b) => a.mtimeMs - b.mtimeMs || a.relativePath.localeCompare(b.relativePath));
}

async function walk(dir: string, prefix: string, out: InboxEntry[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  let sinceTurn = 0;
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const abs = join(dir, e.name);
    const rel = prefix + e.name;
    if (e.isDirectory()) await walk(abs, `${rel}/`, out);
    else if (e.isFile() && isArticleFile(e.name)) {
      // Synchronous stats, a slice at a time: a stat of a cached inode is microseconds, while
      // the promise API costs ~3x the CPU in its thread-pool round trip (a 10,000-file inbox
      // scanned every second was most of the fetcher's CPU).
      const stat = statSync(abs, { throwIfNoEntry: false });
      if (stat) out.push(entry(rel, abs, stat));
      if (++sinceTurn === STATS_PER_TURN) {
        sinceTurn = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }
}

// Stats between event-loop turns: ~5 ms of work, so a huge inbox never stalls the process.
const STATS_PER_TURN = 500;

const entry = (relativePath: string, absolutePath: string, stat: Stats): InboxEntry => ({ relativePath, absolutePath, size: stat.size, mtimeMs: stat.mtimeMs });

const isArticleFile = (name: string) => (INBOX_EXTENSIONS as readonly string[]).includes(extOf(name));

function extOf(name: string): string {
  const i = name.lastIndexOf('.');
  return i < 0 ? '' : name.slice(i).toLowerCase();
}
