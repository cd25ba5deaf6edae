import { IncidentsExtractedV1 } from '@raseed/contracts';
import { ArticleMention, ComponentMemo, canonicalIncidentId, groupMentionsInSteps, mentionKey } from '@raseed/incident-clustering';
import { ArticleDocument, IncidentDocument } from '../search.port';
import { SqlExecutor, TransactionalSqlExecutor, sequentialExecutor } from '../sql-executor';
import { deleteIncidentRows, setArticleIncidents, storedDocumentHashes, upsertArticleContent, upsertIncidentRows } from '../postgres/search-rows.sql';
import { articleMentions, toArticleDocument, toIncidentDocument } from './incident-document.mapping';
import { groupWithSummariesInSteps } from './incident-summaries';
import { runInSteps } from './run-in-steps';
import {
  countUnsettled,
  findCandidateIncidents,
  incidentsOfArticles,
  MentionCache,
  markSettled,
  markUnsettled,
  mentionsOfArticles,
  mentionsOfCategories,
  mentionsOfIncidents,
  reassignMentions,
  replaceMentions,
  rowKey,
  transactionXid,
  unsettledCategories,
} from './mention-rows.sql';
import { LockKey, acquireLocks, footprintOf, footprintOfRow, lockSet, missingLocks, tryLocks } from './neighbourhood-locks';

/** What one indexing call changed, so the search back end can follow. */
export interface IndexResult {
  /** Incidents created or whose content changed (their new documents are in `incidents`). */
  changedIncidentIds: string[];
  /** Incidents that no longer exist (merged into another, or lost all their mentions). */
  removedIncidentIds: string[];
  incidents: IncidentDocument[];
  articles: ArticleDocument[];
}

/** What one settle pass re-derived and changed. */
export interface SettleResult extends IndexResult {
  /** Mentions that were unsettled (changed by batches since the last settle). */
  unsettled: number;
  /** Stored mentions re-clustered: every mention of the candidate components those fall in. */
  reclustered: number;
}

/** A settle pass stopped because its caller needed the indexer back (a batch arrived); nothing was written. */
export class SettleInterrupted extends Error {
  constructor() {
    super('settle pass interrupted');
  }
}

/** A lock an indexing transaction found it needs is held by another: roll back and wait for the whole set in order. */
class LocksBusy extends Error {
  constructor(readonly wanted: LockKey[]) {
    super('neighbourhood locks busy');
  }
}

/** What the read phase found: the neighbourhood a batch re-clusters. */
interface Neighbourhood {
  previous: string[];
  /** Incidents of the originals the batch's agency copies declare. */
  originals: string[];
  candidates: string[];
  stored: { payload: ArticleMention; incident_id: string }[];
}

/**
 * The indexing use-case: stores an article and its mentions, re-clusters the neighbourhood
 * they fall into (candidate incidents by category, date window and place) with the
 * incident-clustering linkage, and upserts the canonical incidents. Re-processing an article
 * replaces its previous mentions, so the result is the same as processing it once; a late
 * article can merge two incidents or split one, because the neighbourhood is re-derived, each
 * stored incident taking part through a bounded sample of its mentions (incident-summaries).
 */
export class IncidentIndexer {
  /** Stored mentions parsed before, by row version (see MentionCache); null when disabled. */
  readonly mentions: MentionCache | null;

  constructor(
    private readonly db: TransactionalSqlExecutor,
    /**
     * maxRepresentatives: stored mentions per incident that take part in re-clustering (Infinity:
     * all, as before summaries). mentionCache: false reads and parses every stored payload each time.
     */
    private readonly options: { maxRepresentatives?: number; mentionCache?: boolean } = {},
  ) {
    this.mentions = options.mentionCache === false ? null : new MentionCache();
  }

  /** Transactions rolled back and started again because a lock they found they needed was busy (metrics, tests). */
  restarts = 0;

  indexArticle(event: IncidentsExtractedV1): Promise<IndexResult> {
    return this.indexArticles([event]);
  }

  /** Indexes a batch in one transaction (much faster than one by one). Later events for the same article win. */
  async indexArticles(events: IncidentsExtractedV1[]): Promise<IndexResult> {
    const byArticle = new Map<string, IncidentsExtractedV1>();
    for (const e of events) byArticle.set(e.articleId, e);
    // In id order: the rows written follow it, so two indexers never lock rows in opposite orders.
    const batch = [...byArticle.values()].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
    if (batch.length === 0) return { changedIncidentIds: [], removedIncidentIds: [], incidents: [], articles: [] };
    // First guess at the locks: the fresh mentions' own footprints. The read phase adds what
    // the neighbourhood turns out to need (incidents found reach further than the probe).
    let wanted = lockSet(batch.flatMap(articleMentions).map(footprintOf));
    for (;;) {
      try {
        const done = await this.db.transaction((tx) => this.indexInTransaction(sequentialExecutor(tx), batch, wanted));
        // Committed: the rows it wrote are known by its xid from now on.
        if (done.xid !== null) this.mentions?.commit(done.xid, done.written, done.changed);
        return done.result;
      } catch (err) {
        if (!(err instanceof LocksBusy)) throw err;
        this.restarts++;
        wanted = err.wanted;
      }
    }
  }

  /**
   * The batch's neighbourhood, and the locks that cover everything in it: the fresh mentions'
   * footprints (the candidate search stays inside them), the batch articles' stored mentions, and
   * every stored mention of every incident found (the transaction may rewrite any of them).
   */
  private async readNeighbourhood(tx: SqlExecutor, batch: IncidentsExtractedV1[], fresh: ArticleMention[], articleIds: string[]): Promise<{ hood: Neighbourhood; needs: LockKey[] }> {
    // Incidents the batch's articles were in (they lose those mentions), and those fresh mentions could join.
    const own = await mentionsOfArticles(tx, articleIds);
    const previous = [...new Set(own.flatMap((r) => (r.incident_id ? [r.incident_id] : [])))];
    const nearby = await findCandidateIncidents(tx, fresh);
    // An agency copy joins its original's incidents whatever its own date or place says.
    const copied = [...new Set(batch.flatMap((e) => (e.article.duplicateOf ? [e.article.duplicateOf] : [])))];
    const originals = copied.length ? await incidentsOfArticles(tx, copied) : [];
    const candidates = [...new Set([...previous, ...nearby, ...originals])];
    const stored = await mentionsOfIncidents(tx, candidates, articleIds, this.mentions ?? undefined);
    const needs = lockSet([...fresh.map(footprintOf), ...own.map(footprintOfRow), ...stored.map((r) => footprintOf(r.payload))]);
    return { hood: { previous, originals, candidates, stored }, needs };
  }

  /**
   * The settle pass: re-clusters, with every stored mention, each candidate component that holds
   * a mention a batch changed, and rewrites the incidents that come out different. A batch sees a
   * bounded neighbourhood (samples of the incidents it can reach), so what it decides can depend
   * on how articles fell into batches; after a settle the incidents are those the clustering of
   * everything gives (groupMentions), whatever the order, batching or redeliveries were. Runs
   * under the exclusive whole-category locks of the categories concerned, so no batch writes
   * those categories meanwhile. `stop` is asked between steps: when it says so the pass rolls
   * back (SettleInterrupted) and the mentions stay unsettled for the next one. Null when there
   * was nothing to settle.
   */
  async settle(options: { stop?: () => boolean } = {}): Promise<SettleResult | null> {
    const stop = options.stop ?? (() => false);
    const categories = await unsettledCategories(this.db);
    if (categories.length === 0) return null;
    const done = await this.db.transaction(async (raw) => {
      const tx = sequentialExecutor(raw);
      await acquireLocks(tx, lockSet(categories.map((category) => ({ category, from: null, to: null }))));
      const rows = await mentionsOfCategories(tx, categories, this.mentions ?? undefined);
      const unsettled = new Set(rows.filter((r) => !r.settled).map((r) => r.payload));
      const storedIncident = new Map<ArticleMention, string>();
      const members = new Map<string, ArticleMention[]>();
      for (const r of rows) {
        storedIncident.set(r.payload, r.incident_id);
        (members.get(r.incident_id) ?? members.set(r.incident_id, []).get(r.incident_id)!).push(r.payload);
      }
      const storedSize = new Map([...members].map(([id, ms]) => [id, ms.length]));
      // Re-derived: every component holding a mention of an incident that holds an unsettled one,
      // widened until every incident concerned lies wholly inside them (a component can split
      // when a re-processed article loses a mention or a nearer copy arrives), so no stored
      // incident is left half rewritten.
      const selected = new Set([...unsettled].flatMap((m) => members.get(storedIncident.get(m) as string) ?? []));
      const memo = new ComponentMemo();
      let groups: ArticleMention[][];
      for (;;) {
        groups = await runInSteps(
          interruptible(
            groupMentionsInSteps(
              rows.map((r) => r.payload),
              memo,
              (m) => selected.has(m),
            ),
            stop,
          ),
        );
        const covered = new Set(groups.flat());
        const left = [...covered].flatMap((m) => members.get(storedIncident.get(m) as string) ?? []).filter((m) => !covered.has(m));
        if (left.length === 0) break;
        for (const m of left) selected.add(m);
      }
      const reclustered = groups.reduce((n, g) => n + g.length, 0);
      // Only the components re-derived can change: the stored incidents their mentions were in.
      const candidates = [...new Set(groups.flatMap((g) => g.map((m) => storedIncident.get(m) as string)))];
      const { rebuilt, removed } = planIncidents(groups, storedIncident, storedSize, new Set(), candidates);
      const moves = rebuilt.flatMap((r) => r.members.filter((m) => storedIncident.get(m) !== r.id).map((m) => ({ article_id: m.articleId, idx: m.mention.index, incident_id: r.id })));
      if (stop()) throw new SettleInterrupted();
      await deleteIncidentRows(tx, removed);
      const articles = await reassignMentions(tx, moves);
      const docs: IncidentDocument[] = [];
      const written = new Set(await upsertIncidentRows(tx, documents(rebuilt, docs)));
      const marked = await markSettled(tx, categories);
      const xid = this.mentions ? await transactionXid(tx) : null;
      const changed = docs.filter((d) => written.has(d.id));
      return {
        result: { changedIncidentIds: changed.map((d) => d.id).sort(), removedIncidentIds: removed, incidents: changed, articles, unsettled: unsettled.size, reclustered },
        xid,
        changedRows: [...marked, ...moves.map((m) => rowKey(m.article_id, m.idx))],
      };
    });
    if (done.xid !== null) this.mentions?.commit(done.xid, [], done.changedRows);
    return done.result;
  }

  /** Stored mentions batches changed since the last settle pass (0: the incidents are those of clustering everything). */
  unsettledMentions(): Promise<number> {
    return countUnsettled(this.db);
  }

  /** Current documents of the given incidents (e.g. to rebuild another search back end). */
  async loadIncidentDocuments(ids: string[]): Promise<IncidentDocument[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.query<{ doc: IncidentDocument }>(`SELECT doc FROM search_incidents WHERE id = ANY($1::text[]) ORDER BY id`, [ids]);
    return rows.map((r) => r.doc);
  }

  // Reads the neighbourhood, re-derives it in memory, then writes only what changed, each row
  // once (the batch's mentions go in already assigned to their incidents).
  private async indexInTransaction(
    tx: SqlExecutor,
    batch: IncidentsExtractedV1[],
    wanted: LockKey[],
  ): Promise<{ result: IndexResult; xid: string | null; written: ArticleMention[]; changed: string[] }> {
    const articleIds = batch.map((e) => e.articleId);
    const fresh = batch.flatMap(articleMentions);
    // Locks before reads: what is read under them is what this transaction rewrites (README
    // "Parallel indexers"). Waiting happens only here, for a sorted set, holding nothing else.
    await acquireLocks(tx, wanted);
    let held = wanted;
    let hood: Neighbourhood;
    for (;;) {
      const read = await this.readNeighbourhood(tx, batch, fresh, articleIds);
      const missing = missingLocks(held, read.needs);
      hood = read.hood;
      if (missing.length === 0) break;
      // More locks, without waiting (they may sort before held ones); then read again under them.
      if (!(await tryLocks(tx, missing))) throw new LocksBusy(lockSet([], [...held, ...missing]));
      held = lockSet([], [...held, ...missing]);
    }
    const { previous, originals, candidates, stored } = hood;
    const lost = new Set(previous);
    // Writes are queued as soon as their input is known, and awaited together at the end: the
    // connection runs them in order while this process clusters and builds documents.
    const writes: Promise<unknown>[] = [];
    const track = <T>(p: Promise<T>): Promise<T> => {
      p.catch(() => undefined); // surfaces from Promise.all below
      writes.push(p);
      return p;
    };
    // A write whose result nobody needs: its failure surfaces from Promise.all below.
    const write = (p: Promise<unknown>): void => void track(p);
    // Article content does not depend on clustering: it is written while clustering runs.
    const contents = batch.map((e) => toArticleDocument(e, []));
    write(upsertArticleContent(tx, contents, batch[0].extractorVersion));

    const storedIncident = new Map<ArticleMention, string>();
    const storedSize = new Map<string, number>();
    for (const r of stored) {
      storedIncident.set(r.payload, r.incident_id);
      storedSize.set(r.incident_id, (storedSize.get(r.incident_id) ?? 0) + 1);
    }
    const groups = await runInSteps(groupWithSummariesInSteps(stored, fresh, { max: this.options.maxRepresentatives, touched: [...previous, ...originals] }));
    const { rebuilt, removed } = planIncidents(groups, storedIncident, storedSize, lost, candidates);
    const incidentOf = new Map<string, string>();
    for (const r of rebuilt) for (const m of r.members) incidentOf.set(mentionKey(m), r.id);

    // Membership is known now; documents are built next, while these run.
    write(deleteIncidentRows(tx, removed));
    const idsOf = new Map<string, Set<string>>();
    for (const m of fresh) (idsOf.get(m.articleId) ?? idsOf.set(m.articleId, new Set()).get(m.articleId)!).add(incidentOf.get(mentionKey(m)) as string);
    const articles = contents.map((a) => ({ ...a, incidentIds: [...(idsOf.get(a.id) ?? [])].sort() }));
    write(setArticleIncidents(tx, articles));
    write(replaceMentions(tx, articleIds, fresh, (m) => incidentOf.get(mentionKey(m)) as string));
    // Other articles' mentions a merge or split moved: their incident lists change too.
    const batchIds = new Set(articleIds);
    const moves = rebuilt.flatMap((r) =>
      r.members.filter((m) => !batchIds.has(m.articleId) && storedIncident.get(m) !== r.id).map((m) => ({ article_id: m.articleId, idx: m.mention.index, incident_id: r.id })),
    );
    const movedArticles = track(reassignMentions(tx, moves));
    // What is stored of the incidents about to be rewritten: an identical document is not sent.
    const storedHashes = track(
      storedDocumentHashes(
        tx,
        rebuilt.map((r) => r.id),
      ),
    );
    // What this batch rewrote depends on the neighbourhood it saw: the settle pass re-derives it.
    const marked = track(
      markUnsettled(
        tx,
        rebuilt.map((r) => r.id),
      ),
    );
    const xid = this.mentions ? track(transactionXid(tx)) : null;
    // Documents are built while the previous chunk of them is being written.
    const docs: IncidentDocument[] = [];
    const written = new Set(await track(upsertIncidentRows(tx, documents(rebuilt, docs), storedHashes)));
    await Promise.all(writes);
    const changed = docs.filter((d) => written.has(d.id));
    return {
      result: {
        changedIncidentIds: changed.map((d) => d.id).sort(),
        removedIncidentIds: removed,
        incidents: changed,
        articles: [...articles, ...(await movedArticles)],
      },
      xid: await xid,
      written: fresh,
      changed: [...(await marked), ...moves.map((m) => rowKey(m.article_id, m.idx))],
    };
  }
}

/**
 * Which groups are new or changed incidents and which stored incidents are gone. A group that is
 * exactly a stored incident (nothing added, none of its mentions lost) is left alone; any other
 * gets the id its members give (canonicalIncidentId: the same members, the same id, whoever
 * clusters them). Stored incidents that are neither kept nor rebuilt are removed.
 */
function planIncidents(
  groups: ArticleMention[][],
  storedIncident: ReadonlyMap<ArticleMention, string>,
  storedSize: ReadonlyMap<string, number>,
  lost: ReadonlySet<string>,
  candidates: readonly string[],
): { rebuilt: { id: string; members: ArticleMention[] }[]; removed: string[] } {
  const unchanged = (g: ArticleMention[]) => {
    const id = storedIncident.get(g[0]);
    return id !== undefined && !lost.has(id) && g.every((m) => storedIncident.get(m) === id) && storedSize.get(id) === g.length;
  };
  const kept = new Set<string>();
  const rebuilt: { id: string; members: ArticleMention[] }[] = [];
  for (const g of groups) {
    if (unchanged(g)) kept.add(storedIncident.get(g[0]) as string);
    else rebuilt.push({ id: canonicalIncidentId(g), members: g });
  }
  const rebuiltIds = new Set(rebuilt.map((r) => r.id));
  return { rebuilt, removed: candidates.filter((id) => !kept.has(id) && !rebuiltIds.has(id)).sort() };
}

/** The steps of a computation, stopped with SettleInterrupted as soon as `stop` says so. */
function* interruptible<T>(steps: Generator<void, T, void>, stop: () => boolean): Generator<void, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (stop()) throw new SettleInterrupted();
    yield;
  }
}

/** Each group's document, built when the writer asks for it, and kept in `out`. */
function* documents(groups: { members: ArticleMention[] }[], out: IncidentDocument[]): Generator<IncidentDocument> {
  for (const g of groups) {
    const doc = toIncidentDocument(g.members);
    out.push(doc);
    yield doc;
  }
}
