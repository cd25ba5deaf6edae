import { createHash } from 'crypto';
import { normaliseArabic } from '@raseed/arabic-text';
import { Place } from '@raseed/contracts';
import { SqlExecutor } from '../sql-executor';
import { ArticleDocument, IncidentDocument } from '../search.port';
import { incidentPlaceText, incidentSearchText } from '../indexing/incident-document.mapping';

/** JSON with sorted keys: documents read back from jsonb come with a different key order. */
function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** Stable content hash of a document: unchanged incidents are not rewritten or re-announced. */
export function docHash(doc: object): string {
  let h = hashes.get(doc);
  if (!h) hashes.set(doc, (h = createHash('sha1').update(canonicalJson(doc)).digest('hex')));
  return h;
}
// Documents are immutable once built; the indexer and the row writer both need the hash.
const hashes = new WeakMap<object, string>();

function incidentRow(doc: IncidentDocument) {
  return {
    id: doc.id,
    category: doc.category,
    event_date: doc.date?.precision === 'day' ? doc.date.value : null,
    date_precision: doc.date?.precision ?? null,
    date_from: doc.dateFrom,
    date_to: doc.dateTo,
    place_id: doc.place?.id ?? null,
    place_name_ar: doc.place?.name_ar ?? null,
    place_name_en: doc.place?.name_en ?? null,
    place_ancestors: doc.fields.place.values.flatMap((v) => (v.value.id ? [v.value.id, ...v.value.ancestors] : v.value.ancestors)),
    place_norm: incidentPlaceText(doc),
    place_keys: [...new Set(doc.fields.place.values.map((v) => placeKey(v.value)))],
    lat: doc.place?.lat ?? null,
    lon: doc.place?.lon ?? null,
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
    search_norm: normaliseArabic(incidentSearchText(doc)),
    doc,
    doc_hash: docHash(doc),
  };
}

const INCIDENT_COLUMNS: [string, string][] = [
  ['id', 'text'], ['category', 'text'], ['event_date', 'date'], ['date_precision', 'text'], ['date_from', 'date'], ['date_to', 'date'],
  ['place_id', 'text'], ['place_name_ar', 'text'], ['place_name_en', 'text'], ['place_ancestors', 'text[]'], ['place_norm', 'text'], ['place_keys', 'text[]'],
  ['lat', 'double precision'], ['lon', 'double precision'], ['country', 'text'], ['admin1', 'text'], ['weapon', 'text'], ['actor', 'text'],
  ['claimed_by', 'text'], ['target', 'text'], ['killed', 'int'], ['injured', 'int'], ['killed_max', 'int'], ['injured_max', 'int'],
  ['source_count', 'int'], ['outlets', 'text[]'], ['first_reported_at', 'timestamptz'], ['last_reported_at', 'timestamptz'],
  ['search_norm', 'text'], ['doc', 'jsonb'], ['doc_hash', 'text'],
];

/** A place's identity for filtering: its gazetteer id, else its English name. */
export function placeKey(p: Place): string {
  return p.id ?? `name:${p.name_en.trim().toLowerCase()}`;
}

/** Upserts incidents (one statement, rows passed as one JSON parameter) and the places they name. */
export async function upsertIncidentRows(db: SqlExecutor, docs: IncidentDocument[]): Promise<void> {
  if (docs.length === 0) return;
  const places = new Map<string, Set<string>>();
  for (const d of docs) for (const v of d.fields.place.values) {
    const names = places.get(placeKey(v.value)) ?? places.set(placeKey(v.value), new Set()).get(placeKey(v.value))!;
    for (const n of normaliseArabic(`${v.value.name_ar} ${v.value.name_en}`).split(' ')) if (n) names.add(n);
  }
  if (places.size) {
    // Names accumulate: sources spell one place differently.
    await db.query(
      `INSERT INTO search_places (key, names_norm)
       SELECT r.key, r.names_norm FROM jsonb_to_recordset($1::jsonb) AS r(key text, names_norm text)
       ON CONFLICT (key) DO UPDATE SET names_norm = (
         SELECT string_agg(DISTINCT w, ' ' ORDER BY w) FROM unnest(string_to_array(search_places.names_norm || ' ' || EXCLUDED.names_norm, ' ')) AS w)
       WHERE search_places.names_norm IS DISTINCT FROM EXCLUDED.names_norm`,
      [JSON.stringify([...places].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, names]) => ({ key, names_norm: [...names].sort().join(' ') })))],
    );
  }
  const cols = INCIDENT_COLUMNS.map(([c]) => c);
  await db.query(
    `INSERT INTO search_incidents (${cols.join(', ')}, updated_at)
     SELECT ${cols.map((c) => `r.${c}`).join(', ')}, now()
     FROM jsonb_to_recordset($1::jsonb) AS r(${INCIDENT_COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${cols.filter((c) => c !== 'id').map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now()
     WHERE search_incidents.doc_hash IS DISTINCT FROM EXCLUDED.doc_hash`,
    [JSON.stringify(docs.map(incidentRow))],
  );
}

export async function deleteIncidentRows(db: SqlExecutor, ids: string[]): Promise<void> {
  if (ids.length) await db.query(`DELETE FROM search_incidents WHERE id = ANY($1::text[])`, [ids]);
}

function articleRow(a: ArticleDocument) {
  return {
    id: a.id,
    content_hash: a.contentHash,
    url: a.url,
    outlet: a.outlet,
    title: a.title,
    published_at: a.publishedAt,
    lang: a.lang,
    body: a.text,
    title_norm: normaliseArabic(a.title ?? ''),
    body_norm: normaliseArabic(a.text),
    duplicate_of: a.duplicateOf,
    incident_ids: a.incidentIds,
  };
}

const ARTICLE_COLUMNS: [string, string][] = [
  ['id', 'text'], ['content_hash', 'text'], ['url', 'text'], ['outlet', 'text'], ['title', 'text'], ['published_at', 'timestamptz'],
  ['lang', 'text'], ['body', 'text'], ['title_norm', 'text'], ['body_norm', 'text'], ['duplicate_of', 'text'], ['incident_ids', 'text[]'],
];

// Rewriting an unchanged row costs a new tuple, index entries and a tsvector: callers (the indexer,
// then the search mirror) upsert the same documents more than once, so identical rows are skipped.
const SAME_ARTICLE = ['content_hash', 'url', 'outlet', 'title', 'published_at', 'lang', 'duplicate_of', 'incident_ids'];

/** Upserts articles with their normalised search text. */
export async function upsertArticleRows(db: SqlExecutor, articles: ArticleDocument[], extractorVersion: string | null = null): Promise<void> {
  if (articles.length === 0) return;
  const cols = ARTICLE_COLUMNS.map(([c]) => c);
  await db.query(
    `INSERT INTO search_articles (${cols.join(', ')}, extractor_version, indexed_at)
     SELECT ${cols.map((c) => `r.${c}`).join(', ')}, $2, now()
     FROM jsonb_to_recordset($1::jsonb) AS r(${ARTICLE_COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${cols.filter((c) => c !== 'id').map((c) => `${c} = EXCLUDED.${c}`).join(', ')},
       extractor_version = COALESCE(EXCLUDED.extractor_version, search_articles.extractor_version), indexed_at = now()
     WHERE (${SAME_ARTICLE.map((c) => `search_articles.${c}`).join(', ')}) IS DISTINCT FROM (${SAME_ARTICLE.map((c) => `EXCLUDED.${c}`).join(', ')})
        OR EXCLUDED.extractor_version IS DISTINCT FROM search_articles.extractor_version AND EXCLUDED.extractor_version IS NOT NULL`,
    [JSON.stringify(articles.map(articleRow)), extractorVersion],
  );
}
