import * as fs from 'fs';
import * as path from 'path';
import { checkBatch, BatchHeader } from '../protocol/record-batch';
import { buildBatch } from '../../../test/support/record-batch-builder';
import { removeDir, tempDir } from '../../../test/support/broker-fixture';
import { LogConfig, PartitionLog } from './partition-log';
import { StateLog } from './state-log';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const config = (over: Partial<LogConfig> = {}): LogConfig => ({ segmentBytes: 1 << 20, segmentMs: 1e12, retentionBytes: null, retentionMs: null, ...over });

function append(log: PartitionLog, values: string[], ts = Date.now()): number {
  const batch = buildBatch({ values, baseTimestamp: ts });
  const c = checkBatch(batch, 0);
  if (!c.ok) throw new Error('bad batch');
  return log.append(batch, [c.header as BatchHeader]);
}

function offsetsIn(buf: Buffer): number[] {
  const out: number[] = [];
  for (let pos = 0; pos < buf.length; ) {
    const c = checkBatch(buf, pos);
    if (!c.ok) throw new Error(c.reason);
    out.push(c.header.baseOffset);
    pos += c.header.size;
  }
  return out;
}

describe('PartitionLog', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => removeDir(dir));

  it('assigns consecutive offsets and reads whole batches from the one containing the offset', () => {
    const log = new PartitionLog(dir, 't', 0, config(), silent);
    expect(append(log, ['a', 'b', 'c'])).toBe(0);
    expect(append(log, ['d'])).toBe(3);
    expect(append(log, ['e', 'f'])).toBe(4);
    expect(log.logEndOffset).toBe(6);
    expect(offsetsIn(log.read(1, 1 << 20))).toEqual([0, 3, 4]); // offset 1 lives in batch 0
    expect(offsetsIn(log.read(3, 1 << 20))).toEqual([3, 4]);
    expect(offsetsIn(log.read(0, 1))).toEqual([0]); // at least one batch even over the limit
    expect(log.read(6, 1 << 20).length).toBe(0);
    log.close();
  });

  it('rolls segments by size and reads across them', () => {
    const log = new PartitionLog(dir, 't', 0, config({ segmentBytes: 1024 }), silent);
    for (let i = 0; i < 20; i++) append(log, [`value-${i}`.padEnd(200, '.')]);
    const logs = fs.readdirSync(dir).filter((f) => f.endsWith('.log'));
    expect(logs.length).toBeGreaterThan(3);
    expect(offsetsIn(log.read(7, 1 << 20))[0]).toBe(7);
    log.close();
    const reopened = new PartitionLog(dir, 't', 0, config({ segmentBytes: 1024 }), silent);
    expect(reopened.logEndOffset).toBe(20);
    for (let o = 0; o < 20; o++) expect(offsetsIn(reopened.read(o, 1 << 20))[0]).toBe(o);
    reopened.close();
  });

  it('applies size and age retention to whole closed segments', () => {
    const log = new PartitionLog(dir, 't', 0, config({ segmentBytes: 1024, retentionBytes: 2048 }), silent);
    for (let i = 0; i < 30; i++) append(log, ['x'.repeat(200)]);
    log.applyRetention(Date.now());
    expect(log.sizeBytes).toBeLessThanOrEqual(2048 + 1024);
    expect(log.logStartOffset).toBeGreaterThan(0);
    expect(offsetsIn(log.read(log.logStartOffset, 1 << 20))[0]).toBe(log.logStartOffset);
    log.close();

    const dir2 = tempDir();
    const aged = new PartitionLog(dir2, 't', 0, config({ retentionMs: 60_000 }), silent);
    append(aged, ['old'], Date.now() - 120_000);
    append(aged, ['old too'], Date.now() - 120_000);
    aged.applyRetention(Date.now());
    expect(aged.logStartOffset).toBe(2);
    expect(aged.logEndOffset).toBe(2);
    expect(append(aged, ['new'])).toBe(2);
    aged.close();
    removeDir(dir2);
  });

  it('rebuilds a missing or stale index of an older segment from the log', () => {
    const log = new PartitionLog(dir, 't', 0, config({ segmentBytes: 1024 }), silent);
    for (let i = 0; i < 12; i++) append(log, ['y'.repeat(300)]);
    log.close();
    const firstIndex = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.index'))
      .sort()[0];
    fs.writeFileSync(path.join(dir, firstIndex), Buffer.alloc(5)); // not a whole entry
    const reopened = new PartitionLog(dir, 't', 0, config({ segmentBytes: 1024 }), silent);
    expect(reopened.logEndOffset).toBe(12);
    expect(offsetsIn(reopened.read(1, 1 << 20))[0]).toBe(1);
    reopened.close();
  });

  it('drops later segments when an older one is corrupt, rather than leaving a gap', () => {
    const log = new PartitionLog(dir, 't', 0, config({ segmentBytes: 1024 }), silent);
    for (let i = 0; i < 12; i++) append(log, ['z'.repeat(300)]);
    log.close();
    const first = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.log'))
      .sort()[0];
    const p = path.join(dir, first);
    const buf = fs.readFileSync(p);
    buf[buf.length - 2] ^= 0xff;
    fs.writeFileSync(p, buf);
    fs.rmSync(p.replace(/\.log$/, '.index'));
    const reopened = new PartitionLog(dir, 't', 0, config({ segmentBytes: 1024 }), silent);
    const end = reopened.logEndOffset;
    expect(end).toBeLessThan(12);
    expect(append(reopened, ['after'])).toBe(end);
    reopened.close();
  });

  it('looks up offsets by timestamp', () => {
    const log = new PartitionLog(dir, 't', 0, config(), silent);
    append(log, ['a'], 1000);
    append(log, ['b'], 2000);
    append(log, ['c'], 3000);
    expect(log.offsetForTimestamp(1500)).toEqual({ offset: 1, timestamp: 2000 });
    expect(log.offsetForTimestamp(3001)).toBeNull();
    log.close();
  });
});

describe('StateLog', () => {
  it('replays records and truncates a corrupt tail', () => {
    const dir = tempDir();
    const file = path.join(dir, 's.log');
    const log = new StateLog<{ n: number }>(file, silent);
    log.load();
    log.append([{ n: 1 }, { n: 2 }], true);
    log.close();
    const size = fs.statSync(file).size;
    fs.appendFileSync(file, Buffer.from([0, 0, 0, 9, 0, 0, 0, 0, 1]));
    const again = new StateLog<{ n: number }>(file, silent);
    expect(again.load()).toEqual([{ n: 1 }, { n: 2 }]);
    expect(fs.statSync(file).size).toBe(size);
    again.rewrite([{ n: 3 }]);
    again.append([{ n: 4 }], false);
    again.close();
    const third = new StateLog<{ n: number }>(file, silent);
    expect(third.load()).toEqual([{ n: 3 }, { n: 4 }]);
    third.close();
    removeDir(dir);
  });
});
