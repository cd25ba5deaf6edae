import { Actor, IncidentCategory, Weapon } from '@raseed/contracts';
import {
  ArticleDocument, ArticleQuery, ArticleSearchResult, FacetBucket, IncidentDocument, IncidentFacets, IncidentQuery,
  IncidentSearchResult, IncidentSummary, SearchPort,
} from '../search.port';
import { SqlExecutor } from '../sql-executor';
import { HEADLINE_OPTIONS, articleFilter, incidentFilter, whereSql } from './incident-search.query';
import { deleteIncidentRows, upsertArticleRows, upsertIncidentRows } from './search-rows.sql';

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
}

const INCIDENT_SUMMARY_COLUMNS = `i.id, i.category, to_char(i.event_date, 'YYYY-MM-DD') AS event_date, i.date_precision, to_char(i.date_from, 'YYYY-MM') AS date_from,
  i.place_id, i.place_name_ar, i.place_name_en, i.lat, i.lon, i.weapon, i.actor, i.claimed_by, i.target, i.killed, i.injured, i.source_count, i.outlets`;

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
    highlight: r.highlight ?? null,
  };
}

/**
 * PostgreSQL full-text back end (used when OPENSEARCH_URL is unset): the raseed_arabic
 * configuration over normaliseArabic() text, GIN indexes, ts_headline highlights, pg_trgm for
 * place names. The indexer already writes these tables; index* here are for direct use and tests.
 */
export class PostgresSearchAdapter implements SearchPort {
  constructor(private readonly db: SqlExecutor) {}

  indexIncidents(incidents: IncidentDocument[]): Promise<void> {
    return upsertIncidentRows(this.db, incidents);
  }

  deleteIncidents(ids: string[]): Promise<void> {
    return deleteIncidentRows(this.db, ids);
  }

  indexArticles(articles: ArticleDocument[]): Promise<void> {
    return upsertArticleRows(this.db, articles);
  }

  async searchIncidents(query: IncidentQuery): Promise<IncidentSearchResult> {
    const f = incidentFilter(query);
    const order =
      query.sort === 'relevance' && f.tsq
        ? `ts_rank_cd(i.tsv, ${f.tsq}) DESC, i.event_date DESC NULLS LAST, i.id`
        : `i.event_date DESC NULLS LAST, i.date_from DESC NULLS LAST, i.id`;
    const limit = `$${f.params.length + 1}`;
    const offset = `$${f.params.length + 2}`;
    // Highlights are computed for the page only: ts_headline re-parses the text.
    const sql = `SELECT page.*, ${f.tsq ? `ts_headline('raseed_arabic', page.search_norm, ${f.tsq}, '${HEADLINE_OPTIONS}')` : 'NULL'} AS highlight
      FROM (SELECT ${INCIDENT_SUMMARY_COLUMNS}, i.search_norm, ${f.tsq ? `ts_rank_cd(i.tsv, ${f.tsq})` : 'NULL::real'} AS score
            FROM search_incidents i ${whereSql(f)} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}) page`;
    const [rows, facets] = await Promise.all([
      this.db.query<IncidentRow>(sql, [...f.params, query.size, (query.page - 1) * query.size]),
      this.facets(query),
    ]);
    // Category is never null, so its buckets add up to the number of matches.
    const total = facets.category.reduce((n, b) => n + b.count, 0);
    return { total, items: rows.map(toSummary), facets };
  }

  async facets(query: IncidentQuery): Promise<IncidentFacets> {
    const f = incidentFilter(query);
    const rows = await this.db.query<{ category: string | null; actor: string | null; weapon: string | null; g: number; n: number }>(
      `SELECT i.category, i.actor, i.weapon, GROUPING(i.category, i.actor, i.weapon)::int AS g, count(*)::int AS n
       FROM search_incidents i ${whereSql(f)}
       GROUP BY GROUPING SETS ((i.category), (i.actor), (i.weapon))`,
      f.params,
    );
    // GROUPING bits: category 4, actor 2, weapon 1 (a set bit means "not grouped by").
    const bucket = (key: 'category' | 'actor' | 'weapon', g: number): FacetBucket[] =>
      rows
        .filter((r) => r.g === g && r[key] !== null)
        .map((r) => ({ value: r[key] as string, count: r.n }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    return { category: bucket('category', 3), actor: bucket('actor', 5), weapon: bucket('weapon', 6) };
  }

  async getIncident(id: string): Promise<IncidentDocument | null> {
    const rows = await this.db.query<{ doc: IncidentDocument }>(`SELECT doc FROM search_incidents WHERE id = $1`, [id]);
    return rows[0]?.doc ?? null;
  }

  async searchArticles(query: ArticleQuery): Promise<ArticleSearchResult> {
    const f = articleFilter(query);
    const order = f.tsq ? `ts_rank_cd(a.tsv, ${f.tsq}) DESC, a.published_at DESC NULLS LAST, a.id` : `a.published_at DESC NULLS LAST, a.id`;
    const n = f.params.length;
    const rows = await this.db.query<{
      id: string; url: string | null; outlet: string | null; title: string | null; published_at: Date | string | null;
      incident_ids: string[]; score: number | null; highlight: string | null; total: number;
    }>(
      `SELECT page.id, page.url, page.outlet, page.title, page.published_at, page.incident_ids, page.score, page.total,
         ${f.tsq ? `ts_headline('raseed_arabic', page.body_norm, ${f.tsq}, '${HEADLINE_OPTIONS}')` : 'NULL'} AS highlight
       FROM (SELECT a.id, a.url, a.outlet, a.title, a.published_at, a.incident_ids, a.body_norm,
               ${f.tsq ? `ts_rank_cd(a.tsv, ${f.tsq})` : 'NULL::real'} AS score, count(*) OVER ()::int AS total
             FROM search_articles a ${whereSql(f)} ORDER BY ${order} LIMIT $${n + 1} OFFSET $${n + 2}) page`,
      [...f.params, query.size, (query.page - 1) * query.size],
    );
    const total = rows.length
      ? rows[0].total
      : query.page > 1
        ? (await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM search_articles a ${whereSql(f)}`, f.params))[0].n
        : 0;
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        url: r.url,
        outlet: r.outlet,
        title: r.title,
        publishedAt: r.published_at === null ? null : new Date(r.published_at).toISOString(),
        incidentIds: r.incident_ids,
        score: r.score === null ? null : Number(r.score),
        highlight: r.highlight,
      })),
    };
  }
}
