import { normaliseArabic } from '@raseed/arabic-text';
import { ArticleDocument, ArticleHit, IncidentDocument, IncidentSummary } from '../search.port';
import { incidentSearchText } from '../indexing/incident-document.mapping';
import { displayHighlight, evidenceSentences } from '../highlight/display-highlight';

/** The OpenSearch _source of an incident: flat, filterable fields plus the full document. */
export function incidentSource(doc: IncidentDocument) {
  return {
    incident_id: doc.id,
    category: doc.category,
    event_date: doc.date?.precision === 'day' ? doc.date.value : null,
    date_precision: doc.date?.precision ?? null,
    date_from: doc.dateFrom,
    date_to: doc.dateTo,
    place_id: doc.place?.id ?? null,
    place_ancestors: [...new Set(doc.fields.place.values.flatMap((v) => (v.value.id ? [v.value.id, ...v.value.ancestors] : v.value.ancestors)))],
    place_names: doc.fields.place.values.map((v) => `${v.value.name_ar} ${v.value.name_en}`),
    location: doc.place ? { lat: doc.place.lat, lon: doc.place.lon } : null,
    country: doc.place?.country ?? null,
    admin1: doc.place?.admin1 ?? null,
    weapon: doc.weapon,
    actor: doc.actor ?? doc.claimedBy,
    claimed_by: doc.claimedBy,
    target: doc.target,
    killed: doc.killed,
    injured: doc.injured,
    killed_max: doc.killedMax,
    injured_max: doc.injuredMax,
    source_count: doc.sources.length,
    outlets: [...new Set(doc.sources.map((s) => s.outlet).filter((o): o is string => !!o))].sort(),
    first_reported_at: doc.firstReportedAt,
    last_reported_at: doc.lastReportedAt,
    // Pre-normalised like the PostgreSQL back end, so both index the same text.
    text: normaliseArabic(incidentSearchText(doc)),
    doc,
  };
}

export type IncidentSource = ReturnType<typeof incidentSource>;

export function articleSource(a: ArticleDocument) {
  return {
    article_id: a.id,
    url: a.url,
    outlet: a.outlet,
    title: a.title ?? '',
    body: a.text,
    published_at: a.publishedAt,
    lang: a.lang,
    content_hash: a.contentHash,
    duplicate_of: a.duplicateOf,
    incident_ids: a.incidentIds,
  };
}

export type ArticleSource = ReturnType<typeof articleSource>;

export function articleFromSource(s: ArticleSource): ArticleDocument {
  return {
    id: s.article_id,
    contentHash: s.content_hash,
    url: s.url,
    outlet: s.outlet,
    title: s.title || null,
    publishedAt: s.published_at,
    lang: s.lang,
    text: s.body,
    duplicateOf: s.duplicate_of,
    incidentIds: s.incident_ids,
  };
}

interface Hit<S> {
  _id: string;
  _score: number | null;
  _source: S;
  highlight?: Record<string, string[]>;
}

// Article highlights come from the body as stored (the display text) already.
const firstHighlight = (h?: Record<string, string[]>) => (h ? (Object.values(h).flat()[0] ?? null) : null);

export function incidentSummaryFromHit(hit: Hit<IncidentSource>): IncidentSummary {
  const s = hit._source;
  const d = s.doc;
  return {
    id: s.incident_id,
    category: s.category,
    date: d.date ? d.date.value : null,
    datePrecision: d.date?.precision ?? null,
    place: d.place ? { id: d.place.id, name_ar: d.place.name_ar, name_en: d.place.name_en, lat: d.place.lat, lon: d.place.lon } : null,
    weapon: s.weapon,
    actor: s.actor,
    claimedBy: s.claimed_by,
    target: s.target,
    killed: s.killed,
    injured: s.injured,
    sourceCount: s.source_count,
    outlets: s.outlets,
    score: hit._score ?? null,
    // The indexed text is the normalised key: its marks are mapped onto the evidence sentences.
    highlight: hit.highlight ? displayHighlight(Object.values(hit.highlight).flat().join(' … '), evidenceSentences(d.mentions)) : null,
  };
}

export function articleHitFromHit(hit: Hit<ArticleSource>): ArticleHit {
  const s = hit._source;
  return {
    id: s.article_id,
    url: s.url,
    outlet: s.outlet,
    title: s.title || null,
    publishedAt: s.published_at ? new Date(s.published_at).toISOString() : null,
    incidentIds: s.incident_ids,
    score: hit._score ?? null,
    highlight: firstHighlight(hit.highlight),
  };
}
