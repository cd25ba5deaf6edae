import { ArticleRejectionsRepository, FetchRecordsRepository, FetchSourceStateRepository, FetchUrlStateRepository } from '@raseed/persistence';
import { startTestDatabase, TestDatabase } from '@raseed/persistence/testing';

describe('persistence on embedded PostgreSQL', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await startTestDatabase();
  }, 60_000);
  afterAll(() => db?.stop());

  it('has the Arabic text-search configuration and the extensions search needs', async () => {
    const [{ vec }] = await db.dataSource.query(`SELECT to_tsvector('arabic', 'الصواريخ') :: text AS vec`);
    expect(vec).toContain("'");
    const ext = await db.dataSource.query(`SELECT name FROM pg_available_extensions WHERE name IN ('pg_trgm','unaccent') ORDER BY name`);
    expect(ext.map((r: { name: string }) => r.name)).toEqual(['pg_trgm', 'unaccent']);
  });

  it('lowercases and trigram-matches Arabic under the builtin Unicode locale', async () => {
    const [{ l }] = await db.dataSource.query(`SELECT lower('ÀB') AS l`);
    expect(l).toBe('àb');
  });

  it('fetch records: new → v1, same content → skip, changed → v2 (recorded only after emitting)', async () => {
    const repo = new FetchRecordsRepository(db.dataSource);
    expect(await repo.nextVersion('inbox:a.txt', 'h1')).toEqual({ emit: true, version: 1 });
    // Not recorded yet (e.g. the emit failed or the process died): still to be emitted.
    expect(await repo.nextVersion('inbox:a.txt', 'h1')).toEqual({ emit: true, version: 1 });
    await repo.record('inbox:a.txt', 'a1', 'h1', 1);
    expect(await repo.nextVersion('inbox:a.txt', 'h1')).toEqual({ emit: false });
    expect(await repo.nextVersion('inbox:a.txt', 'h2')).toEqual({ emit: true, version: 2 });
  });

  it('fetch records: a late or replayed record never lowers the version', async () => {
    const repo = new FetchRecordsRepository(db.dataSource);
    await repo.record('inbox:b.txt', 'b1', 'h2', 2);
    await repo.record('inbox:b.txt', 'b1', 'h1', 1);
    expect(await repo.nextVersion('inbox:b.txt', 'h2')).toEqual({ emit: false });
  });

  it('fetch records: the first source item to record an article id owns it', async () => {
    const repo = new FetchRecordsRepository(db.dataSource);
    expect(await repo.articleOwner('own-1')).toBeNull();
    await repo.record('inbox:own-1.json', 'own-1', 'h1', 1);
    await new Promise((r) => setTimeout(r, 5));
    await repo.record('inbox:copy.json', 'own-1', 'h9', 1);
    expect(await repo.articleOwner('own-1')).toBe('inbox:own-1.json');
    await repo.record('inbox:own-2.json', 'own-2', 'h1', 1);
    expect(await repo.articleOwners(['own-1', 'own-2', 'own-3', 'own-1'])).toEqual(
      new Map([
        ['own-1', 'inbox:own-1.json'],
        ['own-2', 'inbox:own-2.json'],
      ]),
    );
  });

  it('rejections by a later stage: counted under the source that fetched the article, once per article', async () => {
    const records = new FetchRecordsRepository(db.dataSource);
    const state = new FetchSourceStateRepository(db.dataSource);
    const rejections = new ArticleRejectionsRepository(db.dataSource);
    await records.recordMany([
      { sourceKey: 'inbox:rj-1.json', articleId: 'rj-1', contentHash: 'h', version: 1 },
      { sourceKey: 'folder:drop:sub/rj-2.txt', articleId: 'rj-2', contentHash: 'h', version: 1 },
      { sourceKey: 'url:https://site.example/a/rj-3', articleId: 'rj-3', contentHash: 'h', version: 1 },
      { sourceKey: 'inbox:fine.json', articleId: 'fine', contentHash: 'h', version: 1 },
    ]);
    await new FetchUrlStateRepository(db.dataSource).put({
      url: 'https://site.example/a/rj-3?utm=x',
      sourceName: 'site-rss',
      etag: null,
      lastModified: null,
      itemStamp: null,
      articleUrl: 'https://site.example/a/rj-3',
      contentHash: 'h',
    });
    const at = new Date().toISOString();
    await rejections.recordMany(['rj-1', 'rj-2', 'rj-3', 'rj-1', 'unknown'].map((articleId) => ({ articleId, reason: 'not_arabic', detail: 'x', rejectedAt: at })));
    await rejections.recordMany([{ articleId: 'rj-2', reason: 'empty', detail: 'again', rejectedAt: at }]);
    expect(await state.rejectedDownstream()).toEqual(
      new Map([
        ['drop', 1],
        ['inbox', 1],
        ['site-rss', 1],
      ]),
    );
  });

  it('fetch records in batches: one read for many keys, one write that keeps the highest version', async () => {
    const repo = new FetchRecordsRepository(db.dataSource);
    await repo.record('inbox:c.txt', 'c1', 'h1', 1);
    expect(
      await repo.nextVersions([
        { sourceKey: 'inbox:c.txt', contentHash: 'h1' },
        { sourceKey: 'inbox:c.txt', contentHash: 'h2' },
        { sourceKey: 'inbox:d.txt', contentHash: 'h1' },
      ]),
    ).toEqual([{ emit: false }, { emit: true, version: 2 }, { emit: true, version: 1 }]);
    await repo.recordMany([
      { sourceKey: 'inbox:c.txt', articleId: 'c1', contentHash: 'h3', version: 3 },
      { sourceKey: 'inbox:c.txt', articleId: 'c1', contentHash: 'h2', version: 2 },
      { sourceKey: 'inbox:d.txt', articleId: 'd1', contentHash: 'h1', version: 1 },
    ]);
    expect(
      await repo.nextVersions([
        { sourceKey: 'inbox:c.txt', contentHash: 'h3' },
        { sourceKey: 'inbox:d.txt', contentHash: 'h1' },
      ]),
    ).toEqual([{ emit: false }, { emit: false }]);
  });
});
