import { Actor, IncidentCategory, Weapon } from '@raseed/contracts';
import {
  ArticleDocument,
  ArticleHit,
  ArticleQuery,
  ArticleSearchResult,
  FacetBucket,
  IncidentDocument,
  IncidentFacets,
  IncidentPage,
  IncidentQuery,
  IncidentSearchResult,
  IncidentSummary,
  MentionEvidence,
  SearchPort,
  TotalRelation,
} from '../search.port';
import { SqlExecutor } from '../sql-executor';
import { HEADLINE_OPTIONS, SqlFilter, articleFilter, incidentFilter, whereSql } from './incident-search.query';
import { deleteIncidentRows, upsertArticleRows, upsertIncidentRows } from './search-rows.sql';
import { exportIncidentPage } from './incident-export.query';
import { articleSentences, displayHighlight, evidenceSentences } from '../highlight/display-highlight';

export interface PostgresSearchOptions {
  /** Matches counted exactly; beyond it totals and facets are lower bounds (default 1,000). */
  countCap?: number;
  /** Relevance ranking considers this many most recent matches, more when paging deeper (default 500). */
  relevanceWindow?: number;
}

interface IncidentRow {
  id: string;
  category: IncidentCategory;
  event_date: string | null;
  date_precision: 'day' | 'month' | null;
  date_from: string | null;
  place_id: string | null;
  place_name_ar: string | null;
  place_name_en: string | null;
  lat: number | null;
  lon: number | null;
  weapon: Weapon | null;
  actor: Actor | null;
  claimed_by: Actor | null;
  target: string | null;
  killed: number | null;
  injured: number | null;
  source_count: number;
  outlets: string[];
  score: number | null;
  highlight: string | null;
  mentions?: MentionEvidence[] | null;
}

const INCIDENT_SUMMARY_COLUMNS = `i.id, i.category, to_char(i.event_date, 'YYYY-MM-DD') AS event_date, i.date_precision, to_char(i.date_from, 'YYYY-MM') AS date_from,
  i.place_id, i.place_name_ar, i.place_name_en, i.lat, i.lon, i.weapon, i.actor, i.claimed_by, i.target, i.killed, i.injured, i.source_count, i.outlets`;

interface FacetRow {
  category: string | null;
  actor: string | null;
  weapon: string | null;
  g: number;
  n: number;
}

/** GROUPING bits: category 4, actor 2, weapon 1 (a set bit means "not grouped by"). */
function toFacets(rows: FacetRow[]): IncidentFacets {
  const bucket = (key: 'category' | 'actor' | 'weapon', g: number): FacetBucket[] =>
    rows
      .filter((r) => r.g === g && r[key] !== null)
      .map((r) => ({ value: r[key] as string, count: r.n }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  return { category: bucket('category', 3), actor: bucket('actor', 5), weapon: bucket('weapon', 6) };
}

interface ArticleRow {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published_at: Date | string | null;
  incident_ids: string[];
  score: number | null;
  highlight: string | null;
  body?: string;
}

function toArticleHit(r: ArticleRow): ArticleHit {
  return {
    id: r.id,
    url: r.url,
    outlet: r.outlet,
    title: r.title,
    publishedAt: r.published_at === null ? null : new Date(r.published_at).toISOString(),
    incidentIds: r.incident_ids,
    score: r.score === null ? null : Number(r.score),
    highlight: r.highlight && r.body !== undefined ? displayHighlight(r.highlight, articleSentences(r.body)) : r.highlight,
  };
}

function toSummary(r: IncidentRow): IncidentSummary {
  return {
    id: r.id,
    category: r.category,
    date: r.date_precision === 'day' ? r.event_date : r.date_precision === 'month' ? r.date_from : null,
    datePrecision: r.date_precision,
    place: r.lat !== null && r.lon !== null ? { id: r.place_id, name_ar: r.place_name_ar ?? '', name_en: r.place_name_en ?? '', lat: r.lat, lon: r.lon } : null,
    weapon: r.weapon,
    actor: r.actor,
    claimedBy: r.claimed_by,
    target: r.target,
    killed: r.killed,
    injured: r.injured,
    sourceCount: r.source_count,
    outlets: r.outlets,
    score: r.score === null || r.score === undefined ? null : Number(r.score),
    // The key's highlight says which words matched; readers see them in the evidence sentences.
    highlight: r.highlight ? displayHighlight(r.highlight, evidenceSentences(r.mentions ?? [])) : null,
  };
}

// An article's incidents live in their own table (they change with every merge or split).
const ARTICLE_INCIDENT_IDS = `COALESCE((SELECT ai.incident_ids FROM search_article_incidents ai WHERE ai.article_id = a.id), '{}') AS incident_ids`;

/**
 * PostgreSQL full-text back end (used when OPENSEARCH_URL is unset): the raseed_arabic
 * configuration over normaliseArabic() text, GIN indexes, ts_headline highlights, pg_trgm for
 * place names. The indexer already writes these tables; index* here are for direct use and tests.
 */
export class PostgresSearchAdapter implements SearchPort {
  private readonly countCap: number;
  private readonly relevanceWindow: number;

  constructor(
    private readonly db: SqlExecutor,
    options: PostgresSearchOptions = {},
  ) {
    this.countCap = options.countCap ?? 1_000;
    this.relevanceWindow = options.relevanceWindow ?? 200;
  }

  indexIncidents(incidents: IncidentDocument[]): Promise<void> {
    return upsertIncidentRows(this.db, incidents).then(() => undefined);
  }

  deleteIncidents(ids: string[]): Promise<void> {
    return deleteIncidentRows(this.db, ids);
  }

  indexArticles(articles: ArticleDocument[]): Promise<void> {
    return upsertArticleRows(this.db, articles);
  }

  /**
   * Count first, then the page. The capped, unordered count + facets is cheap (the indexes find
   * matches in physical order and stop at the cap) and tells which page plan is right:
   * - at most countCap matches: page from exactly those matches (sorted or all ranked), so a
   *   selective filter never walks the date index through rows that do not match (a place
   *   with no incidents cost 1.4 s that way on 100k incidents);
   * - more: matches are dense, the date index finds a page at once, and relevance is ranked
   *   among the relevanceWindow most recent matches (ranking every match of "هجوم" would not).
   */
  async searchIncidents(query: IncidentQuery): Promise<IncidentSearchResult> {
    // The filter (and its tsquery) is built once and serves the count and the page.
    const f = await incidentFilter(this.db, query);
    const counted = await this.countFacets(f);
    const src = this.matchSource(`search_incidents`, 'i', f, counted.relation === 'eq');
    const n = f.params.length;
    const offset = (query.page - 1) * query.size;
    const byDate = `i.event_date DESC NULLS LAST, i.date_from DESC NULLS LAST, i.id`;
    // Relevance is ranked among the relevanceWindow most recent matches: ranking every match of a
    // very common word (most incidents say "attack") costs hundreds of ms; recent ones matter most.
    const sql =
      query.sort === 'relevance' && f.tsq
        ? // The window carries only id, dates and rank; page rows are joined back afterwards.
          // Ranked after the window is cut: a plan that finds the window by sorting every match
          // would otherwise rank every match too.
          `WITH ${src.with}recent AS (SELECT i.id, i.event_date AS d, i.date_from AS df ${src.from} ORDER BY ${byDate} LIMIT $${n + 3}),
           cand AS (SELECT recent.*, ts_rank_cd(i.tsv, ${f.tsq}) AS score FROM recent JOIN search_incidents i ON i.id = recent.id),
           top AS (SELECT cand.* FROM cand ORDER BY cand.score DESC, cand.d DESC NULLS LAST, cand.df DESC NULLS LAST, cand.id LIMIT $${n + 1} OFFSET $${n + 2})
           SELECT ${INCIDENT_SUMMARY_COLUMNS}, top.score, ts_headline('raseed_arabic', i.search_norm, ${f.tsq}, '${HEADLINE_OPTIONS}') AS highlight, i.doc -> 'mentions' AS mentions
           FROM top JOIN search_incidents i ON i.id = top.id
           ORDER BY top.score DESC, top.d DESC NULLS LAST, top.df DESC NULLS LAST, top.id`
        : `${src.with ? `WITH ${src.with.slice(0, -2)} ` : ''}SELECT page.*, ${f.tsq ? `ts_headline('raseed_arabic', page.search_norm, ${f.tsq}, '${HEADLINE_OPTIONS}')` : 'NULL'} AS highlight
           FROM (SELECT ${INCIDENT_SUMMARY_COLUMNS}, i.search_norm, ${f.tsq ? `ts_rank_cd(i.tsv, ${f.tsq}) AS score, i.doc -> 'mentions' AS mentions` : 'NULL::real AS score'}
                 ${src.from} ORDER BY ${byDate} LIMIT $${n + 1} OFFSET $${n + 2}) page`;
    const params = [...f.params, query.size, offset];
    if (query.sort === 'relevance' && f.tsq) params.push(src.all ? this.countCap + 1 : Math.max(this.relevanceWindow, offset + query.size));
    const rows = await this.db.query<IncidentRow>(sql, params);
    return { total: counted.total, totalRelation: counted.relation, items: rows.map(toSummary), facets: counted.facets };
  }

  /**
   * Where a page's rows come from: all matches (when the count found them all, at most
   * countCap) as a materialised id set joined back by primary key, or the table under the filter.
   */
  private matchSource(table: string, alias: string, f: SqlFilter, allCounted: boolean): { with: string; from: string; all: boolean } {
    if (!allCounted || !f.where.length) return { with: '', from: `FROM ${table} ${alias} ${whereSql(f)}`, all: false };
    return {
      with: `hits AS MATERIALIZED (SELECT ${alias}.id FROM ${table} ${alias} ${whereSql(f)} LIMIT ${this.countCap + 1}), `,
      from: `FROM hits JOIN ${table} ${alias} ON ${alias}.id = hits.id`,
      all: true,
    };
  }

  async facets(query: IncidentQuery): Promise<IncidentFacets> {
    return (await this.countFacets(await incidentFilter(this.db, query))).facets;
  }

  /**
   * Total and facet counts over at most countCap matches (like OpenSearch's default
   * track_total_hits): exact below the cap, lower bounds above it.
   */
  private async countFacets(f: SqlFilter): Promise<{ total: number; relation: TotalRelation; facets: IncidentFacets }> {
    const rows = await this.db.query<FacetRow>(
      `WITH m AS (SELECT i.category, i.actor, i.weapon FROM search_incidents i ${whereSql(f)} LIMIT ${this.countCap + 1})
       SELECT m.category, m.actor, m.weapon, GROUPING(m.category, m.actor, m.weapon)::int AS g, count(*)::int AS n
       FROM m GROUP BY GROUPING SETS ((m.category), (m.actor), (m.weapon))`,
      f.params,
    );
    const facets = toFacets(rows);
    // Category is never null, so its buckets add up to the number of matches counted.
    const counted = facets.category.reduce((t, b) => t + b.count, 0);
    return counted > this.countCap ? { total: this.countCap, relation: 'gte', facets } : { total: counted, relation: 'eq', facets };
  }

  /** Keyset pages in the list's date order (incident-export.query.ts). */
  exportIncidents(query: IncidentQuery, after: string | null, size: number): Promise<IncidentPage> {
    return exportIncidentPage(this.db, query, after, size);
  }

  async getIncident(id: string): Promise<IncidentDocument | null> {
    const rows = await this.db.query<{ doc: IncidentDocument }>(`SELECT doc FROM search_incidents WHERE id = $1`, [id]);
    return rows[0]?.doc ?? null;
  }

  async getArticle(id: string): Promise<ArticleDocument | null> {
    const rows = await this.db.query<{
      id: string;
      content_hash: string;
      url: string | null;
      outlet: string | null;
      title: string | null;
      published_at: Date | string | null;
      lang: string;
      body: string;
      duplicate_of: string | null;
      incident_ids: string[];
    }>(`SELECT a.id, a.content_hash, a.url, a.outlet, a.title, a.published_at, a.lang, a.body, a.duplicate_of, ${ARTICLE_INCIDENT_IDS} FROM search_articles a WHERE a.id = $1`, [id]);
    const r = rows[0];
    if (!r) return null;
    const publishedAt = r.published_at === null ? null : new Date(r.published_at).toISOString();
    return { id: r.id, contentHash: r.content_hash, url: r.url, outlet: r.outlet, title: r.title, publishedAt, lang: r.lang, text: r.body, duplicateOf: r.duplicate_of, incidentIds: r.incident_ids };
  }

  /** Same plan as searchIncidents: the capped unordered count, then the page from the right source. */
  async searchArticles(query: ArticleQuery): Promise<ArticleSearchResult> {
    const f = await articleFilter(this.db, query);
    const [{ n: counted }] = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM search_articles a ${whereSql(f)} LIMIT ${this.countCap + 1}) m`, f.params);
    const src = this.matchSource('search_articles', 'a', f, counted <= this.countCap);
    const n = f.params.length;
    const offset = (query.page - 1) * query.size;
    const byDate = `a.published_at DESC NULLS LAST, a.id`;
    const cols = `a.id, a.url, a.outlet, a.title, a.published_at, ${ARTICLE_INCIDENT_IDS}, a.body_norm`;
    // Same trade-off as incidents: rank among the most recent matches, count up to the cap.
    const sql = f.tsq
      ? `WITH ${src.with}recent AS (SELECT a.id, a.published_at AS p ${src.from} ORDER BY ${byDate} LIMIT $${n + 3}),
         cand AS (SELECT recent.*, ts_rank_cd(a.tsv, ${f.tsq}) AS score FROM recent JOIN search_articles a ON a.id = recent.id),
         top AS (SELECT cand.* FROM cand ORDER BY cand.score DESC, cand.p DESC NULLS LAST, cand.id LIMIT $${n + 1} OFFSET $${n + 2})
         SELECT a.id, a.url, a.outlet, a.title, a.published_at, ${ARTICLE_INCIDENT_IDS}, top.score, a.body,
           ts_headline('raseed_arabic', a.body_norm, ${f.tsq}, '${HEADLINE_OPTIONS}') AS highlight
         FROM top JOIN search_articles a ON a.id = top.id
         ORDER BY top.score DESC, top.p DESC NULLS LAST, top.id`
      : `${src.with ? `WITH ${src.with.slice(0, -2)} ` : ''}SELECT ${cols}, NULL::real AS score, NULL AS highlight ${src.from} ORDER BY ${byDate} LIMIT $${n + 1} OFFSET $${n + 2}`;
    const params = [...f.params, query.size, offset];
    if (f.tsq) params.push(src.all ? this.countCap + 1 : Math.max(this.relevanceWindow, offset + query.size));
    const rows = await this.db.query<ArticleRow>(sql, params);
    return {
      total: Math.min(counted, this.countCap),
      totalRelation: counted > this.countCap ? 'gte' : 'eq',
      items: rows.map(toArticleHit),
    };
  }
}
