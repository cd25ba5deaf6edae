import { ArticleMention, groupMentions } from '@raseed/incident-clustering';
import { IncidentsExtractedV1 } from '@raseed/contracts';
import { IncidentIndexer, SettleInterrupted } from './incident-indexer';
import { countUnsettled } from './mention-rows.sql';
import { SearchTestDb, startSearchTestDb } from '../../../test/support/search-db';
import { shuffled, variedReports } from '../../../test/support/varied-reports';

/** Stored incidents as sets of mention keys: comparable across runs whatever the ids. */
async function storedPartition(t: SearchTestDb): Promise<string[]> {
  const rows = await t.db.query<{ k: string; incident_id: string }>(`SELECT article_id || '#' || idx AS k, incident_id FROM search_mentions`);
  const groups = new Map<string, string[]>();
  for (const r of rows) groups.set(r.incident_id, [...(groups.get(r.incident_id) ?? []), r.k]);
  return [...groups.values()].map((g) => g.sort().join(',')).sort();
}

/** What clustering every stored mention at once gives. */
async function clusteringOfEverything(t: SearchTestDb): Promise<string[]> {
  const rows = await t.db.query<{ payload: ArticleMention }>(`SELECT payload FROM search_mentions`);
  return groupMentions(rows.map((r) => r.payload))
    .map((g) =>
      g
        .map((m) => `${m.articleId}#${m.mention.index}`)
        .sort()
        .join(','),
    )
    .sort();
}

describe('the settle pass', () => {
  let t: SearchTestDb;
  let indexer: IncidentIndexer;

  beforeAll(async () => {
    t = await startSearchTestDb();
    indexer = new IncidentIndexer(t.db);
  });
  afterAll(async () => t?.stop());
  beforeEach(async () => t.reset());

  const reports = variedReports(120, 7);
  const feed = async (events: readonly IncidentsExtractedV1[], batchSize: number) => {
    for (let i = 0; i < events.length; i += batchSize) await indexer.indexArticles(events.slice(i, i + batchSize));
  };
  const documents = () => t.db.query(`SELECT id, doc_hash FROM search_incidents ORDER BY id`);

  it('makes the incidents those of clustering everything at once, whatever the batching and order', async () => {
    const runs: { before: string[]; after: string[]; docs: unknown }[] = [];
    for (const [events, batchSize] of [
      [reports, 1],
      [reports, 30],
      [shuffled(reports, 3), 30],
      [[...shuffled(reports, 5), ...shuffled(reports, 6)], 25], // every report delivered twice
    ] as const) {
      await t.reset();
      await feed(events, batchSize);
      const before = await storedPartition(t);
      expect(await countUnsettled(t.db)).toBeGreaterThan(0);
      const result = await indexer.settle();
      expect(result?.unsettled).toBeGreaterThan(0);
      const after = await storedPartition(t);
      expect(after).toEqual(await clusteringOfEverything(t));
      expect(await countUnsettled(t.db)).toBe(0);
      runs.push({ before, after, docs: await documents() });
    }
    // Without the pass the batches disagree with one another (what makes this test able to fail)…
    expect(new Set(runs.map((r) => r.before.join('|'))).size).toBeGreaterThan(1);
    // …with it every run ends with the same incidents, down to ids and documents.
    for (const r of runs.slice(1)) expect(r.docs).toEqual(runs[0].docs);
  });

  it('has nothing to do when nothing changed since the last pass', async () => {
    expect(await indexer.settle()).toBeNull();
    await feed(reports.slice(0, 30), 10);
    expect(await indexer.settle()).not.toBeNull();
    const docs = await documents();
    expect(await indexer.settle()).toBeNull();
    // A redelivered batch changes nothing, so it leaves nothing to settle either way.
    await feed(reports.slice(0, 10), 10);
    await indexer.settle();
    expect(await documents()).toEqual(docs);
  });

  it('writes nothing when told to stop, and the next pass does the work', async () => {
    await feed(reports.slice(0, 120), 30);
    const partition = await storedPartition(t);
    const docs = await documents();
    const unsettled = await countUnsettled(t.db);
    let asked = 0;
    await expect(indexer.settle({ stop: () => ++asked > 3 })).rejects.toBeInstanceOf(SettleInterrupted);
    expect(await storedPartition(t)).toEqual(partition);
    expect(await documents()).toEqual(docs);
    expect(await countUnsettled(t.db)).toBe(unsettled);
    await indexer.settle();
    expect(await storedPartition(t)).toEqual(await clusteringOfEverything(t));
  });

  it('rewrites every incident it touches in whole, even one whose reports now fall in separate components', async () => {
    // Two reports far apart end up stored as one incident (as a component that has since split
    // leaves them); only one of them is marked unsettled.
    const [tanf, erbil] = [reports.find((e) => e.incidents[0].place?.id === 'sy-tanf')!, reports.find((e) => e.incidents[0].place?.id === 'iq-erbil-airport')!];
    await indexer.indexArticles([tanf, erbil]);
    await indexer.settle();
    const [{ incident_id }] = await t.db.query<{ incident_id: string }>(`SELECT incident_id FROM search_mentions WHERE article_id = $1`, [tanf.articleId]);
    await t.db.query(`UPDATE search_mentions SET incident_id = $1 WHERE article_id = $2`, [incident_id, erbil.articleId]);
    await t.db.query(`UPDATE search_mentions SET settled = false WHERE article_id = $1`, [tanf.articleId]);
    await indexer.settle();
    expect(await storedPartition(t)).toEqual(await clusteringOfEverything(t));
    // Every mention's incident exists and lists its article.
    const orphans = await t.db.query(`SELECT m.article_id FROM search_mentions m LEFT JOIN search_incidents i ON i.id = m.incident_id WHERE i.id IS NULL`);
    expect(orphans).toEqual([]);
  });
});
