import { IncidentsExtractedV1 } from '@raseed/contracts';
import { ArticleMention, MAX_SOFT_DATE_GAP, dateWindow, groupMentions, isoDay } from '@raseed/incident-clustering';
import { ArticleDocument, IncidentDocument } from '../search.port';
import { SqlExecutor, TransactionalSqlExecutor } from '../sql-executor';
import { deleteIncidentRows, docHash, upsertArticleRows, upsertIncidentRows } from '../postgres/search-rows.sql';
import { articleMentions, toArticleDocument, toIncidentDocument } from './incident-document.mapping';

/** What one indexing call changed, so the search back end can follow. */
export interface IndexResult {
  /** Incidents created or whose content changed (their new documents are in `incidents`). */
  changedIncidentIds: string[];
  /** Incidents that no longer exist (merged into another, or lost all their mentions). */
  removedIncidentIds: string[];
  incidents: IncidentDocument[];
  articles: ArticleDocument[];
}

// Serialises indexers across processes: de-duplication reads then rewrites a neighbourhood.
const INDEXER_LOCK = 7261510;
// Slack around a mention's date window when looking for candidates (matching tolerates a few days).
const WINDOW_SLACK_DAYS = MAX_SOFT_DATE_GAP;
// Candidate box around a place: wider than the matcher's 60 km block so no match is missed.
const BOX_LAT = 0.7;
const BOX_LON = 0.9;
const MAX_CANDIDATES = 400;
// Longest stored date window: a month-precision date.
const MAX_WINDOW_DAYS = 32;
const PLACE_NEAR = `(p.lat IS NULL OR m.lat IS NULL
  OR (m.lat BETWEEN p.lat - ${BOX_LAT} AND p.lat + ${BOX_LAT} AND m.lon BETWEEN p.lon - ${BOX_LON} AND p.lon + ${BOX_LON})
  OR m.place_id = ANY(p.ancestors) OR (p.place_id IS NOT NULL AND p.place_id = ANY(m.place_ancestors)))`;

interface MentionRow {
  payload: ArticleMention;
  incident_id: string | null;
}

/**
 * The indexing use-case: stores an article and its mentions, re-clusters the neighbourhood
 * they fall into (candidate incidents by category, date window and place) with the
 * incident-clustering linkage, and upserts the canonical incidents. Re-processing an article
 * replaces its previous mentions, so the result is the same as processing it once; a late
 * article can merge two incidents or split one, because the whole neighbourhood is re-derived.
 */
export class IncidentIndexer {
  constructor(private readonly db: TransactionalSqlExecutor) {}

  indexArticle(event: IncidentsExtractedV1): Promise<IndexResult> {
    return this.indexArticles([event]);
  }

  /** Indexes a batch in one transaction (much faster than one by one). Later events for the same article win. */
  async indexArticles(events: IncidentsExtractedV1[]): Promise<IndexResult> {
    const byArticle = new Map<string, IncidentsExtractedV1>();
    for (const e of events) byArticle.set(e.articleId, e);
    const batch = [...byArticle.values()];
    if (batch.length === 0) return { changedIncidentIds: [], removedIncidentIds: [], incidents: [], articles: [] };
    return this.db.transaction((tx) => this.indexInTransaction(tx, batch));
  }

  /** Current documents of the given incidents (e.g. to rebuild another search back end). */
  async loadIncidentDocuments(ids: string[]): Promise<IncidentDocument[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.query<{ doc: IncidentDocument }>(`SELECT doc FROM search_incidents WHERE id = ANY($1::text[]) ORDER BY id`, [ids]);
    return rows.map((r) => r.doc);
  }

  private async indexInTransaction(tx: SqlExecutor, batch: IncidentsExtractedV1[]): Promise<IndexResult> {
    await tx.query(`SELECT pg_advisory_xact_lock($1)`, [INDEXER_LOCK]);
    const articleIds = batch.map((e) => e.articleId);
    const previous = await tx.query<{ incident_id: string | null }>(
      `SELECT DISTINCT incident_id FROM search_mentions WHERE article_id = ANY($1::text[]) AND incident_id IS NOT NULL`,
      [articleIds],
    );
    // Articles first (mentions reference them); incident ids are filled in below.
    await upsertArticleRows(tx, batch.map((e) => toArticleDocument(e, [])), batch[0].extractorVersion);
    await tx.query(`DELETE FROM search_mentions WHERE article_id = ANY($1::text[])`, [articleIds]);
    const fresh = batch.flatMap(articleMentions);
    await insertMentions(tx, fresh);

    const candidates = new Set(previous.map((r) => r.incident_id as string));
    for (const id of await findCandidateIncidents(tx, fresh)) candidates.add(id);
    const stored = candidates.size
      ? await tx.query<MentionRow>(`SELECT payload, incident_id FROM search_mentions WHERE incident_id = ANY($1::text[])`, [[...candidates]])
      : [];
    const storedIncident = new Map<ArticleMention, string>();
    const storedSize = new Map<string, number>();
    for (const r of stored) {
      storedIncident.set(r.payload, r.incident_id as string);
      storedSize.set(r.incident_id as string, (storedSize.get(r.incident_id as string) ?? 0) + 1);
    }
    const groups = groupMentions([...stored.map((r) => r.payload), ...fresh]);
    // A group that is exactly a stored incident (no fresh mention, none lost: incidents of the
    // re-processed articles lost theirs) is left alone.
    const lostMentions = new Set(previous.map((r) => r.incident_id as string));
    const unchanged = (g: ArticleMention[]) => {
      const id = storedIncident.get(g[0]);
      return id !== undefined && !lostMentions.has(id) && g.every((m) => storedIncident.get(m) === id) && storedSize.get(id) === g.length;
    };
    const keptIds = new Set<string>();
    const docs: IncidentDocument[] = [];
    for (const g of groups) {
      if (unchanged(g)) keptIds.add(storedIncident.get(g[0]) as string);
      else docs.push(toIncidentDocument(g));
    }
    const newIds = new Set(docs.map((d) => d.id));
    const removed = [...candidates].filter((id) => !newIds.has(id) && !keptIds.has(id)).sort();

    // Only rewrite (and announce) incidents whose document actually changed.
    const oldHashes = new Map(
      (await tx.query<{ id: string; doc_hash: string }>(`SELECT id, doc_hash FROM search_incidents WHERE id = ANY($1::text[])`, [[...newIds]])).map((r) => [r.id, r.doc_hash]),
    );
    const changed = docs.filter((d) => oldHashes.get(d.id) !== docHash(d));
    await deleteIncidentRows(tx, removed);
    await upsertIncidentRows(tx, changed);
    // Mentions whose incident changed: fresh ones, and stored ones moved by a merge or split.
    const storedByKey = new Map([...storedIncident].map(([m, id]) => [`${m.articleId}#${m.mention.index}`, id]));
    const assignment = docs.flatMap((d) =>
      d.mentions.filter((m) => storedByKey.get(`${m.articleId}#${m.index}`) !== d.id).map((m) => ({ article_id: m.articleId, idx: m.index, incident_id: d.id })),
    );
    if (assignment.length) {
      await tx.query(
        `UPDATE search_mentions m SET incident_id = a.incident_id
         FROM jsonb_to_recordset($1::jsonb) AS a(article_id text, idx int, incident_id text)
         WHERE m.article_id = a.article_id AND m.idx = a.idx AND m.incident_id IS DISTINCT FROM a.incident_id`,
        [JSON.stringify(assignment)],
      );
    }
    // Every article whose mentions moved keeps its incident list in step.
    const touchedArticles = [...new Set([...articleIds, ...assignment.map((a) => a.article_id)])];
    await tx.query(
      `UPDATE search_articles a SET incident_ids = COALESCE((SELECT array_agg(DISTINCT m.incident_id ORDER BY m.incident_id) FROM search_mentions m WHERE m.article_id = a.id AND m.incident_id IS NOT NULL), '{}')
       WHERE a.id = ANY($1::text[])`,
      [touchedArticles],
    );
    const idsByArticle = new Map<string, Set<string>>();
    for (const d of docs) for (const m of d.mentions) (idsByArticle.get(m.articleId) ?? idsByArticle.set(m.articleId, new Set()).get(m.articleId)!).add(d.id);
    // Other articles whose mentions a merge or split moved: a search mirror must update them too.
    const batchIds = new Set(articleIds);
    const moved = touchedArticles.filter((id) => !batchIds.has(id));
    const movedArticles = moved.length
      ? await tx.query<{ doc: ArticleDocument }>(
          `SELECT json_build_object('id', id, 'contentHash', content_hash, 'url', url, 'outlet', outlet, 'title', title,
             'publishedAt', to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'lang', lang, 'text', body,
             'duplicateOf', duplicate_of, 'incidentIds', incident_ids) AS doc
           FROM search_articles WHERE id = ANY($1::text[]) ORDER BY id`,
          [moved],
        )
      : [];
    return {
      changedIncidentIds: changed.map((d) => d.id).sort(),
      removedIncidentIds: removed,
      incidents: changed,
      articles: [...batch.map((e) => toArticleDocument(e, [...(idsByArticle.get(e.articleId) ?? [])])), ...movedArticles.map((r) => r.doc)],
    };
  }
}

async function insertMentions(tx: SqlExecutor, mentions: ArticleMention[]): Promise<void> {
  if (mentions.length === 0) return;
  const rows = mentions.map((m) => {
    const w = dateWindow(m.mention.date, m.publishedAt);
    return {
      article_id: m.articleId,
      idx: m.mention.index,
      category: m.mention.category,
      window_from: Number.isFinite(w.from) ? isoDay(w.from) : null,
      window_to: Number.isFinite(w.to) ? isoDay(w.to) : null,
      lat: m.mention.place?.lat ?? null,
      lon: m.mention.place?.lon ?? null,
      place_id: m.mention.place?.id ?? null,
      place_ancestors: m.mention.place?.ancestors ?? [],
      payload: m,
    };
  });
  await tx.query(
    `INSERT INTO search_mentions (article_id, idx, category, window_from, window_to, lat, lon, place_id, place_ancestors, payload)
     SELECT r.article_id, r.idx, r.category, r.window_from, r.window_to, r.lat, r.lon, r.place_id, r.place_ancestors, r.payload
     FROM jsonb_to_recordset($1::jsonb) AS r(article_id text, idx int, category text, window_from date, window_to date,
       lat double precision, lon double precision, place_id text, place_ancestors text[], payload jsonb)`,
    [JSON.stringify(rows)],
  );
}

/**
 * Incidents any new mention could join: same category, overlapping date window (or undated),
 * and a place in the surrounding box, enclosing / enclosed in the gazetteer, or unknown.
 */
async function findCandidateIncidents(tx: SqlExecutor, mentions: ArticleMention[]): Promise<string[]> {
  if (mentions.length === 0) return [];
  const probes = mentions.map((m) => {
    const w = dateWindow(m.mention.date, m.publishedAt);
    const place = m.mention.place;
    return {
      category: m.mention.category,
      wfrom: Number.isFinite(w.from) ? isoDay(w.from - WINDOW_SLACK_DAYS) : null,
      wto: Number.isFinite(w.to) ? isoDay(w.to + WINDOW_SLACK_DAYS) : null,
      lat: place?.lat ?? null,
      lon: place?.lon ?? null,
      place_id: place?.id ?? null,
      ancestors: place?.ancestors ?? [],
    };
  });
  // Dated probes walk the (category, window_to) index: a stored window overlapping the probe ends
  // at most MAX_WINDOW_DAYS after the probe does. Undated probes and undated stored mentions are
  // looked up separately (rare). Fresh mentions have no incident yet, so they never match themselves.
  const dated = probes.filter((p) => p.wfrom !== null);
  const undated = probes.filter((p) => p.wfrom === null);
  const found = new Set<string>();
  const recordset = `jsonb_to_recordset($1::jsonb) AS p(category text, wfrom date, wto date, lat double precision, lon double precision, place_id text, ancestors text[])`;
  if (dated.length) {
    const rows = await tx.query<{ incident_id: string }>(
      `SELECT DISTINCT c.incident_id FROM ${recordset} CROSS JOIN LATERAL (
         SELECT m.incident_id FROM search_mentions m
         WHERE m.category = p.category AND m.window_to BETWEEN p.wfrom AND p.wto + ${MAX_WINDOW_DAYS} AND m.window_from <= p.wto
           AND m.incident_id IS NOT NULL AND ${PLACE_NEAR}
         ORDER BY m.window_to DESC LIMIT ${MAX_CANDIDATES}
       ) c`,
      [JSON.stringify(dated)],
    );
    for (const r of rows) found.add(r.incident_id);
  }
  if (undated.length) {
    const rows = await tx.query<{ incident_id: string }>(
      `SELECT DISTINCT c.incident_id FROM ${recordset} CROSS JOIN LATERAL (
         SELECT m.incident_id FROM search_mentions m
         WHERE m.category = p.category AND m.incident_id IS NOT NULL AND ${PLACE_NEAR}
         ORDER BY m.window_to DESC NULLS FIRST LIMIT ${MAX_CANDIDATES}
       ) c`,
      [JSON.stringify(undated)],
    );
    for (const r of rows) found.add(r.incident_id);
  }
  const rows = await tx.query<{ incident_id: string }>(
    `SELECT DISTINCT m.incident_id FROM search_mentions m
     WHERE m.window_to IS NULL AND m.incident_id IS NOT NULL
       AND EXISTS (SELECT 1 FROM ${recordset} WHERE p.category = m.category AND ${PLACE_NEAR})`,
    [JSON.stringify(probes)],
  );
  for (const r of rows) found.add(r.incident_id);
  return [...found];
}

