import { normaliseArabic } from '@raseed/arabic-text';
import { ArticleQuery, IncidentQuery } from '../search.port';
import { SqlExecutor } from '../sql-executor';
import { queryTsqueries } from './tsquery.query';

/** A WHERE clause with its positional parameters; user text only ever travels as a parameter. */
export interface SqlFilter {
  where: string[];
  params: unknown[];
  /** Parameter reference of the tsquery (normalised q), when there is one. */
  tsq: string | null;
}

/**
 * The query text after the index-time normalisation; null when nothing searchable is left. Query
 * text is words, never syntax (both back ends require every word: quotes, "or" and "-" are not
 * operators). A repeated word is kept once: it matches the same rows, but the planner would count
 * it twice and underestimate the matches by orders of magnitude.
 */
export function normalisedQueryText(q: string | undefined): string | null {
  if (!q) return null;
  const n = normaliseArabic(q);
  if (!/[\p{L}\p{N}]/u.test(n)) return null;
  return [...new Set(n.split(/\s+/).filter(Boolean))].join(' ');
}

/** Longest span of reported dates in one incident (a month-precision report spans a month). */
export const MAX_SPAN_DAYS = 62;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The start every filter shares: a parameter list (user text only ever travels as a parameter) and
 * the full-text match. Every word must match; a vocabulary word matches any form of its group (the
 * OpenSearch synonyms). With `categories`, a word naming a category also matches an incident of it.
 */
async function textFilter(db: SqlExecutor, q: string | undefined, alias: string, categories: boolean): Promise<SqlFilter & { p: (v: unknown) => string }> {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = [];
  const text = normalisedQueryText(q);
  if (!text) return { where, params, tsq: null, p };
  const t = await queryTsqueries(db, text);
  if (!categories || !t.categoryWords.length) {
    const tsq = `${p(t.all)}::tsquery`;
    where.push(`${alias}.tsv @@ ${tsq}`);
    return { where, params, tsq, p };
  }
  // Ranked and highlighted by all the words: the same conjunction, from the parameters the conditions use.
  const parts: string[] = [];
  if (t.rest) {
    parts.push(`${p(t.rest)}::tsquery`);
    where.push(`${alias}.tsv @@ ${parts[0]}`);
  }
  for (const w of t.categoryWords) {
    const q = w.tsquery ? `${p(w.tsquery)}::tsquery` : null;
    if (q) parts.push(q);
    where.push(`(${q ? `${alias}.tsv @@ ${q} OR ` : ''}${alias}.category = ${p(w.category)})`);
  }
  return { where, params, tsq: parts.length ? `(${parts.join(' && ')})` : null, p };
}

/** The conditions of an incident query; its text is lexed by PostgreSQL (queryTsquery), hence the executor. */
export async function incidentFilter(db: SqlExecutor, query: IncidentQuery, alias = 'i'): Promise<SqlFilter> {
  const { where, params, tsq, p } = await textFilter(db, query.q, alias, true);
  // Incidents whose reported date range overlaps [from, to]. A range spans at most MAX_SPAN_DAYS,
  // which bounds date_from too, so the (date_from) index can serve the filter.
  if (query.from) {
    const from = p(query.from);
    where.push(`${alias}.date_to >= ${from}::date AND ${alias}.date_from >= ${from}::date - ${MAX_SPAN_DAYS}`);
  }
  if (query.to) where.push(`${alias}.date_from <= ${p(query.to)}::date`);
  if (query.category?.length) where.push(`${alias}.category = ANY(${p(query.category)}::text[])`);
  if (query.actor?.length) where.push(`(${alias}.actor = ANY(${p(query.actor)}::text[]) OR ${alias}.claimed_by = ANY($${params.length}::text[]))`);
  if (query.weapon?.length) where.push(`${alias}.weapon = ANY(${p(query.weapon)}::text[])`);
  if (query.place) {
    const raw = query.place.trim();
    const norm = normaliseArabic(raw);
    // A gazetteer id (exact or an enclosing place), or a name matched on the small places table
    // (normalised substring or trigram word similarity, so "اربيل" finds "أربيل" and "Shadadi"
    // finds "al-Shaddadi base"), then incidents by place key through a GIN index.
    const names = `SELECT sp.key FROM search_places sp WHERE sp.names_norm ILIKE ${p(`%${escapeLike(norm)}%`)} OR ${p(norm)} <% sp.names_norm`;
    where.push(`(${alias}.place_keys && ARRAY(${names}) OR ${alias}.place_keys @> ARRAY[${p(raw)}]::text[] OR ${alias}.place_ancestors @> ARRAY[$${params.length}]::text[])`);
  }
  if (query.near) {
    const { lat, lon, km } = query.near;
    const dLat = km / 111;
    const dLon = km / (111 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
    where.push(`${alias}.lat BETWEEN ${p(lat - dLat)} AND ${p(lat + dLat)} AND ${alias}.lon BETWEEN ${p(lon - dLon)} AND ${p(lon + dLon)}`);
    const la = p(lat);
    const lo = p(lon);
    where.push(
      `2 * 6371 * asin(least(1, sqrt(power(sin(radians(${alias}.lat - ${la}) / 2), 2) + cos(radians(${la})) * cos(radians(${alias}.lat)) * power(sin(radians(${alias}.lon - ${lo}) / 2), 2)))) <= ${p(km)}`,
    );
  }
  if (query.bbox) {
    // The (lat, lon) btree serves the latitude range; longitude is checked on those rows.
    const b = query.bbox;
    where.push(`${alias}.lat BETWEEN ${p(b.minLat)} AND ${p(b.maxLat)} AND ${alias}.lon BETWEEN ${p(b.minLon)} AND ${p(b.maxLon)}`);
  }
  if (query.minKilled !== undefined) where.push(`${alias}.killed >= ${p(query.minKilled)}`);
  return { where, params, tsq };
}

export async function articleFilter(db: SqlExecutor, query: ArticleQuery, alias = 'a'): Promise<SqlFilter> {
  const { where, params, tsq, p } = await textFilter(db, query.q, alias, false);
  // With a text query the GIN match is the selective part; wrapping the date test keeps the planner
  // from AND-ing in a bitmap of every article in the (usually wide) date range.
  const dateTest = (cond: string) => (tsq ? `(${cond}) IS TRUE` : cond);
  if (query.from) where.push(dateTest(`${alias}.published_at >= ${p(query.from)}::date`));
  if (query.to) where.push(dateTest(`${alias}.published_at < (${p(query.to)}::date + 1)`));
  if (query.outlet) where.push(`${alias}.outlet = ${p(query.outlet)}`);
  return { where, params, tsq };
}

export const whereSql = (f: SqlFilter) => (f.where.length ? `WHERE ${f.where.join(' AND ')}` : '');

export const HEADLINE_OPTIONS = 'MaxFragments=2, MaxWords=24, MinWords=8, StartSel=<mark>, StopSel=</mark>, FragmentDelimiter=" … "';
