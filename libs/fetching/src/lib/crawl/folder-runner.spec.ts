import { ArticleFetchedV1 } from '@raseed/contracts';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { MemoryStore } from '../../../test/memory-store';
import { FolderRunner, WHOLE_SCAN_COST_MULTIPLE } from './folder-runner';

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
    const again = new FolderRunner({
      dir,
      sourceName: 'inbox',
      settleMs: 0,
      maxBytes: 1e6,
      store,
      emit: async (events) => void requests.push(events.map((e) => e.articleId)),
      reject: async () => undefined,
    });
    expect(await again.runOnce()).toMatchObject({ fetched: 5, emitted: 0, skipped: 5 });
  });
});

describe('FolderRunner: inbox files that claim the same article id', () => {
  let dir: string;
  const put = (name: string, body: object) => {
    writeFileSync(join(dir, name), JSON.stringify(body));
    const old = (Date.now() - 10_000) / 1000;
    utimesSync(join(dir, name), old, old);
  };
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'folder-ids-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the first claim and gives the other file an id of its own, stable across versions', async () => {
    const store = new MemoryStore();
    const emitted: ArticleFetchedV1[] = [];
    const warnings: string[] = [];
    const runner = () =>
      new FolderRunner({
        dir,
        sourceName: 'inbox',
        settleMs: 0,
        maxBytes: 1e6,
        store,
        emit: async (es) => void emitted.push(...es),
        reject: async () => undefined,
        log: (level, m) => level === 'warn' && warnings.push(m),
      });
    put('d002.json', { id: 'd002', text: 'هجوم على قاعدة التنف' });
    await runner().runOnce();
    put('dup-id.json', { id: 'd002', text: 'قصف على قاعدة الشدادي' });
    await runner().runOnce();

    expect(emitted.map((e) => [e.fileName, e.articleId])).toEqual([
      ['d002.json', 'd002'],
      ['dup-id.json', expect.stringMatching(/^d002-[0-9a-f]{12}$/)],
    ]);
    expect(warnings.join('\n')).toMatch(/dup-id\.json claims article id d002, which inbox:d002\.json already has/);

    // A changed foreign file is a new version of its own article; the original is untouched.
    put('dup-id.json', { id: 'd002', text: 'قصف جديد على قاعدة الشدادي' });
    await runner().runOnce();
    expect(emitted[2].articleId).toBe(emitted[1].articleId);
    expect(store.records.get('inbox:dup-id.json')).toMatchObject({ version: 2, articleId: emitted[1].articleId });
    expect(store.records.get('inbox:d002.json')).toMatchObject({ version: 1, articleId: 'd002' });
  });

  it('uses the URL-derived id, as for fetched pages, when the colliding file has a URL', async () => {
    const store = new MemoryStore();
    const emitted: ArticleFetchedV1[] = [];
    const runner = new FolderRunner({ dir, sourceName: 'inbox', settleMs: 0, maxBytes: 1e6, store, emit: async (es) => void emitted.push(...es), reject: async () => undefined });
    put('a.json', { id: 'x1', text: 'هجوم' });
    put('b.json', { id: 'x1', url: 'https://example.org/news/1', text: 'قصف' });
    await runner.runOnce();
    expect(emitted.map((e) => e.articleId)).toEqual(['x1', expect.stringMatching(/^[0-9a-f]{20}$/)]);
  });
});

describe('FolderRunner: looking only at the files events named', () => {
  let dir: string;
  const old = () => (Date.now() - 10_000) / 1000;
  const put = (name: string, text: string, settled = true) => {
    writeFileSync(join(dir, name), text);
    if (settled) utimesSync(join(dir, name), old(), old());
  };
  const runnerFor = (emitted: ArticleFetchedV1[], failing: { broker: boolean } = { broker: false }) =>
    new FolderRunner({
      dir,
      sourceName: 'inbox',
      settleMs: 2000,
      maxBytes: 1e6,
      store: new MemoryStore(),
      emit: async (es) => {
        if (failing.broker) throw new Error('broker unavailable');
        emitted.push(...es);
      },
      reject: async () => undefined,
    });
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'folder-noticed-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the noticed files only, keeps one still being written until it settles, and forgets names that are gone', async () => {
    const emitted: ArticleFetchedV1[] = [];
    const runner = runnerFor(emitted);
    put('unnoticed.txt', 'هجوم أول');
    put('a.txt', 'هجوم على قاعدة');
    put('fresh.txt', 'قصف جديد', false);
    for (const n of ['a.txt', 'fresh.txt', 'gone.txt', '.hidden.txt']) runner.notice(n);
    await runner.runOnce(() => false, 'noticed');
    // Not listed: the file no event named waits for a whole scan.
    expect(emitted.map((e) => e.articleId)).toEqual(['a']);
    expect(runner.waiting).toBe(1);
    utimesSync(join(dir, 'fresh.txt'), old(), old());
    await runner.runOnce(() => false, 'noticed');
    expect(emitted.map((e) => e.articleId)).toEqual(['a', 'fresh']);
    expect(runner.waiting).toBe(0);
    await runner.runOnce(() => false, 'all');
    expect(emitted.map((e) => e.articleId)).toEqual(['a', 'fresh', 'unnoticed']);
  });

  it('a noticed folder makes the look a whole scan (a folder event names no file inside it)', async () => {
    const emitted: ArticleFetchedV1[] = [];
    const runner = runnerFor(emitted);
    mkdirSync(join(dir, 'sub'));
    put('sub/b.txt', 'هجوم في مجلد');
    runner.notice('sub');
    await runner.runOnce(() => false, 'noticed');
    expect(emitted.map((e) => e.fileName)).toEqual(['sub/b.txt']);
    expect(runner.waiting).toBe(0);
  });

  it('a noticed file whose emit failed stays noticed, so the next look retries it', async () => {
    const emitted: ArticleFetchedV1[] = [];
    const failing = { broker: true };
    const runner = runnerFor(emitted, failing);
    put('a.txt', 'هجوم على قاعدة');
    runner.notice('a.txt');
    await expect(runner.runOnce(() => false, 'noticed')).rejects.toThrow('broker unavailable');
    expect(runner.waiting).toBe(1);
    failing.broker = false;
    await runner.runOnce(() => false, 'noticed');
    expect(emitted.map((e) => e.articleId)).toEqual(['a']);
  });

  it('paces whole scans to their cost: due after the poll interval, or after WHOLE_SCAN_COST_MULTIPLE times the last one', async () => {
    const runner = runnerFor([]);
    expect(runner.wholeScanDue(1000)).toBe(true);
    for (let i = 0; i < 2000; i++) writeFileSync(join(dir, `f${i}.txt`), 'x');
    const before = performance.now();
    await runner.runOnce(() => false, 'all');
    const scanned = performance.now();
    // The scan read nothing (every file too fresh); what it cost is what paces the next. (Reckoned from before the
    // scan: it ended at or after that, so 999 ms later is too early however long the await took to return.)
    expect(runner.wholeScanDue(1000, before + 999)).toBe(false);
    const lastCost = scanned - before;
    expect(runner.wholeScanDue(1, scanned + WHOLE_SCAN_COST_MULTIPLE * lastCost + 1)).toBe(true);
    expect(runner.wholeScanDue(1000, scanned + 1000 + WHOLE_SCAN_COST_MULTIPLE * lastCost)).toBe(true);
  });
});
