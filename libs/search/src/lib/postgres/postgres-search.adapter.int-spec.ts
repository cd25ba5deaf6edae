import { INCIDENTS, describeSearchPortBehaviour } from '../../../test/support/search-port.behaviour';
import { SearchTestDb, startSearchTestDb } from '../../../test/support/search-db';
import { parseIncidentQuery } from '../query/search-params.query';
import { PostgresSearchAdapter } from './postgres-search.adapter';
import { queryTsqueries } from './tsquery.query';

let t: SearchTestDb;
describeSearchPortBehaviour('PostgresSearchAdapter (embedded PostgreSQL)', async () => {
  t = await startSearchTestDb();
  return { port: new PostgresSearchAdapter(t.db) };
});

describe('PostgresSearchAdapter specifics', () => {
  const q = (raw: Record<string, string>) => {
    const r = parseIncidentQuery(raw);
    if (!r.ok) throw new Error(r.errors.join());
    return r.query;
  };
  afterAll(async () => t?.stop());

  it('counts exactly up to the cap and reports a lower bound beyond it', async () => {
    const capped = new PostgresSearchAdapter(t.db, { countCap: 2 });
    const r = await capped.searchIncidents(q({}));
    expect([r.total, r.totalRelation]).toEqual([2, 'gte']);
    expect(r.items).toHaveLength(4);
    const exact = await capped.searchIncidents(q({ category: 'strike_on_militias' }));
    expect([exact.total, exact.totalRelation]).toEqual([1, 'eq']);
    // A first page inside the counted set takes the one-pass statement; facets count that set.
    const onePass = await capped.searchIncidents(q({ size: '1' }));
    expect([onePass.total, onePass.totalRelation, onePass.items.map((i) => i.id)]).toEqual([2, 'gte', [INCIDENTS[3].id]]);
    expect(onePass.facets.category.reduce((n, b) => n + b.count, 0)).toBe(3);
    const articles = await capped.searchArticles({ page: 1, size: 1 });
    expect([articles.total, articles.totalRelation, articles.items.length]).toEqual([2, 'gte', 1]);
    const deepArticles = await capped.searchArticles({ page: 2, size: 2 });
    expect([deepArticles.total, deepArticles.items.map((a) => a.id)]).toEqual([2, ['s1']]);
  });

  it('ranks by relevance within the window of most recent matches, paging past it when asked', async () => {
    const narrow = new PostgresSearchAdapter(t.db, { relevanceWindow: 1 });
    const r = await narrow.searchIncidents(q({ q: 'مسيرة', size: '1', page: '2' }));
    expect(r.items.map((i) => i.id)).toEqual([INCIDENTS[2].id]);
    expect(r.items[0].highlight).toContain('<mark>');
  });

  it('builds the tsquery from lexemes PostgreSQL gives: each once, phrases a word of theirs matches dropped, category words apart', async () => {
    const t1 = await queryTsqueries(t.db, 'التنف');
    // التنف and تنف both lex to تنف; 'al' <-> 'tanf' adds nothing beside 'tanf'.
    expect(t1.all).toBe("( 'تنف' | 'والتنف' | 'tanf' )");
    expect(t1.categoryWords).toEqual([]);
    const t2 = await queryTsqueries(t.db, 'هجمات التنف');
    expect(t2.rest).toBe(t1.all);
    expect(t2.categoryWords).toEqual([{ tsquery: expect.stringContaining("'هجوم'"), category: 'attack_on_us_forces' }]);
    expect(t2.all).toBe(`${t2.categoryWords[0].tsquery} & ${t1.all}`);
  });

  it('matches place names fuzzily through the places table', async () => {
    const port = new PostgresSearchAdapter(t.db);
    expect((await port.searchIncidents(q({ place: 'Shadadi' }))).items.map((i) => i.id)).toEqual([INCIDENTS[1].id]);
    expect((await port.searchIncidents(q({ place: 'sy-hasakah' }))).items.map((i) => i.id)).toEqual([INCIDENTS[1].id]);
  });
});
