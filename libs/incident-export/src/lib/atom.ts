import { createHash } from 'crypto';
import { ExportIncident, toRecord } from './export-incident';
import { FeedLang, label } from './labels';

export interface AtomFeedInput {
  /** Newest first: the feed's entries in the order readers list them. */
  incidents: ExportIncident[];
  lang: FeedLang;
  /** The query the feed follows, canonical (same filters, same string): its feed id derives from it. */
  queryKey: string;
  /** The filters in words, for the feed title. */
  description: string;
  /** Absolute URLs: this feed, the search page showing the same search, one incident on the page and in the API. */
  selfUrl: string;
  pageUrl: string;
  incidentPageUrl: (id: string) => string;
  incidentApiUrl: (id: string) => string;
}

const EPOCH = '1970-01-01T00:00:00Z';

/** Characters XML 1.0 cannot carry at all (news text may hold them): dropped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** RFC 3339 in UTC, or null when the value is not a time at all. */
function rfc3339(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * When an entry last changed in a way a reader should see: the publication of its latest source,
 * so a new source joining the incident moves it. Undated sources fall back to the first report,
 * then to the incident's own date.
 */
export function entryUpdated(d: ExportIncident): string {
  return rfc3339(d.lastReportedAt) ?? rfc3339(d.firstReportedAt) ?? rfc3339(d.date?.value.length === 7 ? `${d.date.value}-01` : d.date?.value) ?? EPOCH;
}

export const feedId = (queryKey: string) => `urn:raseed:feed:${createHash('sha1').update(queryKey).digest('hex')}`;

// Incident ids are [\w.:-] (the API refuses others), so they form a valid URN as they are.
export const entryId = (id: string) => `urn:raseed:incident:${id}`;

function entryTitle(d: ExportIncident, lang: FeedLang): string {
  const place = lang === 'ar' ? d.place?.name_ar || d.place?.name_en : d.place?.name_en || d.place?.name_ar;
  const weapon = d.weapon && d.weapon !== 'unknown' ? label(lang, d.weapon) : null;
  return [label(lang, d.category), weapon, place, d.date?.value].filter(Boolean).join(' — ');
}

function summary(d: ExportIncident, lang: FeedLang): string {
  const r = toRecord(d);
  const parts = [
    r.killed !== null ? `${label(lang, 'killed')}: ${r.killed}` : null,
    r.injured !== null ? `${label(lang, 'injured')}: ${r.injured}` : null,
    r.actor && r.actor !== 'unknown' ? `${label(lang, 'actor')}: ${label(lang, r.actor)}` : null,
    r.target ? `${label(lang, 'target')}: ${r.target}` : null,
    `${label(lang, 'sources')}: ${r.sources_count}`,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** The entry body as escaped HTML: the facts, the evidence sentences and the source links. */
function content(d: ExportIncident, lang: FeedLang): string {
  const r = toRecord(d);
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const e = xmlEscape;
  const facts = [
    ['date', r.event_date],
    ['place', [lang === 'ar' ? r.location_ar : r.location, r.admin1, r.country].filter(Boolean).join(', ') || null],
    ['weapon', r.weapon ? label(lang, r.weapon) : null],
    ['actor', r.actor ? label(lang, r.actor) : null],
    ['claimed_by', r.claimed_by ? label(lang, r.claimed_by) : null],
    ['target', r.target],
    ['killed', r.killed === null ? null : String(r.killed)],
    ['injured', r.injured === null ? null : String(r.injured)],
  ].filter(([, v]) => v !== null) as [string, string][];
  const html = [
    `<div dir="${dir}">`,
    `<ul>${facts.map(([k, v]) => `<li>${e(label(lang, k))}: ${e(v)}</li>`).join('')}</ul>`,
    r.notes.length ? `<h4>${e(label(lang, 'evidence'))}</h4><ul>${r.notes.map((n) => `<li dir="auto">${e(n)}</li>`).join('')}</ul>` : '',
    `<h4>${e(label(lang, 'sources'))}</h4><ul>${d.sources
      .map(
        (s) =>
          `<li>${s.url && /^https?:\/\//i.test(s.url) ? `<a href="${e(s.url)}">${e(s.outlet ?? s.url)}</a>` : e(s.outlet ?? s.articleId)}${s.publishedAt ? ` (${e(s.publishedAt.slice(0, 10))})` : ''}</li>`,
      )
      .join('')}</ul>`,
    '</div>',
  ].join('');
  return e(html);
}

function entry(d: ExportIncident, input: AtomFeedInput): string {
  const { lang } = input;
  const published = rfc3339(d.firstReportedAt);
  const lines = [
    '  <entry>',
    `    <id>${entryId(d.id)}</id>`,
    `    <title type="text">${xmlEscape(entryTitle(d, lang))}</title>`,
    `    <updated>${entryUpdated(d)}</updated>`,
    published ? `    <published>${published}</published>` : null,
    `    <link rel="alternate" type="text/html" href="${xmlEscape(input.incidentPageUrl(d.id))}"/>`,
    `    <link rel="related" type="application/json" href="${xmlEscape(input.incidentApiUrl(d.id))}"/>`,
    `    <category scheme="urn:raseed:category" term="${d.category}" label="${xmlEscape(label(lang, d.category))}"/>`,
    d.weapon ? `    <category scheme="urn:raseed:weapon" term="${d.weapon}" label="${xmlEscape(label(lang, d.weapon))}"/>` : null,
    d.place ? `    <georss:point>${d.place.lat} ${d.place.lon}</georss:point>` : null,
    `    <summary type="text">${xmlEscape(summary(d, lang))}</summary>`,
    `    <content type="html">${content(d, lang)}</content>`,
    '  </entry>',
  ];
  return lines.filter((l) => l !== null).join('\n');
}

/**
 * An Atom 1.0 feed (RFC 4287) of incidents: one entry per incident, its id stable for life, its
 * updated moved by each new source; GeoRSS points for map-aware readers.
 */
export function atomFeed(input: AtomFeedInput): string {
  const updated = input.incidents.map(entryUpdated).sort().pop() ?? EPOCH;
  const title = `${label(input.lang, 'feed')} — ${input.description || label(input.lang, 'all')}`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss" xml:lang="${input.lang}">`,
    `  <id>${feedId(input.queryKey)}</id>`,
    `  <title type="text">${xmlEscape(title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(input.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(input.pageUrl)}"/>`,
    '  <author><name>Raseed</name></author>',
    '  <generator>Raseed</generator>',
    ...input.incidents.map((d) => entry(d, input)),
    '</feed>',
    '',
  ].join('\n');
}
