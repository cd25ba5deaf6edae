import { ArticleFetchedV1 } from '@raseed/contracts';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { MemoryStore } from '../../../test/memory-store';
import { FolderRunner } from './folder-runner';

describe('FolderRunner seen-set order (check → emit → record)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'folder-runner-'));
    writeFileSync(join(dir, 'a.txt'), 'هجوم على قاعدة');
    const old = (Date.now() - 10_000) / 1000;
    utimesSync(join(dir, 'a.txt'), old, old);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('an emit that fails leaves the file to be emitted on the next run: nothing is lost', async () => {
    const store = new MemoryStore();
    const emitted: ArticleFetchedV1[] = [];
    let brokerUp = false;
    const runner = new FolderRunner({
      dir,
      sourceName: 'inbox',
      settleMs: 0,
      maxBytes: 1e6,
      store,
      emit: async (events) => {
        if (!brokerUp) throw new Error('broker unavailable');
        emitted.push(...events);
      },
      reject: async () => undefined,
    });
    await expect(runner.runOnce()).rejects.toThrow('broker unavailable');
    expect(store.records.size).toBe(0);
    brokerUp = true;
    await runner.runOnce();
    expect(emitted.map((e) => e.articleId)).toEqual(['a']);
    await runner.runOnce();
    expect(emitted).toHaveLength(1);
  });

  it('emits in chunks (one request each), rejects unreadable files once, and records every file', async () => {
    const old = (Date.now() - 10_000) / 1000;
    for (const name of ['b.txt', 'c.txt', 'd.txt', 'empty.txt']) {
      writeFileSync(join(dir, name), name === 'empty.txt' ? '' : `هجوم ${name}`);
      utimesSync(join(dir, name), old, old);
    }
    const store = new MemoryStore();
    const requests: string[][] = [];
    const rejected: string[] = [];
    const runner = new FolderRunner({
      dir,
      sourceName: 'inbox',
      settleMs: 0,
      maxBytes: 1e6,
      store,
      chunkSize: 2,
      emit: async (events) => void requests.push(events.map((e) => e.articleId)),
      reject: async (event) => void rejected.push(event.articleId),
    });
    const counters = await runner.runOnce();
    expect(requests.flat().sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(Math.max(...requests.map((r) => r.length))).toBe(2);
    expect(rejected).toEqual(['empty']);
    expect(counters).toMatchObject({ fetched: 5, emitted: 4, errors: 1, skipped: 0 });
    expect(store.records.size).toBe(5);
    // A fresh runner (a restart) finds everything in the seen-set.
    const again = new FolderRunner({ dir, sourceName: 'inbox', settleMs: 0, maxBytes: 1e6, store, emit: async (events) => void requests.push(events.map((e) => e.articleId)), reject: async () => undefined });
    expect(await again.runOnce()).toMatchObject({ fetched: 5, emitted: 0, skipped: 5 });
  });
});
