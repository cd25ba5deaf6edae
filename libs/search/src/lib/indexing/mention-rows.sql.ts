import { ArticleMention, MAX_SOFT_DATE_GAP, mentionWindow, isoDay } from '@raseed/incident-clustering';
import { ArticleDocument } from '../search.port';
import { SqlExecutor } from '../sql-executor';

// The de-duplication state: one search_mentions row per extracted mention, with the incident it
// belongs to and the keys candidate incidents are found by.

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

/** Incidents the given articles' stored mentions belong to. */
export async function incidentsOfArticles(tx: SqlExecutor, articleIds: string[]): Promise<string[]> {
  const rows = await tx.query<{ incident_id: string }>(`SELECT DISTINCT incident_id FROM search_mentions WHERE article_id = ANY($1::text[]) AND incident_id IS NOT NULL`, [articleIds]);
  return rows.map((r) => r.incident_id);
}

/**
 * The given articles' stored mentions, in one statement (one snapshot): the incidents they are in,
 * and their category and date window (what locks cover them).
 */
export function mentionsOfArticles(tx: SqlExecutor, articleIds: string[]): Promise<{ incident_id: string | null; category: string; window_from: string | null; window_to: string | null }[]> {
  return tx.query(`SELECT incident_id, category, window_from::text AS window_from, window_to::text AS window_to FROM search_mentions WHERE article_id = ANY($1::text[])`, [articleIds]);
}

/**
 * Stored mentions already parsed, by row version: a batch reads the same neighbourhood's mentions
 * again and again (each stored incident's members, the settle pass every mention of a category),
 * and parsing their JSON payloads and deriving their features (evidence terms, copy keys, held per
 * object) was a good part of a batch. A row is known by its article, index and `xmin`: any change
 * to the row (a replaced mention, a move, a settle mark) gives it a new `xmin`, so a cached payload
 * is only ever used for the very row version it was read or written as. Rows this transaction
 * writes get its own xid as `xmin`; they are recorded once it commits (`commit`). Two generations
 * of at most `generation` mentions each: what the last two rounds used stays, the rest goes.
 */
export class MentionCache {
  private current = new Map<string, { xmin: string; payload: ArticleMention }>();
  private previous = new Map<string, { xmin: string; payload: ArticleMention }>();
  /** Payloads served from the cache, and read from PostgreSQL (metrics, tests). */
  hits = 0;
  misses = 0;

  constructor(private readonly generation = 25_000) {}

  get(key: string, xmin: string): ArticleMention | undefined {
    const hit = this.current.get(key) ?? this.previous.get(key);
    if (!hit || hit.xmin !== xmin) return undefined;
    this.remember(key, xmin, hit.payload);
    return hit.payload;
  }

  remember(key: string, xmin: string, payload: ArticleMention): void {
    if (this.current.size >= this.generation && !this.current.has(key)) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, { xmin, payload });
  }

  /** The rows a committed transaction wrote (fresh mentions) or changed (moved, marked), under its xid. */
  commit(xid: string, written: Iterable<ArticleMention>, changed: Iterable<string>): void {
    for (const m of written) this.remember(rowKey(m.articleId, m.mention.index), xid, m);
    for (const key of changed) {
      const known = this.current.get(key) ?? this.previous.get(key);
      if (known) this.remember(key, xid, known.payload);
    }
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }
}

/** A stored mention row's key in the cache and in the lists of rows a transaction changed. */
export const rowKey = (articleId: string, idx: number) => `${articleId}#${idx}`;

/** This transaction's id as rows it writes carry it in `xmin` (assigns one if it has none yet). */
export async function transactionXid(tx: SqlExecutor): Promise<string> {
  const [row] = await tx.query<{ xid: string }>(`SELECT pg_current_xact_id()::xid::text AS xid`);
  return row.xid;
}

/**
 * Stored rows with their payloads, taken from the cache when the row version is known: the rows
 * are listed first (article, index, xmin and `extra` columns, in the order `where` gives them),
 * then only the payloads of rows not cached are read. If a row changed in between (a concurrent
 * writer where this transaction holds no lock yet), everything is read again in one statement.
 */
async function withPayloads<R extends object>(tx: SqlExecutor, cache: MentionCache | undefined, extra: string, where: string, params: unknown[]): Promise<(R & { payload: ArticleMention })[]> {
  if (!cache) return tx.query(`SELECT payload, ${extra} FROM search_mentions ${where}`, params);
  const rows = await tx.query<R & { article_id: string; idx: number; xmin: string }>(`SELECT article_id, idx, xmin::text AS xmin, ${extra} FROM search_mentions ${where}`, params);
  const out: (R & { payload: ArticleMention })[] = [];
  const missing: { article_id: string; idx: number; xmin: string; at: number }[] = [];
  for (const { article_id, idx, xmin, ...rest } of rows) {
    const payload = cache.get(rowKey(article_id, idx), xmin);
    if (!payload) missing.push({ article_id, idx, xmin, at: out.length });
    out.push({ ...(rest as unknown as R), payload: payload as ArticleMention });
  }
  cache.hits += rows.length - missing.length;
  if (missing.length === 0) return out;
  cache.misses += missing.length;
  const read = await tx.query<{ article_id: string; idx: number; xmin: string; payload: ArticleMention }>(
    `SELECT m.article_id, m.idx, m.xmin::text AS xmin, m.payload FROM search_mentions m
     JOIN unnest($1::text[], $2::int[]) AS r(article_id, idx) ON m.article_id = r.article_id AND m.idx = r.idx`,
    [missing.map((r) => r.article_id), missing.map((r) => r.idx)],
  );
  const got = new Map(read.map((r) => [rowKey(r.article_id, r.idx), r]));
  for (const r of missing) {
    const row = got.get(rowKey(r.article_id, r.idx));
    if (!row || row.xmin !== r.xmin) return tx.query(`SELECT payload, ${extra} FROM search_mentions ${where}`, params);
    out[r.at].payload = row.payload;
    cache.remember(rowKey(r.article_id, r.idx), r.xmin, row.payload);
  }
  return out;
}

/** Stored mentions of the given incidents, except those of the given articles (about to be replaced). */
export function mentionsOfIncidents(tx: SqlExecutor, incidentIds: string[], exceptArticles: string[], cache?: MentionCache): Promise<{ payload: ArticleMention; incident_id: string }[]> {
  if (incidentIds.length === 0) return Promise.resolve([]);
  return withPayloads(tx, cache, 'incident_id', `WHERE incident_id = ANY($1::text[]) AND NOT (article_id = ANY($2::text[]))`, [incidentIds, exceptArticles]);
}

/** Replaces the articles' mentions with the fresh ones, each already assigned to its incident. */
export async function replaceMentions(tx: SqlExecutor, articleIds: string[], mentions: ArticleMention[], incidentOf: (m: ArticleMention) => string): Promise<void> {
  await tx.query(`DELETE FROM search_mentions WHERE article_id = ANY($1::text[])`, [articleIds]);
  if (mentions.length === 0) return;
  const rows = mentions.map((m) => {
    const w = mentionWindow(m);
    return {
      article_id: m.articleId,
      idx: m.mention.index,
      incident_id: incidentOf(m),
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
    `INSERT INTO search_mentions (article_id, idx, incident_id, category, window_from, window_to, lat, lon, place_id, place_ancestors, payload)
     SELECT r.article_id, r.idx, r.incident_id, r.category, r.window_from, r.window_to, r.lat, r.lon, r.place_id, r.place_ancestors, r.payload
     FROM json_to_recordset($1::json) AS r(article_id text, idx int, incident_id text, category text, window_from date, window_to date,
       lat double precision, lon double precision, place_id text, place_ancestors text[], payload json)`,
    [JSON.stringify(rows)],
  );
}

/**
 * Moves stored mentions to the incidents a merge or split put them in, and brings their articles'
 * incident lists along. Returns those articles' documents, for a search mirror.
 */
export async function reassignMentions(tx: SqlExecutor, moves: { article_id: string; idx: number; incident_id: string }[]): Promise<ArticleDocument[]> {
  if (moves.length === 0) return [];
  await tx.query(
    `UPDATE search_mentions m SET incident_id = a.incident_id
     FROM json_to_recordset($1::json) AS a(article_id text, idx int, incident_id text)
     WHERE m.article_id = a.article_id AND m.idx = a.idx AND m.incident_id IS DISTINCT FROM a.incident_id`,
    [JSON.stringify(moves)],
  );
  const articleIds = [...new Set(moves.map((a) => a.article_id))].sort();
  // An article can report incidents in two neighbourhoods that two indexers rewrite at once:
  // its list row is locked first (sorted, so no deadlock), and the list below is then computed
  // by a later statement, whose snapshot includes the other indexer's commit if it went first.
  await tx.query(`SELECT 1 FROM search_article_incidents WHERE article_id = ANY($1::text[]) ORDER BY article_id FOR UPDATE`, [articleIds]);
  const rows = await tx.query<{ doc: ArticleDocument }>(
    `WITH lists AS (
       INSERT INTO search_article_incidents (article_id, incident_ids)
       SELECT a.id, COALESCE((SELECT array_agg(DISTINCT m.incident_id ORDER BY m.incident_id) FROM search_mentions m
                               WHERE m.article_id = a.id AND m.incident_id IS NOT NULL), '{}')
       FROM unnest($1::text[]) AS a(id)
       ON CONFLICT (article_id) DO UPDATE SET incident_ids = EXCLUDED.incident_ids
       RETURNING article_id, incident_ids)
     SELECT json_build_object('id', id, 'contentHash', content_hash, 'url', url, 'outlet', outlet, 'title', title,
       'publishedAt', to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'lang', lang, 'text', body,
       'duplicateOf', duplicate_of, 'incidentIds', lists.incident_ids) AS doc
     FROM search_articles JOIN lists ON lists.article_id = search_articles.id ORDER BY id`,
    [articleIds],
  );
  return rows.map((r) => r.doc);
}

/**
 * Incidents any new mention could join: same category, overlapping date window (or undated),
 * and a place in the surrounding box, enclosing / enclosed in the gazetteer, or unknown.
 */
export async function findCandidateIncidents(tx: SqlExecutor, mentions: ArticleMention[]): Promise<string[]> {
  if (mentions.length === 0) return [];
  const all = mentions.map((m) => {
    const w = mentionWindow(m);
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
  // One probe per distinct key: reports of one incident (several outlets, copies) probe alike.
  const probes = [...new Map(all.map((p) => [JSON.stringify(p), p])).values()];
  // Dated probes walk the (category, window_to) index: a stored window overlapping the probe ends
  // at most MAX_WINDOW_DAYS after the probe does. Undated probes and undated stored mentions are
  // looked up separately (rare).
  const dated = probes.filter((p) => p.wfrom !== null);
  const undated = probes.filter((p) => p.wfrom === null);
  const found = new Set<string>();
  const recordset = `json_to_recordset($1::json) AS p(category text, wfrom date, wto date, lat double precision, lon double precision, place_id text, ancestors text[])`;
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

// Settling: a batch re-clusters a bounded neighbourhood; the settle pass later re-derives, in full,
// every candidate component holding a mention a batch changed (search_mentions.settled = false).

/** Marks the mentions of the given incidents for the settle pass (a batch rewrote those incidents). */
export async function markUnsettled(tx: SqlExecutor, incidentIds: string[]): Promise<string[]> {
  if (incidentIds.length === 0) return [];
  const rows = await tx.query<{ article_id: string; idx: number }>(`UPDATE search_mentions SET settled = false WHERE settled AND incident_id = ANY($1::text[]) RETURNING article_id, idx`, [
    incidentIds,
  ]);
  return rows.map((r) => rowKey(r.article_id, r.idx));
}

/** Categories that hold mentions the settle pass has yet to re-derive. */
export async function unsettledCategories(tx: SqlExecutor): Promise<string[]> {
  const rows = await tx.query<{ category: string }>(`SELECT DISTINCT category FROM search_mentions WHERE NOT settled ORDER BY category`);
  return rows.map((r) => r.category);
}

/** How many stored mentions the settle pass has yet to re-derive (health, tests, the chaos run). */
export async function countUnsettled(tx: SqlExecutor): Promise<number> {
  const rows = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM search_mentions WHERE NOT settled`);
  return rows[0]?.n ?? 0;
}

/** Every stored mention of the given categories, with its incident and whether it is settled. */
export function mentionsOfCategories(tx: SqlExecutor, categories: string[], cache?: MentionCache): Promise<{ payload: ArticleMention; incident_id: string; settled: boolean }[]> {
  return withPayloads(tx, cache, 'incident_id, settled', `WHERE category = ANY($1::text[]) AND incident_id IS NOT NULL`, [categories]);
}

/** Marks every mention of the given categories settled (the caller re-derived them under the categories' exclusive locks). */
export async function markSettled(tx: SqlExecutor, categories: string[]): Promise<string[]> {
  const rows = await tx.query<{ article_id: string; idx: number }>(`UPDATE search_mentions SET settled = true WHERE NOT settled AND category = ANY($1::text[]) RETURNING article_id, idx`, [
    categories,
  ]);
  return rows.map((r) => rowKey(r.article_id, r.idx));
}
