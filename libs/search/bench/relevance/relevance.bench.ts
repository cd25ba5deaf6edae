// Relevance of incident search on the shared corpora, per back end: the articles of seeds, dev and
// dev2 (../shared/corpus, read at run time) go through normalisation, extraction and the
// de-duplicating indexer into an embedded PostgreSQL (and, with OPENSEARCH_URL, are mirrored into
// OpenSearch); then every query of collection.json (built from the gold by build-collection.ts)
// runs on each back end. Prints recall@20 and precision@10 per back end, the queries that miss,
// and whether both back ends return the same result sets.
//   npx nx run search:bench-relevance      (part of `npm run bench`)
// recall@20: share of the query's expected articles that are a source of one of the first 20
// incidents; precision@10: share of the first 10 incidents with an expected article among their
// sources (1 when the query expects nothing and nothing comes back). Recall is also given over
// what search can be asked to find: the expected articles from which extraction produced an
// incident the query names (its place, weapon, actor, category, date and casualties as the gold
// has them); the others are listed as not produced (an extraction or clustering miss).
import { startTestDatabase } from '@raseed/persistence/testing';
import { IncidentIndexer, OpenSearchAdapter, PostgresSearchAdapter, SearchPort, allIncidents } from '@raseed/search';
import { CORPUS, QueryResult, corpusEvents, evaluate, loadCollection, producedBy } from './relevance-corpus';

async function main(): Promise<void> {
  const events = corpusEvents();
  if (!events) {
    console.log(`relevance bench skipped: the shared corpora are not at ${CORPUS} (seeds, dev, dev2)`);
    return;
  }
  const collection = loadCollection();
  const t = await startTestDatabase();
  let os: OpenSearchAdapter | null = null;
  try {
    await new IncidentIndexer(t.dataSource).indexArticles(events);
    const pg = new PostgresSearchAdapter(t.dataSource);
    const sources = new Map<string, string[]>();
    const docs = [];
    for await (const page of allIncidents(pg, { sort: 'date', page: 1, size: 20 })) docs.push(...page);
    for (const d of docs)
      sources.set(
        d.id,
        d.sources.map((s) => s.articleId),
      );
    console.log(`relevance: ${events.length} articles, ${docs.length} incidents, ${collection.length} queries`);
    const backends: [string, SearchPort][] = [['postgresql', pg]];
    if (process.env.OPENSEARCH_URL) {
      os = OpenSearchAdapter.fromUrl(process.env.OPENSEARCH_URL, { prefix: `raseed-relevance-${process.pid}-`, refresh: true });
      await os.dropIndices();
      await os.ensureIndices();
      await os.indexIncidents(docs);
      backends.push(['opensearch', os]);
    } else {
      console.log('relevance: OpenSearch not measured (set OPENSEARCH_URL to compare it)');
    }
    const produced = new Map(collection.map((q) => [q.id, producedBy(events, q.concept)]));
    const results = new Map<string, QueryResult[]>();
    for (const [name, port] of backends) {
      const rs: QueryResult[] = [];
      for (const q of collection) rs.push(await evaluate(port, q, sources, produced.get(q.id)));
      results.set(name, rs);
      const mean = (k: 'recall' | 'precision') => rs.reduce((s, r) => s + r[k], 0) / rs.length;
      const searchable = rs.filter((r) => r.searchRecall !== null);
      const searchRecall = searchable.reduce((s, r) => s + r.searchRecall!, 0) / searchable.length;
      console.log(`${name}: recall@20 ${mean('recall').toFixed(3)} (target >= 0.95)  precision@10 ${mean('precision').toFixed(3)} (target >= 0.90)`);
      console.log(`${name}: recall@20 of what extraction produced ${searchRecall.toFixed(3)} over ${searchable.length} queries (the others: no expected article yielded an incident the query names)`);
      const misses = collection.map((q, i) => ({ q, r: rs[i] })).filter(({ r }) => r.recall < 1 || r.precision < 1);
      const reported = new Set([...sources.values()].flat());
      for (const { q, r } of misses) {
        // A missed article with no incident at all was lost before search (extraction or clustering).
        const unextracted = r.missed.filter((a) => !reported.has(a));
        const searchMissed = r.missed.filter((a) => !r.notProduced.includes(a));
        const note =
          (searchMissed.length ? ` SEARCH MISSED ${searchMissed.join(' ')}` : '') +
          (r.notProduced.length ? ` not produced by extraction: ${r.notProduced.join(' ')}` : '') +
          (unextracted.length ? ` (no incident at all: ${unextracted.join(' ')})` : '');
        console.log(`  ${q.id} ${q.kind} ${JSON.stringify(q.params)}: recall ${r.recall.toFixed(2)} precision ${r.precision.toFixed(2)}${note}`);
      }
    }
    if (results.size === 2) {
      const [a, b] = [...results.values()];
      const differ = collection.filter((_, i) => a[i].ids.join() !== b[i].ids.join());
      console.log(`same result sets on both back ends: ${collection.length - differ.length}/${collection.length}${differ.length ? ` (differ: ${differ.map((q) => q.id).join(', ')})` : ''}`);
    }
  } finally {
    await os?.dropIndices();
    await t.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
