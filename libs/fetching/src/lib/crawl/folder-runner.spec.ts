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
      emit: async (event) => {
        if (!brokerUp) throw new Error('broker unavailable');
        emitted.push(event);
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
});
