import { Client } from 'pg';
import { IncidentIndexer } from './incident-indexer';
import { acquireLocks, footprintOf, lockSet } from './neighbourhood-locks';
import { articleMentions } from './incident-document.mapping';
import { SearchTestDb, startSearchTestDb } from '../../../test/support/search-db';
import { PLACES, day, ev, extracted, mention } from '../../../test/support/fixtures';
import { IncidentsExtractedV1 } from '@raseed/contracts';

const PENDING = Symbol('pending');
/** The promise's value if it settles within `ms`, else PENDING (it is still waiting for a lock). */
const within = <T>(p: Promise<T>, ms: number) => Promise.race([p, new Promise<typeof PENDING>((r) => setTimeout(() => r(PENDING), ms))]);

const report = (id: string, date: string, place: keyof typeof PLACES, over: Partial<IncidentsExtractedV1['article']> = {}) =>
  extracted(id, [mention(0, { date: day(date), place: PLACES[place], weapon: 'drone', evidence: ev(`هجوم بطائرة مسيرة على ${PLACES[place].name_ar} ${id}`) })], {
    publishedAt: `${date}T12:00:00Z`,
    ...over,
  });

/**
 * Indexers in parallel (issue 17): each locks the neighbourhoods (category × date bucket) it
 * re-clusters, so one elsewhere goes on while one in a busy neighbourhood waits, and the result
 * of concurrent batches is that of running them one after the other.
 */
describe('parallel indexers on PostgreSQL', () => {
  let t: SearchTestDb;
  let holder: Client;

  beforeAll(async () => {
    t = await startSearchTestDb();
    holder = new Client({ connectionString: t.url });
    await holder.connect();
  });
  afterAll(async () => {
    await holder?.end();
    await t?.stop();
  });
  beforeEach(async () => t.reset());

  /** Another indexer's transaction, holding the locks of `events`' neighbourhoods until released. */
  async function hold(events: IncidentsExtractedV1[]): Promise<() => Promise<void>> {
    await holder.query('BEGIN');
    await acquireLocks({ query: async (sql, params) => (await holder.query(sql, params)).rows }, lockSet(events.flatMap(articleMentions).map(footprintOf)));
    return async () => void (await holder.query('COMMIT'));
  }

  it('goes on in another neighbourhood while one is busy, and waits for a busy one', async () => {
    const indexer = new IncidentIndexer(t.db);
    const release = await hold([report('busy', '2024-03-10', 'tanf')]);
    try {
      // May, and another category in March: nothing in common with the held March locks.
      expect(await within(indexer.indexArticle(report('may', '2024-05-10', 'tanf')), 10_000)).not.toBe(PENDING);
      const militia = extracted('mil', [mention(0, { category: 'strike_on_militias', date: day('2024-03-10'), place: PLACES.tanf })], { publishedAt: '2024-03-10T12:00:00Z' });
      expect(await within(indexer.indexArticle(militia), 10_000)).not.toBe(PENDING);
      // Four days later, same place: within the matcher's tolerance, so it must wait.
      const waiting = indexer.indexArticle(report('march', '2024-03-14', 'tanf'));
      expect(await within(waiting, 1500)).toBe(PENDING);
      await release();
      expect((await waiting).changedIncidentIds).toHaveLength(1);
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
    }
  });

  it('takes the locks of every incident it rewrites: a late copy bridging to another date window waits for that one too', async () => {
    const indexer = new IncidentIndexer(t.db);
    const original = await indexer.indexArticle(report('orig', '2024-01-25', 'tanf'));
    // The copy states no date and was published in May; it joins its original's January
    // incident, whose neighbourhood it learns of only after reading: it takes January's locks too.
    const release = await hold([report('other', '2024-01-25', 'tanf')]);
    try {
      const late = report('copy', '2024-05-02', 'tanf', { duplicateOf: 'orig' });
      late.incidents[0].date = null;
      const copy = indexer.indexArticle(late);
      expect(await within(copy, 1500)).toBe(PENDING);
      await release();
      const r = await copy;
      expect(indexer.restarts).toBeGreaterThanOrEqual(1);
      // One incident with both: the original's (its earliest report keeps its id).
      expect(r.changedIncidentIds).toEqual(original.changedIncidentIds);
      expect(await t.db.query(`SELECT article_id, incident_id FROM search_mentions ORDER BY article_id`)).toEqual([
        { article_id: 'copy', incident_id: r.changedIncidentIds[0] },
        { article_id: 'orig', incident_id: r.changedIncidentIds[0] },
      ]);
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
    }
  });

  it('gives the incidents of a serial run when two indexers take interleaved batches at once', async () => {
    const places = ['tanf', 'shaddadiBase', 'ainAlAsad', 'erbil'] as const;
    const events = Array.from({ length: 48 }, (_, i) => {
      const month = 1 + (i % 4);
      const dayOfMonth = 3 + 2 * ((i >> 2) % 6);
      return report(`p${String(i).padStart(2, '0')}`, `2024-0${month}-${String(dayOfMonth).padStart(2, '0')}`, places[(i >> 1) % places.length]);
    });
    const snapshot = () =>
      t.db.query<{ id: string; doc_hash: string; mentions: string }>(
        `SELECT i.id, i.doc_hash, (SELECT string_agg(m.article_id, ',' ORDER BY m.article_id) FROM search_mentions m WHERE m.incident_id = i.id) AS mentions
         FROM search_incidents i ORDER BY i.id`,
      );
    const serial = new IncidentIndexer(t.db);
    for (const e of events) await serial.indexArticle(e);
    const expected = await snapshot();
    expect(expected.length).toBeGreaterThan(8);

    await t.reset();
    const a = new IncidentIndexer(t.db);
    const b = new IncidentIndexer(t.db);
    // Even/odd batches of three to the two indexers, all at once: their neighbourhoods overlap.
    const batches = Array.from({ length: events.length / 3 }, (_, k) => events.slice(3 * k, 3 * k + 3));
    await Promise.all(
      [a, b].map(async (indexer, n) => {
        for (const batch of batches.filter((_, k) => k % 2 === n)) await indexer.indexArticles(batch);
      }),
    );
    expect(await snapshot()).toEqual(expected);
  });
});
