import { createHash } from 'crypto';
import { normaliseArabic, normaliseArabicWords } from '@raseed/arabic-text';
import { Place } from '@raseed/contracts';
import { SqlExecutor } from '../sql-executor';
import { ArticleDocument, IncidentDocument } from '../search.port';
import { incidentPlaceText, incidentSearchText } from '../indexing/incident-document.mapping';
import { STEP_BUDGET_MS, turn } from '../indexing/run-in-steps';

/**
 * Rows as one JSON array in UTF-8, each given a field whose value is JSON serialised and encoded
 * already (spliced in as bytes: the documents are most of a chunk's megabytes, and as one string
 * they were encoded to UTF-8 twice, for the hash and for the wire, after a copy to flatten it).
 * node-postgres sends a Buffer parameter as is; json's binary input is its text.
 */
function jsonRowBytes(rows: object[], field: string, values: Buffer[]): Buffer {
  const parts: Buffer[] = [OPEN_ARRAY];
  rows.forEach((r, i) => {
    parts.push(Buffer.from(`${i ? ',' : ''}${JSON.stringify(r).slice(0, -1)},${JSON.stringify(field)}:`), values[i], CLOSE_OBJECT);
  });
  parts.push(CLOSE_ARRAY);
  return Buffer.concat(parts);
}
const OPEN_ARRAY = Buffer.from('[');
const CLOSE_OBJECT = Buffer.from('}');
const CLOSE_ARRAY = Buffer.from(']');

// hash: of the document's JSON text; documents are built field by field in a fixed order and stored
// as json (text kept as sent), so equal content gives equal text and hash.
function incidentRow(doc: IncidentDocument, hash: string) {
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
    // Words only: PostgreSQL's parser keeps non-ASCII punctuation inside a word (الشدادي، → 'شدادي،').
    search_norm: normaliseArabicWords(incidentSearchText(doc)),
    // An unchanged incident is not rewritten or re-announced.
    doc_hash: hash,
  };
}

const INCIDENT_COLUMNS: [string, string][] = [
  ['id', 'text'],
  ['category', 'text'],
  ['event_date', 'date'],
  ['date_precision', 'text'],
  ['date_from', 'date'],
  ['date_to', 'date'],
  ['place_id', 'text'],
  ['place_name_ar', 'text'],
  ['place_name_en', 'text'],
  ['place_ancestors', 'text[]'],
  ['place_norm', 'text'],
  ['place_keys', 'text[]'],
  ['lat', 'double precision'],
  ['lon', 'double precision'],
  ['country', 'text'],
  ['admin1', 'text'],
  ['weapon', 'text'],
  ['actor', 'text'],
  ['claimed_by', 'text'],
  ['target', 'text'],
  ['killed', 'int'],
  ['injured', 'int'],
  ['killed_max', 'int'],
  ['injured_max', 'int'],
  ['source_count', 'int'],
  ['outlets', 'text[]'],
  ['first_reported_at', 'timestamptz'],
  ['last_reported_at', 'timestamptz'],
  ['search_norm', 'text'],
  ['doc_hash', 'text'],
  ['doc', 'json'],
];

/** A place's identity for filtering: its gazetteer id, else its English name. */
export function placeKey(p: Place): string {
  return p.id ?? `name:${p.name_en.trim().toLowerCase()}`;
}

// Incidents per upsert statement: the next chunk is built while PostgreSQL writes this one.
const INCIDENT_CHUNK = 200;
// ... or fewer when they list many sources: a chunk is serialised and hashed in one stretch.
const CHUNK_MENTIONS = 5000;

/**
 * Upserts incidents and the places they name; returns the ids actually written (new, or content
 * changed: an identical document is not rewritten). Documents may be built lazily: one chunk is
 * in flight while the next is built, one statement at a time (a connection runs them in order).
 * Rows go as one JSON parameter per chunk, read with json_to_recordset (the jsonb variant would
 * convert every document to binary first). With `stored` (the stored documents' hashes by id, as
 * read by storedDocumentHashes), a document whose hash is the stored one is not sent at all: the
 * statement would skip it, after PostgreSQL had parsed it (a redelivered batch rebuilds every
 * incident its articles are in, each the same as stored).
 */
export async function upsertIncidentRows(db: SqlExecutor, docs: Iterable<IncidentDocument>, stored?: Promise<ReadonlyMap<string, string>>): Promise<string[]> {
  const cols = INCIDENT_COLUMNS.map(([c]) => c);
  const sql = `INSERT INTO search_incidents (${cols.join(', ')}, updated_at)
     SELECT ${cols.map((c) => `r.${c}`).join(', ')}, now()
     FROM json_to_recordset($1::json) AS r(${INCIDENT_COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${cols
       .filter((c) => c !== 'id')
       .map((c) => `${c} = EXCLUDED.${c}`)
       .join(', ')}, updated_at = now()
     WHERE search_incidents.doc_hash IS DISTINCT FROM EXCLUDED.doc_hash
     RETURNING id`;
  const written: string[] = [];
  const places = new Map<string, Set<string>>();
  let inflight: Promise<{ id: string }[]> = Promise.resolve([]);
  let chunk: IncidentDocument[] = [];
  let chunkMentions = 0;
  const send = async () => {
    chunkMentions = 0;
    // The hash of the document's UTF-8 bytes: the same as of its text (update() encodes a string as UTF-8).
    const all = chunk.map((d) => Buffer.from(JSON.stringify(d)));
    const hashes = all.map((b) => createHash('sha1').update(b).digest('hex'));
    // A document whose stored hash is the same would not be rewritten: it is not sent either (nor its search text derived).
    const known = stored ? await stored : undefined;
    const sent = chunk.flatMap((d, i) => (known?.get(d.id) === hashes[i] ? [] : [i]));
    const rows = jsonRowBytes(
      sent.map((i) => incidentRow(chunk[i], hashes[i])),
      'doc',
      sent.map((i) => all[i]),
    );
    const some = sent.length > 0;
    chunk = [];
    for (const r of await inflight) written.push(r.id);
    inflight = some ? db.query<{ id: string }>(sql, [rows]) : Promise.resolve([]);
  };
  // Documents are built as they are asked for (often the costliest part of a batch): the event loop gets a turn between them.
  let since = performance.now();
  for (const d of docs) {
    if (performance.now() - since >= STEP_BUDGET_MS) {
      await turn();
      since = performance.now();
    }
    for (const v of d.fields.place.values) {
      const names = places.get(placeKey(v.value)) ?? places.set(placeKey(v.value), new Set()).get(placeKey(v.value))!;
      for (const n of normaliseArabic(`${v.value.name_ar} ${v.value.name_en}`).split(' ')) if (n) names.add(n);
    }
    chunk.push(d);
    chunkMentions += d.mentions.length;
    if (chunk.length === INCIDENT_CHUNK || chunkMentions >= CHUNK_MENTIONS) await send();
  }
  if (chunk.length) await send();
  for (const r of await inflight) written.push(r.id);
  if (places.size) {
    // Names accumulate: sources spell one place differently.
    await db.query(
      `INSERT INTO search_places (key, names_norm)
       SELECT r.key, r.names_norm FROM json_to_recordset($1::json) AS r(key text, names_norm text)
       ON CONFLICT (key) DO UPDATE SET names_norm = (
         SELECT string_agg(DISTINCT w, ' ' ORDER BY w) FROM unnest(string_to_array(search_places.names_norm || ' ' || EXCLUDED.names_norm, ' ')) AS w)
       WHERE search_places.names_norm IS DISTINCT FROM EXCLUDED.names_norm`,
      [JSON.stringify([...places].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, names]) => ({ key, names_norm: [...names].sort().join(' ') })))],
    );
  }
  return written;
}

/** The stored documents' hashes of the given incidents (those not stored are absent). */
export async function storedDocumentHashes(db: SqlExecutor, ids: string[]): Promise<ReadonlyMap<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ id: string; doc_hash: string | null }>(`SELECT id, doc_hash FROM search_incidents WHERE id = ANY($1::text[])`, [ids]);
  return new Map(rows.flatMap((r) => (r.doc_hash ? [[r.id, r.doc_hash] as const] : [])));
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
    title_norm: normaliseArabicWords(a.title ?? ''),
    body_norm: normaliseArabicWords(a.text),
    duplicate_of: a.duplicateOf,
  };
}

const ARTICLE_COLUMNS: [string, string][] = [
  ['id', 'text'],
  ['content_hash', 'text'],
  ['url', 'text'],
  ['outlet', 'text'],
  ['title', 'text'],
  ['published_at', 'timestamptz'],
  ['lang', 'text'],
  ['body', 'text'],
  ['title_norm', 'text'],
  ['body_norm', 'text'],
  ['duplicate_of', 'text'],
];

// Rewriting an unchanged row costs a new tuple, index entries and a tsvector: callers (the indexer,
// then the search mirror) upsert the same documents more than once, so identical rows are skipped.
const SAME_ARTICLE = ['content_hash', 'url', 'outlet', 'title', 'published_at', 'lang', 'duplicate_of'];

/** Upserts articles: their content with its normalised search text, and the incidents they report. */
export async function upsertArticleRows(db: SqlExecutor, articles: ArticleDocument[]): Promise<void> {
  await upsertArticleContent(db, articles);
  await setArticleIncidents(
    db,
    articles.map((a) => ({ id: a.id, incidentIds: a.incidentIds })),
  );
}

/** Which incidents each article reports (ids sorted); unchanged lists are not rewritten. */
export async function setArticleIncidents(db: SqlExecutor, rows: { id: string; incidentIds: string[] }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO search_article_incidents (article_id, incident_ids)
     SELECT r.id, r.ids FROM json_to_recordset($1::json) AS r(id text, ids text[])
     ON CONFLICT (article_id) DO UPDATE SET incident_ids = EXCLUDED.incident_ids
     WHERE search_article_incidents.incident_ids IS DISTINCT FROM EXCLUDED.incident_ids`,
    [JSON.stringify(rows.map((r) => ({ id: r.id, ids: [...r.incidentIds].sort() })))],
  );
}

/** Upserts articles' content and normalised search text (not their incident lists). */
export async function upsertArticleContent(db: SqlExecutor, articles: ArticleDocument[], extractorVersion: string | null = null): Promise<void> {
  if (articles.length === 0) return;
  const cols = ARTICLE_COLUMNS.map(([c]) => c);
  await db.query(
    `INSERT INTO search_articles (${cols.join(', ')}, extractor_version, indexed_at)
     SELECT ${cols.map((c) => `r.${c}`).join(', ')}, $2, now()
     FROM json_to_recordset($1::json) AS r(${ARTICLE_COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${cols
       .filter((c) => c !== 'id')
       .map((c) => `${c} = EXCLUDED.${c}`)
       .join(', ')},
       extractor_version = COALESCE(EXCLUDED.extractor_version, search_articles.extractor_version), indexed_at = now()
     WHERE (${SAME_ARTICLE.map((c) => `search_articles.${c}`).join(', ')}) IS DISTINCT FROM (${SAME_ARTICLE.map((c) => `EXCLUDED.${c}`).join(', ')})
        OR EXCLUDED.extractor_version IS DISTINCT FROM search_articles.extractor_version AND EXCLUDED.extractor_version IS NOT NULL`,
    [JSON.stringify(articles.map(articleRow)), extractorVersion],
  );
}
