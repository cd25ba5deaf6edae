import { checkBatch, BatchHeader } from '../protocol/record-batch';
import { buildBatch } from '../../../test/support/record-batch-builder';
import { removeDir, tempDir } from '../../../test/support/broker-fixture';
import { LogFlusher } from './log-flusher';
import { TopicStore } from './topic-store';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('LogFlusher', () => {
  it('syncs every partition appended before the round and shares rounds between callers', async () => {
    const dir = tempDir();
    const store = new TopicStore(dir, { segmentBytes: 1 << 20, segmentMs: 1e12, retentionBytes: null, retentionMs: null }, silent);
    const topic = store.create('t', 2);
    const flusher = new LogFlusher(store);
    const append = (p: number) => {
      const b = buildBatch({ values: ['v'] });
      const c = checkBatch(b, 0);
      if (!c.ok) throw new Error(c.reason);
      topic.partitions[p].append(b, [c.header as BatchHeader]);
    };
    append(0);
    const first = flusher.sync();
    append(1); // same tick: joins the round that has not picked its files yet
    expect(flusher.sync()).toBe(first);
    await first;
    expect(topic.partitions.map((p) => p.dirty)).toEqual([false, false]);
    append(0);
    await Promise.all([flusher.sync(), flusher.sync()]);
    expect(topic.partitions[0].dirty).toBe(false);
    await flusher.idle();
    store.close();
    removeDir(dir);
  });
});
