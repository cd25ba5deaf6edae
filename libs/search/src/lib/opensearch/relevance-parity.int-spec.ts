import { startTestDatabase, TestDatabase } from '@raseed/persistence/testing';
import { corpusEvents, evaluate, loadCollection } from '../../../bench/relevance/relevance-corpus';
import { IncidentDocument } from '../search.port';
import { IncidentIndexer } from '../indexing/incident-indexer';
import { allIncidents } from '../incident-pages';
import { PostgresSearchAdapter } from '../postgres/postgres-search.adapter';
import { OpenSearchAdapter } from './opensearch.adapter';

// Both back ends return the same result set for every query of the relevance collection
// (bench/relevance/collection.json) over the shared corpora. Needs a real OpenSearch
// (OPENSEARCH_URL) and ../shared/corpus; the relevance figures themselves are printed by
// `npx nx run search:bench-relevance`.
const url = process.env.OPENSEARCH_URL;
const events = url ? corpusEvents() : null;
const skip = !url ? 'OPENSEARCH_URL is not set' : !events ? 'the shared corpora (../shared/corpus) are not there' : null;
if (skip) console.info(`relevance parity suite skipped: ${skip}`);

(skip ? describe.skip : describe)('relevance collection: same result sets on PostgreSQL and OpenSearch', () => {
  let t: TestDatabase;
  let os: OpenSearchAdapter;
  let pg: PostgresSearchAdapter;
  const sources = new Map<string, string[]>();
  beforeAll(async () => {
    t = await startTestDatabase();
    await new IncidentIndexer(t.dataSource).indexArticles(events ?? []);
    pg = new PostgresSearchAdapter(t.dataSource);
    const docs: IncidentDocument[] = [];
    for await (const page of allIncidents(pg, { sort: 'date', page: 1, size: 20 })) docs.push(...page);
    for (const d of docs)
      sources.set(
        d.id,
        d.sources.map((s) => s.articleId),
      );
    os = OpenSearchAdapter.fromUrl(url as string, { prefix: `raseed-test-parity-${process.pid}-${Date.now()}-`, refresh: true });
    await os.ensureIndices();
    await os.indexIncidents(docs);
  }, 300_000);
  afterAll(async () => {
    await os?.dropIndices();
    await t?.stop();
  });

  it.each(loadCollection().map((q) => [q.id, q] as const))('%s', async (_id, q) => {
    const [a, b] = [await evaluate(pg, q, sources), await evaluate(os, q, sources)];
    expect(b.ids).toEqual(a.ids);
  });
});
