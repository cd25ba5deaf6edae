// The relevance collection over the shared corpora: articles in, per-query scores out (relevance.bench.ts, relevance-parity.int-spec.ts).
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { normaliseArticle, textWithTitle } from '@raseed/article-normalisation';
import { IncidentMention, IncidentsExtractedV1 } from '@raseed/contracts';
import { EXTRACTOR_VERSION, extractIncidents } from '@raseed/incident-extraction';
import { SearchPort, allIncidents, parseIncidentQuery } from '@raseed/search';
import type { Concept, RelevanceQuery } from './build-collection';

export const ROOT = resolve(__dirname, '..', '..', '..', '..');
export const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
export const SETS = ['seeds', 'dev', 'dev2'];

/** One article file as the incidents CLI reads it, normalised and extracted as the services do. */
export function extracted(file: string): IncidentsExtractedV1 {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { id: string; url?: string; published_at?: string; text: string };
  const res = normaliseArticle({ body: raw.text, url: raw.url ?? null, fileName: `${raw.id}.json`, hints: { publishedAt: raw.published_at ?? null } });
  const article = res.ok ? res.article : null;
  const text = article ? textWithTitle(article.title, article.text) : raw.text;
  const publishedAt = raw.published_at ?? article?.publishedAt ?? null;
  return {
    schema: 'incidents.extracted.v1',
    eventId: `rel-${raw.id}`,
    articleId: raw.id,
    contentHash: `rel-${raw.id}`,
    extractorVersion: EXTRACTOR_VERSION,
    article: { url: raw.url ?? null, outlet: article?.outlet ?? null, title: article?.title ?? null, publishedAt, lang: 'ar', text, duplicateOf: null },
    incidents: extractIncidents({ text, publishedAt }),
    extractedAt: new Date(0).toISOString(),
  };
}

export interface QueryResult {
  /** Share of the expected articles found (end to end: extraction, clustering and search). */
  recall: number;
  /**
   * Share found of the expected articles from which extraction produced an incident the query
   * names (what search can be asked to find); null when it produced none.
   */
  searchRecall: number | null;
  precision: number;
  ids: string[];
  missed: string[];
  /** Missed articles from which extraction produced no incident the query names (another place, date, weapon or actor, or none). */
  notProduced: string[];
}

// A month-precision date stands for its whole month: it is in a range it overlaps, as the search's date filter has it.
function dateWithin(date: IncidentMention['date'], [from, to]: [string, string]): boolean {
  if (!date) return false;
  const first = date.precision === 'month' ? `${date.value}-01` : date.value;
  const last = date.precision === 'month' ? `${date.value}-31` : date.value;
  return last >= from && first <= to;
}

/** Whether one extracted mention is what a query names, by the same parts as the gold (build-collection.ts). */
export function namedByMention(c: Concept, m: IncidentMention): boolean {
  return (
    (!c.place || c.place.includes(m.place?.name_en ?? '')) &&
    (!c.weapon || (m.weapon !== null && c.weapon.includes(m.weapon))) &&
    (!c.actor || [m.actor, m.claimed_by].some((a) => a !== null && c.actor!.includes(a))) &&
    (!c.category || m.category === c.category) &&
    (!c.within || dateWithin(m.date, c.within)) &&
    (c.killedAtLeast === undefined || (m.killed !== null && m.killed >= c.killedAtLeast))
  );
}

/** Articles from which extraction produced an incident the query names. */
export function producedBy(events: readonly IncidentsExtractedV1[], c: Concept): Set<string> {
  return new Set(events.filter((e) => e.incidents.some((m) => namedByMention(c, m))).map((e) => e.articleId));
}

/**
 * One query on one back end. `produced`: the articles from which extraction produced an incident
 * the query names (producedBy); the expected ones among them are what searchRecall counts.
 */
export async function evaluate(port: SearchPort, q: RelevanceQuery, sources: Map<string, string[]>, produced: ReadonlySet<string> = new Set()): Promise<QueryResult> {
  const parsed = parseIncidentQuery({ ...q.params, size: '20' });
  if (!parsed.ok) throw new Error(`${q.id}: ${parsed.errors.join('; ')}`);
  const top = (await port.searchIncidents(parsed.query)).items.map((i) => i.id);
  const expect = new Set(q.expect);
  const found = new Set(top.flatMap((id) => sources.get(id) ?? []).filter((a) => expect.has(a)));
  const top10 = top.slice(0, 10);
  const relevant = top10.filter((id) => (sources.get(id) ?? []).some((a) => expect.has(a))).length;
  const ids: string[] = [];
  for await (const page of allIncidents(port, parsed.query)) ids.push(...page.map((d) => d.id));
  const findable = q.expect.filter((a) => produced.has(a));
  const missed = q.expect.filter((a) => !found.has(a));
  return {
    recall: expect.size ? found.size / expect.size : 1,
    searchRecall: findable.length ? findable.filter((a) => found.has(a)).length / findable.length : null,
    precision: top10.length ? relevant / top10.length : expect.size ? 0 : 1,
    ids: ids.sort(),
    missed,
    notProduced: missed.filter((a) => !produced.has(a)),
  };
}

/** The shared corpora's articles as extraction events, or null when ../shared is not there. */
export function corpusEvents(): IncidentsExtractedV1[] | null {
  if (!SETS.every((s) => existsSync(join(CORPUS, s)))) return null;
  return SETS.flatMap((s) =>
    readdirSync(join(CORPUS, s))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => extracted(join(CORPUS, s, f))),
  );
}

export const loadCollection = (): RelevanceQuery[] => JSON.parse(readFileSync(join(__dirname, 'collection.json'), 'utf8')) as RelevanceQuery[];
