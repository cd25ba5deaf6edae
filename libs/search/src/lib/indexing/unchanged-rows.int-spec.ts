import { IncidentsExtractedV1 } from '@raseed/contracts';
import { IncidentIndexer } from './incident-indexer';
import { MentionCache } from './mention-rows.sql';
import { SqlExecutor, TransactionalSqlExecutor } from '../sql-executor';
import { SearchTestDb, startSearchTestDb } from '../../../test/support/search-db';
import { PLACES, day, ev, extracted, mention } from '../../../test/support/fixtures';
import { shuffled, variedReports } from '../../../test/support/varied-reports';

/** The executor, recording every statement run and the rows it returned. */
function recording(db: TransactionalSqlExecutor, log: { sql: string; rows: Record<string, unknown>[] }[]): TransactionalSqlExecutor {
  const wrap = (x: SqlExecutor): SqlExecutor => ({
    query: async <T>(sql: string, params?: unknown[]) => {
      const rows = await x.query<T>(sql, params);
      log.push({ sql, rows: rows as Record<string, unknown>[] });
      return rows;
    },
  });
  return { ...wrap(db), transaction: (work) => db.transaction((tx) => work(wrap(tx))) };
}

/** Mention keys of the payloads a statement returned. */
const payloadsRead = (log: { rows: Record<string, unknown>[] }[]) =>
  log.flatMap((s) => s.rows.flatMap((r) => (r.payload ? [`${(r.payload as { articleId: string }).articleId}#${(r.payload as { mention: { index: number } }).mention.index}`] : [])));

describe('stored mentions cached by row version', () => {
  let t: SearchTestDb;

  beforeAll(async () => {
    t = await startSearchTestDb();
  });
  afterAll(async () => t?.stop());
  beforeEach(async () => t.reset());

  const tanf = (id: string, d: string, sentence: string) =>
    extracted(id, [mention(0, { date: day(d), place: PLACES.tanf, weapon: 'drone', evidence: ev(sentence) })], { publishedAt: `${d}T12:00:00Z` });

  it('reads no stored payload it wrote or read before: a later batch of the same incident parses only what changed', async () => {
    const log: { sql: string; rows: Record<string, unknown>[] }[] = [];
    const indexer = new IncidentIndexer(recording(t.db, log));
    await indexer.indexArticles([tanf('a1', '2024-01-25', 'هجوم بطائرة مسيرة على قاعدة التنف'), tanf('a2', '2024-01-25', 'مسيرة تستهدف قاعدة التنف')]);
    log.length = 0;
    const r = await indexer.indexArticles([tanf('a3', '2024-01-25', 'استهداف قاعدة التنف بطائرة مسيرة')]);
    expect(r.changedIncidentIds).toHaveLength(1);
    // a1 and a2 were clustered with a3 (the incident's members), from the payloads written with them.
    expect(payloadsRead(log)).toEqual([]);
    expect(indexer.mentions?.hits).toBe(2);
    // Without the cache the same batch reads them from PostgreSQL.
    await t.reset();
    const plain = new IncidentIndexer(recording(t.db, log), { mentionCache: false });
    await plain.indexArticles([tanf('a1', '2024-01-25', 'هجوم بطائرة مسيرة على قاعدة التنف'), tanf('a2', '2024-01-25', 'مسيرة تستهدف قاعدة التنف')]);
    log.length = 0;
    await plain.indexArticles([tanf('a3', '2024-01-25', 'استهداف قاعدة التنف بطائرة مسيرة')]);
    expect(payloadsRead(log).sort()).toEqual(['a1#0', 'a2#0']);
  });

  it('reads a row again once anything changed it: a payload rewritten behind its back is never served stale', async () => {
    const indexer = new IncidentIndexer(t.db);
    await indexer.indexArticles([tanf('a1', '2024-01-25', 'هجوم بطائرة مسيرة على قاعدة التنف'), tanf('a2', '2024-01-25', 'مسيرة تستهدف قاعدة التنف')]);
    // Another writer (another indexer process, a repair) changes a1's stored evidence.
    await t.db.query(`UPDATE search_mentions SET payload = replace(payload::text, 'هجوم بطائرة مسيرة على قاعدة التنف', 'نص معدل عن قاعدة التنف')::json WHERE article_id = 'a1'`);
    const r = await indexer.indexArticles([tanf('a3', '2024-01-25', 'استهداف قاعدة التنف بطائرة مسيرة')]);
    const sentences = r.incidents[0].mentions.map((m) => m.evidence.category?.sentence).sort();
    expect(sentences).toContain('نص معدل عن قاعدة التنف');
    expect(sentences).not.toContain('هجوم بطائرة مسيرة على قاعدة التنف');
    expect(indexer.mentions?.misses).toBe(1);
  });

  it('reads everything again in one statement when a row changes between listing the rows and reading the payloads not cached', async () => {
    const indexer = new IncidentIndexer(t.db);
    await indexer.indexArticles([tanf('a1', '2024-01-25', 'هجوم بطائرة مسيرة على قاعدة التنف'), tanf('a2', '2024-01-25', 'مسيرة تستهدف قاعدة التنف')]);
    // Another writer changes a2, and changes it again once a new indexer (nothing cached) has listed the rows.
    const rewrite = (from: string, to: string) => t.db.query(`UPDATE search_mentions SET payload = replace(payload::text, $1, $2)::json WHERE article_id = 'a2'`, [from, to]);
    await rewrite('مسيرة تستهدف قاعدة التنف', 'نص أول عن قاعدة التنف');
    const log: { sql: string; rows: Record<string, unknown>[] }[] = [];
    const racing: TransactionalSqlExecutor = {
      query: (sql, params) => t.db.query(sql, params),
      transaction: (work) =>
        t.db.transaction((tx) =>
          work({
            query: async <T>(sql: string, params?: unknown[]) => {
              const rows = await tx.query<T>(sql, params);
              log.push({ sql, rows: rows as Record<string, unknown>[] });
              // Between the listing and the payloads: committed by another connection.
              if (sql.includes('xmin::text AS xmin, incident_id FROM')) await rewrite('نص أول عن قاعدة التنف', 'نص ثان عن قاعدة التنف');
              return rows;
            },
          }),
        ),
    };
    const second = new IncidentIndexer(racing);
    const r = await second.indexArticles([tanf('a3', '2024-01-25', 'استهداف قاعدة التنف بطائرة مسيرة')]);
    const sentences = r.incidents[0].mentions.map((m) => m.evidence.category?.sentence).sort();
    expect(sentences).toContain('نص ثان عن قاعدة التنف');
    expect(sentences).not.toContain('نص أول عن قاعدة التنف');
    // The fallback read every payload of the neighbourhood in one statement.
    expect(log.some((s) => s.sql.startsWith('SELECT payload, incident_id FROM search_mentions'))).toBe(true);
  });

  it('gives the incidents, documents and moves of reading every payload, batch after batch, redelivered, and through a settle pass', async () => {
    const reports = variedReports(90, 11);
    const run = async (indexer: IncidentIndexer, events: readonly IncidentsExtractedV1[]) => {
      await t.reset();
      const results: unknown[] = [];
      for (let i = 0; i < events.length; i += 15) results.push(await indexer.indexArticles(events.slice(i, i + 15)));
      results.push(await indexer.settle());
      results.push(await indexer.indexArticles(events.slice(0, 20))); // redelivered after the pass
      results.push(await t.db.query(`SELECT id, doc_hash FROM search_incidents ORDER BY id`));
      results.push(await t.db.query(`SELECT article_id, idx, incident_id, settled FROM search_mentions ORDER BY article_id, idx`));
      return results;
    };
    const events = [...shuffled(reports, 2), ...shuffled(reports, 4).slice(0, 30)];
    const cached = new IncidentIndexer(t.db);
    const withCache = await run(cached, events);
    expect(cached.mentions?.hits).toBeGreaterThan(cached.mentions?.misses ?? 0);
    expect(await run(new IncidentIndexer(t.db, { mentionCache: false }), events)).toEqual(withCache);
  });
});

describe('incident documents the same as stored', () => {
  let t: SearchTestDb;

  beforeAll(async () => {
    t = await startSearchTestDb();
  });
  afterAll(async () => t?.stop());
  beforeEach(async () => t.reset());

  const upserts = (log: { sql: string }[]) => log.filter((s) => s.sql.startsWith('INSERT INTO search_incidents')).length;

  it('are not sent: a redelivered batch rebuilds every incident its articles are in, and writes none of them', async () => {
    const log: { sql: string; rows: Record<string, unknown>[] }[] = [];
    const indexer = new IncidentIndexer(recording(t.db, log));
    const batch = variedReports(40, 3);
    await indexer.indexArticles(batch);
    const before = await t.db.query(`SELECT id, doc_hash, updated_at FROM search_incidents ORDER BY id`);
    expect(upserts(log)).toBe(1);
    log.length = 0;
    const again = await indexer.indexArticles(batch);
    expect(again.changedIncidentIds).toEqual([]);
    expect(upserts(log)).toBe(0);
    expect(await t.db.query(`SELECT id, doc_hash, updated_at FROM search_incidents ORDER BY id`)).toEqual(before);
    // One more report: only the incidents that change are sent.
    log.length = 0;
    const more = await indexer.indexArticles([extracted('late', batch[0].incidents, { publishedAt: '2024-03-01T00:00:00Z' })]);
    expect(more.changedIncidentIds.length).toBeGreaterThan(0);
    const sent = log.find((s) => s.sql.startsWith('INSERT INTO search_incidents'));
    expect(sent?.rows.map((r) => r.id).sort()).toEqual(more.changedIncidentIds);
  });
});

describe('MentionCache', () => {
  const m = (articleId: string) => ({ articleId, publishedAt: null, outlet: null, url: null, mention: { index: 0 } }) as never;

  it('serves a payload only for the row version it was read as', () => {
    const cache = new MentionCache();
    const a = m('a');
    cache.remember('a#0', '100', a);
    expect(cache.get('a#0', '100')).toBe(a);
    expect(cache.get('a#0', '101')).toBeUndefined();
    expect(cache.get('b#0', '100')).toBeUndefined();
  });

  it('knows the rows a committed transaction wrote or changed by its xid', () => {
    const cache = new MentionCache();
    const a = m('a');
    const b = m('b');
    cache.remember('a#0', '100', a);
    cache.commit('200', [b], ['a#0', 'c#0']);
    expect(cache.get('b#0', '200')).toBe(b);
    expect(cache.get('a#0', '200')).toBe(a);
    expect(cache.get('a#0', '100')).toBeUndefined();
    expect(cache.get('c#0', '200')).toBeUndefined();
  });

  it('keeps two generations: what was used lately stays, the rest goes', () => {
    const cache = new MentionCache(2);
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(m);
    cache.remember('a#0', '1', a);
    cache.remember('b#0', '1', b);
    cache.remember('c#0', '1', c); // a and b become the previous generation
    expect(cache.get('a#0', '1')).toBe(a); // used again: back in the current one
    cache.remember('d#0', '1', d); // c and a previous, b gone
    expect(cache.get('b#0', '1')).toBeUndefined();
    expect(cache.get('c#0', '1')).toBe(c);
    expect(cache.size).toBeLessThanOrEqual(4);
  });
});
