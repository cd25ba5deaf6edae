import { ArticleQuery, IncidentQuery } from '../search.port';
import { normalisedQueryText } from '../postgres/incident-search.query';
import { splitAtCategoryWords } from '../vocabulary/vocabulary.query';

// User text only ever appears as a `query` / `value` string inside match / term clauses, never as
// query_string syntax, so it cannot become query DSL.

const HIGHLIGHT = { pre_tags: ['<mark>'], post_tags: ['</mark>'], require_field_match: false, number_of_fragments: 2, fragment_size: 160 };

export function incidentFilters(query: IncidentQuery): object[] {
  const filter: object[] = [];
  if (query.from) filter.push({ range: { date_to: { gte: query.from } } });
  if (query.to) filter.push({ range: { date_from: { lte: query.to } } });
  if (query.category?.length) filter.push({ terms: { category: query.category } });
  if (query.actor?.length) filter.push({ bool: { should: [{ terms: { actor: query.actor } }, { terms: { claimed_by: query.actor } }], minimum_should_match: 1 } });
  if (query.weapon?.length) filter.push({ terms: { weapon: query.weapon } });
  if (query.place) {
    const raw = query.place.trim();
    filter.push({
      bool: {
        should: [{ term: { place_id: raw } }, { term: { place_ancestors: raw } }, { match: { 'place_names.norm': { query: normalisedQueryText(raw) ?? raw, operator: 'and', fuzziness: 'AUTO' } } }],
        minimum_should_match: 1,
      },
    });
  }
  if (query.near) filter.push({ geo_distance: { distance: `${query.near.km}km`, location: { lat: query.near.lat, lon: query.near.lon } } });
  if (query.bbox) {
    const b = query.bbox;
    filter.push({ geo_bounding_box: { location: { top_left: { lat: b.maxLat, lon: b.minLon }, bottom_right: { lat: b.minLat, lon: b.maxLon } } } });
  }
  if (query.minKilled !== undefined) filter.push({ range: { killed: { gte: query.minKilled } } });
  return filter;
}

const wordsQuery = (text: string, fields: string[]) => ({ multi_match: { query: text, type: 'most_fields', operator: 'and', fields } });

function textQuery(q: string | undefined, fields: string[]): object | null {
  const text = normalisedQueryText(q);
  return text ? wordsQuery(text, fields) : null;
}

const INCIDENT_TEXT_FIELDS = ['text', 'text.norm^2', 'place_names^3', 'place_names.norm^4', 'target'];

/**
 * The incident full-text clause searches use, or null without query text: every word, and a word
 * naming a category (هجمات) matched by its text or by the incident's category, as PostgreSQL has it
 * (splitAtCategoryWords).
 */
export function incidentTextQuery(q: string | undefined): object | null {
  const text = normalisedQueryText(q);
  if (!text) return null;
  const { segments, categoryWords } = splitAtCategoryWords(text);
  if (!categoryWords.length) return wordsQuery(text, INCIDENT_TEXT_FIELDS);
  return {
    bool: {
      must: [
        ...segments.map((s) => wordsQuery(s, INCIDENT_TEXT_FIELDS)),
        ...categoryWords.map((w) => ({ bool: { should: [wordsQuery(w.typed, INCIDENT_TEXT_FIELDS), { term: { category: w.category } }], minimum_should_match: 1 } })),
      ],
    },
  };
}
const ARTICLE_TEXT_FIELDS = ['body', 'body.norm^2', 'title^3', 'title.norm^4'];

export const FACET_AGGS = {
  category: { terms: { field: 'category', size: 20 } },
  actor: { terms: { field: 'actor', size: 20 } },
  weapon: { terms: { field: 'weapon', size: 20 } },
};

export function incidentSearchBody(query: IncidentQuery) {
  const must = incidentTextQuery(query.q);
  const sort =
    query.sort === 'relevance' && must
      ? ['_score', { event_date: { order: 'desc', missing: '_last' } }, { incident_id: 'asc' }]
      : [{ event_date: { order: 'desc', missing: '_last' } }, { date_from: { order: 'desc', missing: '_last' } }, { incident_id: 'asc' }];
  return {
    from: (query.page - 1) * query.size,
    size: query.size,
    track_total_hits: true,
    query: { bool: { must: must ? [must] : [], filter: incidentFilters(query) } },
    sort,
    aggs: FACET_AGGS,
    ...(must ? { highlight: { ...HIGHLIGHT, fields: { text: {}, 'text.norm': {} } } } : {}),
    _source: { excludes: ['text'] },
  };
}

export function facetsBody(query: IncidentQuery) {
  const must = incidentTextQuery(query.q);
  return { size: 0, track_total_hits: true, query: { bool: { must: must ? [must] : [], filter: incidentFilters(query) } }, aggs: FACET_AGGS };
}

export function articleSearchBody(query: ArticleQuery) {
  const must = textQuery(query.q, ARTICLE_TEXT_FIELDS);
  const filter: object[] = [];
  if (query.from || query.to) filter.push({ range: { published_at: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lte: `${query.to}||/d` } : {}) } } });
  if (query.outlet) filter.push({ term: { outlet: query.outlet } });
  return {
    from: (query.page - 1) * query.size,
    size: query.size,
    track_total_hits: true,
    query: { bool: { must: must ? [must] : [], filter } },
    sort: must ? ['_score', { published_at: { order: 'desc', missing: '_last' } }, { article_id: 'asc' }] : [{ published_at: { order: 'desc', missing: '_last' } }, { article_id: 'asc' }],
    ...(must ? { highlight: { ...HIGHLIGHT, fields: { body: {}, 'body.norm': {} } } } : {}),
    _source: { excludes: ['body'] },
  };
}
