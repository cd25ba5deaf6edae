import { createHash } from 'crypto';
import { IncidentIndexer } from './incident-indexer';
import { PostgresSearchAdapter } from '../postgres/postgres-search.adapter';
import { SearchTestDb, startSearchTestDb } from '../../../test/support/search-db';
import { PLACES, day, ev, extracted, mention } from '../../../test/support/fixtures';

describe('IncidentIndexer on PostgreSQL', () => {
  let t: SearchTestDb;
  let indexer: IncidentIndexer;
  let search: PostgresSearchAdapter;

  beforeAll(async () => {
    t = await startSearchTestDb();
    indexer = new IncidentIndexer(t.db);
    search = new PostgresSearchAdapter(t.db);
  });
  afterAll(async () => t?.stop());
  beforeEach(async () => t.reset());

  const tanfThursday = extracted(
    'a1',
    [mention(0, { date: day('2024-01-25'), place: PLACES.tanf, weapon: 'drone', injured: 6, evidence: ev('هجوم بطائرة مسيرة على قاعدة التنف ليل الخميس وإصابة 6 جنود') })],
    { publishedAt: '2024-01-26T08:00:00Z', outlet: 'Outlet A' },
  );
  const tanfFriday = extracted(
    'a2',
    [mention(0, { date: day('2024-01-26'), place: PLACES.tanf, weapon: 'drone', injured: 20, evidence: ev('إصابة أكثر من 20 جنديا في هجوم بمسيرة على التنف الجمعة') })],
    { publishedAt: '2024-01-27T10:00:00Z', outlet: 'Outlet B' },
  );

  it('merges two reports of one attack into one incident with both sources and attributed figures', async () => {
    const r1 = await indexer.indexArticle(tanfThursday);
    const r2 = await indexer.indexArticle(tanfFriday);
    expect(r1.changedIncidentIds).toHaveLength(1);
    expect(r2.changedIncidentIds).toEqual(r1.changedIncidentIds);
    const doc = await search.getIncident(r1.changedIncidentIds[0]);
    expect(doc?.sources.map((s) => s.outlet).sort()).toEqual(['Outlet A', 'Outlet B']);
    expect(doc?.fields.injured.values.map((v) => [v.value, v.sources.map((s) => s.articleId)])).toEqual([
      [6, ['a1']],
      [20, ['a2']],
    ]);
    expect(doc?.injured).toBe(20);
    expect(doc?.fields.injured.rule).toBe('latest_report_then_highest');
    const articles = await search.searchArticles({ q: 'التنف', page: 1, size: 10 });
    expect(articles.items.map((a) => a.incidentIds)).toEqual([[doc!.id], [doc!.id]]);
  });

  it('indexes a long article and its incident (rows far larger than a btree index entry may be)', async () => {
    // ~900 distinct words: the tsvector alone is several KB, like a real long report.
    const words = Array.from({ length: 900 }, (_, i) => `كلمة${i}`).join(' ');
    const sentence = `هجوم بطائرة مسيرة على قاعدة التنف ${words}`;
    const long = extracted('long-1', [mention(0, { date: day('2024-02-02'), place: PLACES.tanf, weapon: 'drone', evidence: ev(sentence) })], { text: sentence });
    const r = await indexer.indexArticle(long);
    expect(r.changedIncidentIds).toHaveLength(1);
    expect((await search.searchArticles({ q: 'كلمة899', page: 1, size: 10 })).items.map((a) => a.id)).toEqual(['long-1']);
    expect((await search.searchIncidents({ q: 'كلمة899', sort: 'date', page: 1, size: 10 })).total).toBe(1);
  });

  it('is idempotent when the same article is processed again', async () => {
    await indexer.indexArticle(tanfThursday);
    await indexer.indexArticle(tanfFriday);
    const before = await t.db.query<{ id: string; doc_hash: string }>(`SELECT id, doc_hash FROM search_incidents ORDER BY id`);
    const again = await indexer.indexArticle(tanfFriday);
    expect(again.changedIncidentIds).toEqual([]);
    expect(again.removedIncidentIds).toEqual([]);
    expect(await t.db.query(`SELECT id, doc_hash FROM search_incidents ORDER BY id`)).toEqual(before);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM search_mentions`)).toEqual([{ n: 2 }]);
  });

  it('stores each incident document as the JSON text it hashed: Arabic evidence intact, the hash that of the stored text', async () => {
    await indexer.indexArticle(tanfThursday);
    await indexer.indexArticle(tanfFriday);
    const rows = await t.db.query<{ id: string; doc: string; doc_hash: string }>(`SELECT id, doc::text AS doc, doc_hash FROM search_incidents ORDER BY id`);
    expect(rows).toHaveLength(1);
    expect(createHash('sha1').update(rows[0].doc).digest('hex')).toBe(rows[0].doc_hash);
    expect(rows[0].doc).toContain('إصابة أكثر من 20 جنديا في هجوم بمسيرة على التنف الجمعة');
    expect(JSON.parse(rows[0].doc)).toEqual((await indexer.loadIncidentDocuments([rows[0].id]))[0]);
  });

  it('gives the same incidents whatever the processing order', async () => {
    await indexer.indexArticle(tanfFriday);
    await indexer.indexArticle(tanfThursday);
    const a = await t.db.query(`SELECT id, doc_hash FROM search_incidents ORDER BY id`);
    await t.reset();
    await indexer.indexArticles([tanfThursday, tanfFriday]);
    expect(await t.db.query(`SELECT id, doc_hash FROM search_incidents ORDER BY id`)).toEqual(a);
  });

  it('splits an incident when a re-processed article no longer supports the merge, and removes emptied incidents', async () => {
    await indexer.indexArticle(tanfThursday);
    const merged = await indexer.indexArticle(tanfFriday);
    // Corrected extraction: article a2 was about Erbil, not al-Tanf.
    const corrected = extracted('a2', [mention(0, { date: day('2024-01-26'), place: PLACES.erbil, weapon: 'drone' })], { publishedAt: '2024-01-27T10:00:00Z' });
    const r = await indexer.indexArticle(corrected);
    expect(r.changedIncidentIds).toHaveLength(2);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM search_incidents`)).toEqual([{ n: 2 }]);
    const empty = await indexer.indexArticle(extracted('a2', [], { publishedAt: '2024-01-27T10:00:00Z' }));
    expect(empty.removedIncidentIds).toHaveLength(1);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM search_incidents`)).toEqual([{ n: 1 }]);
    expect(merged.changedIncidentIds).toHaveLength(1);
  });

  it('merges a base-level and a governorate-level report a day apart, but not a far incident', async () => {
    // Base vs town: a town-level report and a base-level report a day apart, different weapons.
    const base = extracted('b1', [mention(0, { date: day('2024-01-02'), place: PLACES.shaddadiBase, weapon: 'rocket', killed: 2 })], { publishedAt: '2024-01-02T12:00:00Z' });
    const town = extracted('b2', [mention(0, { date: day('2024-01-03'), place: PLACES.hasakah, weapon: 'rocket', killed: 2 })], { publishedAt: '2024-01-04T12:00:00Z' });
    await indexer.indexArticle(base);
    await indexer.indexArticle(town);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM search_incidents`)).toEqual([{ n: 1 }]);
    const far = extracted('c1', [mention(0, { date: day('2024-01-02'), place: PLACES.ainAlAsad, weapon: 'rocket' })], { publishedAt: '2024-01-02T09:00:00Z' });
    await indexer.indexArticle(far);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM search_incidents`)).toEqual([{ n: 2 }]);
  });

  it('merges two incidents when a late article bridges them', async () => {
    // An undated report (published on the 26th) that names no weapon and a dated one are too weakly linked on their own...
    const undated = extracted('u1', [mention(0, { place: PLACES.tanf, evidence: ev('طائرة مسيرة مفخخة تستهدف القاعدة الأمريكية في التنف قرب الحدود') })], { publishedAt: '2024-01-26T06:00:00Z' });
    const dated = extracted('d1', [mention(0, { date: day('2024-01-25'), place: PLACES.tanf, weapon: 'drone', killed: 3 })], { publishedAt: '2024-01-25T20:00:00Z' });
    const first = await indexer.indexArticle(undated);
    await indexer.indexArticle(dated);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM search_incidents`)).toEqual([{ n: 2 }]);
    // ...until a later report shares the dated one's facts and the undated one's wording.
    const late = extracted(
      'l1',
      [mention(0, { date: day('2024-01-25'), place: PLACES.tanf, weapon: 'drone', killed: 3, evidence: ev('استهداف القاعدة الأمريكية في التنف بطائرة مسيرة مفخخة قرب الحدود') })],
      { publishedAt: '2024-01-27T06:00:00Z' },
    );
    const r = await indexer.indexArticle(late);
    expect(await t.db.query(`SELECT count(*)::int AS n, max(source_count)::int AS s FROM search_incidents`)).toEqual([{ n: 1, s: 3 }]);
    expect(r.removedIncidentIds).toHaveLength(1);
    expect(r.changedIncidentIds).toHaveLength(1);
    expect([...r.removedIncidentIds, ...r.changedIncidentIds]).toContain(first.changedIncidentIds[0]);
    // Every article whose incident list changed comes back, so a search mirror can follow; d1's
    // incident kept its id (d1 is its earliest report), so d1 is unchanged.
    expect(r.articles.map((a) => [a.id, a.incidentIds]).sort()).toEqual([
      ['l1', r.changedIncidentIds],
      ['u1', r.changedIncidentIds],
    ]);
    expect(r.articles.find((a) => a.id === 'u1')?.text).toContain('مسيرة');
    // The stored lists follow too: the article moved by the merge, and the one indexed now.
    expect((await search.getArticle('u1'))?.incidentIds).toEqual(r.changedIncidentIds);
    expect((await search.getArticle('l1'))?.incidentIds).toEqual(r.changedIncidentIds);
  });

  it('puts an agency copy in its original’s incident although its own mention is undated and unplaced', async () => {
    await indexer.indexArticle(tanfThursday);
    // The copy a week later, from a page without a date: on its own it would never join.
    const copy = extracted('c9', [mention(0, { weapon: 'drone', injured: 6, evidence: ev('هجوم بطائرة مسيرة على القاعدة ليل الخميس وإصابة 6 جنود') })], { publishedAt: null, duplicateOf: 'a1' });
    const r = await indexer.indexArticle(copy);
    expect(await t.db.query(`SELECT count(*)::int AS n, max(source_count)::int AS s FROM search_incidents`)).toEqual([{ n: 1, s: 2 }]);
    expect(r.articles.map((a) => [a.id, a.incidentIds.length])).toEqual([['c9', 1]]);
  });

  it('serialises concurrent indexers without losing or duplicating incidents', async () => {
    const events = Array.from({ length: 12 }, (_, i) =>
      extracted(`p${i}`, [mention(0, { date: day('2024-02-10'), place: PLACES.ainAlAsad, weapon: 'missile', killed: 0, evidence: ev('صواريخ على عين الأسد') })], {
        publishedAt: `2024-02-${String(10 + (i % 3)).padStart(2, '0')}T00:00:00Z`,
      }),
    );
    const other = new IncidentIndexer(t.db);
    await Promise.all(events.map((e, i) => (i % 2 ? indexer : other).indexArticle(e)));
    expect(await t.db.query(`SELECT count(*)::int AS n, max(source_count)::int AS s FROM search_incidents`)).toEqual([{ n: 1, s: 12 }]);
    expect(await t.db.query(`SELECT count(DISTINCT incident_id)::int AS n FROM search_mentions`)).toEqual([{ n: 1 }]);
  });
});
