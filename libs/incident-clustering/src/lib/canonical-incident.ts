import { Actor, IncidentCategory, IncidentMention, Place, Weapon, stableId } from '@raseed/contracts';
import { ArticleMention, compareMentions, mentionKey } from './article-mention';
import { dateWindow, isoDay } from './date-window';
import { actorSpecificity } from './vocabulary-compat';

/** Where a value came from (url and publication time are on the incident's `sources`). */
export interface SourceRef {
  articleId: string;
  mentionIndex: number;
  outlet: string | null;
}

/** One distinct value of a field and every source that gave it. */
export interface AttributedValue<T> {
  value: T;
  sources: SourceRef[];
}

/** All values reported for a field, the one chosen and the rule that chose it. */
export interface FieldResolution<T> {
  chosen: T | null;
  rule: string;
  values: AttributedValue<T>[];
  conflicting: boolean;
}

export type IncidentDate = NonNullable<IncidentMention['date']>;

export interface IncidentFields {
  date: FieldResolution<IncidentDate>;
  place: FieldResolution<Place>;
  target: FieldResolution<string>;
  weapon: FieldResolution<Weapon>;
  actor: FieldResolution<Actor>;
  claimed_by: FieldResolution<Actor>;
  killed: FieldResolution<number>;
  injured: FieldResolution<number>;
}

/** An article that reported the incident. */
export interface IncidentSource {
  articleId: string;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
}

/** One real-world incident merged from all its mentions. */
export interface CanonicalIncident {
  id: string;
  category: IncidentCategory;
  date: IncidentDate | null;
  /** Range of all reported dates (ISO days), for date-window matching and filters. */
  dateFrom: string | null;
  dateTo: string | null;
  place: Place | null;
  target: string | null;
  weapon: Weapon | null;
  actor: Actor | null;
  claimedBy: Actor | null;
  killed: number | null;
  injured: number | null;
  killedMax: number | null;
  injuredMax: number | null;
  sources: IncidentSource[];
  fields: IncidentFields;
  mentionKeys: string[];
  firstReportedAt: string | null;
  lastReportedAt: string | null;
  confidence: number;
}

/**
 * Deterministic incident id: derived from the earliest-reported member (then the smallest key),
 * so it does not depend on processing order and survives later reports joining.
 */
export function canonicalIncidentId(members: readonly ArticleMention[]): string {
  if (members.length === 0) throw new Error('an incident needs at least one mention');
  const anchor = [...members].sort(compareMentions)[0];
  return stableId('inc_', `${anchor.mention.category}|${mentionKey(anchor)}`);
}

function ref(m: ArticleMention): SourceRef {
  return { articleId: m.articleId, mentionIndex: m.mention.index, outlet: m.outlet };
}

/** Groups members by a field's value (by a key), keeping each value's sources in report order. */
function collect<T>(members: ArticleMention[], get: (m: IncidentMention) => T | null | undefined, key: (v: T) => string): AttributedValue<T>[] {
  const groups = new Map<string, AttributedValue<T>>();
  for (const m of members) {
    const v = get(m.mention);
    if (v === null || v === undefined) continue;
    const k = key(v);
    const g = groups.get(k);
    if (g) g.sources.push(ref(m));
    else groups.set(k, { value: v, sources: [ref(m)] });
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

const articlesOf = (v: AttributedValue<unknown>) => new Set(v.sources.map((s) => s.articleId)).size;

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** Picks the best value by a descending comparison key list; ties fall to the sorted-key order. */
function pick<T>(values: AttributedValue<T>[], rank: (v: AttributedValue<T>) => number[]): AttributedValue<T> | null {
  let best: AttributedValue<T> | null = null;
  let bestRank: number[] = [];
  for (const v of values) {
    const r = rank(v);
    if (best === null || compareRanks(r, bestRank) > 0) {
      best = v;
      bestRank = r;
    }
  }
  return best;
}

function resolve<T>(values: AttributedValue<T>[], chosen: AttributedValue<T> | null, rule: string): FieldResolution<T> {
  return { chosen: chosen ? chosen.value : null, rule: chosen ? rule : 'not_reported', values, conflicting: values.length > 1 };
}

function resolveDate(members: ArticleMention[]): FieldResolution<IncidentDate> {
  const values = collect(
    members,
    (m) => m.date,
    (d) => `${d.value}|${d.precision}`,
  );
  const days = values.filter((v) => v.value.precision === 'day');
  // Most sources wins; on a tie the earlier day (night events get the next day's date in later reports).
  if (days.length)
    return resolve(
      values,
      pick(days, (v) => [articlesOf(v), -Date.parse(v.value.value)]),
      'most_sources_then_earliest_day',
    );
  return resolve(
    values,
    pick(values, (v) => [articlesOf(v), -Date.parse(v.value.value + '-01')]),
    'most_sources_month',
  );
}

function resolvePlace(members: ArticleMention[]): FieldResolution<Place> {
  const values = collect(
    members,
    (m) => m.place,
    (p) => p.id ?? `name:${p.name_en.toLowerCase()}`,
  );
  // The base is more useful than its town: prefer a place that others enclose, then most sources.
  const enclosedBy = (v: AttributedValue<Place>) => values.filter((o) => o !== v && o.value.id && v.value.ancestors.includes(o.value.id)).length;
  return resolve(
    values,
    pick(values, (v) => [enclosedBy(v), articlesOf(v), v.value.ancestors.length]),
    'most_specific_then_most_sources',
  );
}

/** Latest report wins (figures are revised upward as reports mature); ties take the highest figure. */
function resolveCount(members: ArticleMention[], get: (m: IncidentMention) => number | null): FieldResolution<number> {
  const values = collect(members, get, (n) => String(n).padStart(9, '0'));
  const published = new Map(members.map((m) => [m.articleId, m.publishedAt ? Date.parse(m.publishedAt) || 0 : 0]));
  const latest = (v: AttributedValue<number>) => Math.max(...v.sources.map((s) => published.get(s.articleId) ?? 0));
  return resolve(
    values,
    pick(values, (v) => [latest(v), v.value]),
    'latest_report_then_highest',
  );
}

function resolveKnown<T extends string>(members: ArticleMention[], get: (m: IncidentMention) => T | null, specificity: (v: T) => number, rule: string): FieldResolution<T> {
  const values = collect(members, get, (v) => v);
  const known = values.filter((v) => v.value !== 'unknown');
  if (known.length === 0) return resolve(values, values[0] ?? null, 'only_value');
  return resolve(
    values,
    pick(known, (v) => [specificity(v.value), articlesOf(v)]),
    rule,
  );
}

/** Builds the canonical incident from all its mentions; the result does not depend on their order. */
export function buildIncident(members: readonly ArticleMention[]): CanonicalIncident {
  const sorted = [...members].sort(compareMentions);
  if (sorted.length === 0) throw new Error('an incident needs at least one mention');
  const fields: IncidentFields = {
    date: resolveDate(sorted),
    place: resolvePlace(sorted),
    target: (() => {
      const values = collect(
        sorted,
        (m) => m.target,
        (t) => t.trim(),
      );
      return resolve(
        values,
        pick(values, (v) => [articlesOf(v), v.value.length]),
        'most_sources_then_longest',
      );
    })(),
    weapon: resolveKnown(
      sorted,
      (m) => m.weapon,
      () => 0,
      'most_sources_known',
    ),
    actor: resolveKnown(sorted, (m) => m.actor, actorSpecificity, 'most_specific_known_then_most_sources'),
    claimed_by: resolveKnown(sorted, (m) => m.claimed_by, actorSpecificity, 'most_specific_known_then_most_sources'),
    killed: resolveCount(sorted, (m) => m.killed),
    injured: resolveCount(sorted, (m) => m.injured),
  };
  const windows = sorted
    .map((m) => m.mention.date)
    .filter((d): d is IncidentDate => d !== null)
    .map((d) => dateWindow(d, null));
  const sources = new Map<string, IncidentSource>();
  for (const m of sorted) if (!sources.has(m.articleId)) sources.set(m.articleId, { articleId: m.articleId, outlet: m.outlet, url: m.url, publishedAt: m.publishedAt });
  const published = sorted
    .map((m) => m.publishedAt)
    .filter((p): p is string => !!p)
    .sort();
  const maxOf = (r: FieldResolution<number>) => (r.values.length ? Math.max(...r.values.map((v) => v.value)) : null);
  return {
    id: canonicalIncidentId(sorted),
    category: sorted[0].mention.category,
    date: fields.date.chosen,
    dateFrom: windows.length ? isoDay(Math.min(...windows.map((w) => w.from))) : null,
    dateTo: windows.length ? isoDay(Math.max(...windows.map((w) => w.to))) : null,
    place: fields.place.chosen,
    target: fields.target.chosen,
    weapon: fields.weapon.chosen,
    actor: fields.actor.chosen,
    claimedBy: fields.claimed_by.chosen,
    killed: fields.killed.chosen,
    injured: fields.injured.chosen,
    killedMax: maxOf(fields.killed),
    injuredMax: maxOf(fields.injured),
    sources: [...sources.values()],
    fields,
    mentionKeys: sorted.map(mentionKey).sort(),
    firstReportedAt: published[0] ?? null,
    lastReportedAt: published[published.length - 1] ?? null,
    confidence: Math.max(...sorted.map((m) => m.mention.confidence)),
  };
}

/**
 * Adds (or replaces, when re-processed) a mention in an incident's member list and re-derives the
 * canonical incident: re-derivation from members keeps the merge idempotent and order-free.
 */
export function mergeIntoIncident(members: readonly ArticleMention[], mention: ArticleMention): { members: ArticleMention[]; incident: CanonicalIncident } {
  const key = mentionKey(mention);
  const next = [...members.filter((m) => mentionKey(m) !== key), mention];
  return { members: next, incident: buildIncident(next) };
}
