// Independent readers for what the export formats produce, for specs (here and in the api):
// a real CSV parser, a strict XML parser with RFC 4287's rules, RFC 7946's shape rules.
import { parse as parseCsvText } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Parses a CSV export the way a spreadsheet would: BOM required and stripped, first row the header. */
export function readCsv(text: string): Record<string, string>[] {
  if (!text.startsWith('\uFEFF')) throw new Error('CSV does not start with a UTF-8 BOM');
  return parseCsvText(text, { bom: true, columns: true, relax_quotes: false, skip_empty_lines: false }) as Record<string, string>[];
}

type Json = Record<string, unknown>;

/** RFC 7946 shape of a FeatureCollection of Point (or null-geometry) features; returns the problems. */
export function geoJsonProblems(doc: unknown): string[] {
  const problems: string[] = [];
  const fc = doc as Json;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) return ['not a FeatureCollection with a features array'];
  const ids = new Set<unknown>();
  (fc.features as Json[]).forEach((f, i) => {
    if (f.type !== 'Feature') problems.push(`features[${i}]: type is not Feature`);
    if (typeof f.properties !== 'object') problems.push(`features[${i}]: properties missing`);
    if (f.id !== undefined && ids.has(f.id)) problems.push(`features[${i}]: duplicate id ${String(f.id)}`);
    ids.add(f.id);
    const g = f.geometry as Json | null;
    if (g === null) return;
    const c = g?.coordinates as unknown[];
    if (g?.type !== 'Point' || !Array.isArray(c) || c.length !== 2 || !c.every((n) => typeof n === 'number' && Number.isFinite(n))) problems.push(`features[${i}]: geometry is not a Point [lon, lat]`);
    else if (Math.abs(c[0] as number) > 180 || Math.abs(c[1] as number) > 90) problems.push(`features[${i}]: coordinates out of range (order must be [lon, lat])`);
  });
  return problems;
}

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  published?: string;
  links: { rel: string; type?: string; href: string }[];
  categories: { scheme?: string; term: string; label?: string }[];
  point?: string;
  summary?: string;
  content?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  updated: string;
  lang?: string;
  links: { rel: string; type?: string; href: string }[];
  entries: AtomEntry[];
}

const textOf = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'object' ? String((v as Json)['#text'] ?? '') : String(v));
const list = (v: unknown): Json[] => (v === undefined ? [] : Array.isArray(v) ? (v as Json[]) : [v as Json]);

/**
 * Parses an Atom document strictly (well-formed XML) and checks RFC 4287's MUSTs for feeds and
 * entries: cardinalities (4.1.1, 4.1.2), date constructs (3.3), text construct types (3.1),
 * absolute IRIs for ids (4.2.6) and links, one alternate link per type, an author for every
 * entry, unique entry ids. Throws with every problem found.
 */
export function readAtom(xml: string): AtomFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', parseTagValue: false, trimValues: false, processEntities: true, htmlEntities: false }).parse(
    xml,
  ) as Json;
  const problems: string[] = [];
  const feed = doc.feed as Json;
  if (!feed) throw new Error('root element is not feed');
  if (feed['@xmlns'] !== ATOM_NS) problems.push(`feed namespace is ${String(feed['@xmlns'])}, not ${ATOM_NS}`);

  const exactlyOne = (el: Json, name: string, where: string) => {
    const n = list(el[name]).length;
    if (n !== 1) problems.push(`${where}: ${n} ${name} elements (exactly one required)`);
  };
  const atMostOne = (el: Json, name: string, where: string) => {
    if (list(el[name]).length > 1) problems.push(`${where}: more than one ${name}`);
  };
  const absoluteIri = (value: string, where: string) => {
    try {
      new URL(value);
    } catch {
      problems.push(`${where}: "${value}" is not an absolute IRI`);
    }
  };
  const date = (el: Json, name: string, where: string) => {
    for (const d of list(el[name])) if (!RFC3339.test(textOf(d))) problems.push(`${where}: ${name} "${textOf(d)}" is not an RFC 3339 date-time`);
  };
  const textConstruct = (el: Json, name: string, where: string) => {
    for (const t of list(el[name])) {
      const type = typeof t === 'object' ? (t as Json)['@type'] : undefined;
      if (type !== undefined && !['text', 'html', 'xhtml'].includes(String(type))) problems.push(`${where}: ${name} type="${String(type)}" is not text, html or xhtml`);
    }
  };
  const links = (el: Json, where: string) => {
    const ls = list(el.link).map((l) => ({ rel: String(l['@rel'] ?? 'alternate'), type: l['@type'] as string | undefined, href: String(l['@href'] ?? ''), hreflang: l['@hreflang'] }));
    const alternates = ls.filter((l) => l.rel === 'alternate').map((l) => `${l.type}|${String(l.hreflang)}`);
    if (new Set(alternates).size !== alternates.length) problems.push(`${where}: two alternate links with the same type and hreflang`);
    for (const l of ls) if (!l.href) problems.push(`${where}: link without href`);
    for (const l of ls) if (l.href) absoluteIri(l.href, `${where} link`);
    return ls.map(({ rel, type, href }) => ({ rel, type, href }));
  };

  for (const name of ['id', 'title', 'updated']) exactlyOne(feed, name, 'feed');
  for (const name of ['generator', 'icon', 'logo', 'rights', 'subtitle']) atMostOne(feed, name, 'feed');
  date(feed, 'updated', 'feed');
  textConstruct(feed, 'title', 'feed');
  absoluteIri(textOf(feed.id), 'feed id');
  const feedLinks = links(feed, 'feed');
  if (!feedLinks.some((l) => l.rel === 'self')) problems.push('feed: no rel="self" link');
  const feedHasAuthor = list(feed.author).some((a) => textOf(a.name).trim());

  const seen = new Set<string>();
  const entries = list(feed.entry).map((e, i) => {
    const where = `entry ${i + 1}`;
    for (const name of ['id', 'title', 'updated']) exactlyOne(e, name, where);
    for (const name of ['content', 'published', 'rights', 'source', 'summary']) atMostOne(e, name, where);
    date(e, 'updated', where);
    date(e, 'published', where);
    for (const name of ['title', 'summary', 'content']) textConstruct(e, name, where);
    const id = textOf(e.id);
    absoluteIri(id, `${where} id`);
    if (seen.has(id)) problems.push(`${where}: duplicate id ${id}`);
    seen.add(id);
    if (!feedHasAuthor && !list(e.author).length) problems.push(`${where}: no author (and the feed has none)`);
    const entryLinks = links(e, where);
    if (e.content === undefined && !entryLinks.some((l) => l.rel === 'alternate')) problems.push(`${where}: neither content nor an alternate link`);
    return {
      id,
      title: textOf(e.title),
      updated: textOf(e.updated),
      published: e.published === undefined ? undefined : textOf(e.published),
      links: entryLinks,
      categories: list(e.category).map((c) => ({ scheme: c['@scheme'] as string | undefined, term: String(c['@term']), label: c['@label'] as string | undefined })),
      point: e['georss:point'] === undefined ? undefined : textOf(e['georss:point']),
      summary: e.summary === undefined ? undefined : textOf(e.summary),
      content: e.content === undefined ? undefined : textOf(e.content),
    };
  });
  if (problems.length) throw new Error(`invalid Atom:\n  ${problems.join('\n  ')}`);
  return { id: textOf(feed.id), title: textOf(feed.title), updated: textOf(feed.updated), lang: feed['@xml:lang'] as string | undefined, links: feedLinks, entries };
}
