import { ArticleMention } from './article-mention';
import { IncidentSummary, copyKey } from './cluster-mentions';
import { DateWindow } from './date-window';
import { MAX_SOFT_DATE_GAP, mentionFeatures } from './pair-score';

/**
 * Farthest apart, in days, two date windows can be and not be blocked on dates (dateScore): day
 * dates more than MAX_SOFT_DATE_GAP apart are blocked, and looser windows further apart than
 * their one-day slack (less than that gap; join-candidates.spec checks it against dateScore).
 * Open windows (an undated article) are never blocked on dates.
 */
export const DATE_REACH_DAYS = MAX_SOFT_DATE_GAP;

const isOpen = (w: DateWindow) => !Number.isFinite(w.from) || !Number.isFinite(w.to);

/** Whether dateScore can leave two windows unblocked: both finite and at most DATE_REACH_DAYS apart, or one open. */
export function withinDateReach(a: DateWindow, b: DateWindow): boolean {
  return isOpen(a) || isOpen(b) || (a.from <= b.to + DATE_REACH_DAYS && b.from <= a.to + DATE_REACH_DAYS);
}

/**
 * Entries (positions) by date window: those within DATE_REACH_DAYS of a queried window, found by
 * binary search over window starts (no window is longer than `maxSpan`), and the open ones.
 */
class WindowIndex {
  private readonly finite: { pos: number; from: number; to: number }[] = [];
  private readonly open: number[] = [];
  private maxSpan = 0;

  add(pos: number, w: DateWindow): void {
    if (isOpen(w)) this.open.push(pos);
    else {
      this.finite.push({ pos, from: w.from, to: w.to });
      this.maxSpan = Math.max(this.maxSpan, w.to - w.from);
    }
  }

  /** To be called once every entry is added. */
  seal(): this {
    this.finite.sort((x, y) => x.from - y.from || x.pos - y.pos);
    return this;
  }

  /** Pushes onto `out` the position of every entry withinDateReach of `w` (unordered). */
  near(w: DateWindow, out: number[]): void {
    const entries = this.finite;
    if (isOpen(w)) {
      for (const e of entries) out.push(e.pos);
    } else {
      const lo = w.from - DATE_REACH_DAYS;
      const hi = w.to + DATE_REACH_DAYS;
      // An entry starting before lo - maxSpan ends before lo: none of those is within reach.
      let a = 0;
      let b = entries.length;
      while (a < b) {
        const mid = (a + b) >> 1;
        if (entries[mid].from < lo - this.maxSpan) a = mid + 1;
        else b = mid;
      }
      for (let k = a; k < entries.length && entries[k].from <= hi; k++) if (entries[k].to >= lo) out.push(entries[k].pos);
    }
    for (const pos of this.open) out.push(pos);
  }
}

/** The smallest window holding an incident's consensus window and every sampled report's. */
function hull(s: IncidentSummary): DateWindow {
  let { from, to } = s.profile.window;
  for (const f of s.feats) {
    from = Math.min(from, f.window.from);
    to = Math.max(to, f.window.to);
  }
  return { from, to, kind: s.profile.window.kind };
}

const push = <K>(index: Map<K, number[]>, key: K, i: number) => (index.get(key) ?? index.set(key, []).get(key)!).push(i);

/**
 * Which stored incidents (summaries) a fresh report may join (mayJoin) or a changed incident may
 * link to (mayLink), without testing every incident of the category: in a backfill, the
 * neighbourhood a batch re-clusters spans years, and a report can only reach incidents within
 * a few days of it. A candidate is in the same category and either within DATE_REACH_DAYS (the
 * report against the incident's consensus window; for two incidents, the windows spanning their
 * consensus and every sampled report, since mayLink tests each report against the other's
 * consensus), or related whatever the dates: it holds the report's article or original, declared
 * the report's article its original, or holds a copy of the report. Only incidents for which
 * mayJoin / mayLink can never be true are left out, and candidates come in the order the
 * summaries were given, so a caller that tests candidates in turn decides exactly as one
 * testing every incident.
 */
export class JoinCandidates {
  private readonly ids: string[] = [];
  private readonly categories: string[] = [];
  private readonly consensusIndex = new Map<string, WindowIndex>();
  private readonly hullIndex = new Map<string, WindowIndex>();
  private readonly byArticle = new Map<string, number[]>();
  private readonly byOriginal = new Map<string, number[]>();
  private readonly byCopy = new Map<string, number[]>();
  /** Per-query marks (the query's stamp), so an entry found twice is returned once. */
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(summaries: Iterable<readonly [string, IncidentSummary]>) {
    for (const [id, s] of summaries) {
      const i = this.ids.length;
      const c = s.profile.category;
      this.ids.push(id);
      this.categories.push(c);
      (this.consensusIndex.get(c) ?? this.consensusIndex.set(c, new WindowIndex()).get(c)!).add(i, s.profile.window);
      (this.hullIndex.get(c) ?? this.hullIndex.set(c, new WindowIndex()).get(c)!).add(i, hull(s));
      for (const a of s.articles) push(this.byArticle, a, i);
      for (const o of s.originals) push(this.byOriginal, o, i);
      for (const k of s.copies) push(this.byCopy, k, i);
    }
    for (const index of [...this.consensusIndex.values(), ...this.hullIndex.values()]) index.seal();
    this.seen = new Uint32Array(this.ids.length);
  }

  /** Incidents mayJoin(m, ·) can be true for (a superset), in the summaries' order. */
  forMention(m: ArticleMention): string[] {
    const c = m.mention.category;
    const found: number[] = [];
    this.consensusIndex.get(c)?.near(mentionFeatures(m).window, found);
    for (const i of this.byArticle.get(m.articleId) ?? []) found.push(i);
    if (m.duplicateOf) for (const i of this.byArticle.get(m.duplicateOf) ?? []) found.push(i);
    for (const i of this.byOriginal.get(m.articleId) ?? []) found.push(i);
    for (const i of this.byCopy.get(copyKey(m)) ?? []) found.push(i);
    const out: number[] = [];
    this.stamp++;
    this.mark(c, found, out);
    return out.sort((a, b) => a - b).map((i) => this.ids[i]);
  }

  /**
   * Incidents mayLink(r, ·) can be true for with some r of `reach` (a superset), in the summaries'
   * order, each with the incidents of `reach` that can link to it (in their order): testing only
   * those decides as testing all of `reach`, at a fraction of the pairs. Pauses after each
   * incident of `reach` (an undated one reaches every incident of its category).
   */
  *forIncidents(reach: readonly IncidentSummary[]): Generator<void, Map<string, IncidentSummary[]>, void> {
    const reachers = new Map<number, IncidentSummary[]>();
    for (const r of reach) {
      yield;
      const c = r.profile.category;
      const found: number[] = [];
      this.hullIndex.get(c)?.near(hull(r), found);
      // A report of one declaring an article of the other its original, either way round, or a copy in both.
      for (const o of r.originals) for (const i of this.byArticle.get(o) ?? []) found.push(i);
      for (const a of r.articles) for (const i of this.byOriginal.get(a) ?? []) found.push(i);
      for (const k of r.copies) for (const i of this.byCopy.get(k) ?? []) found.push(i);
      const out: number[] = [];
      this.stamp++;
      this.mark(c, found, out);
      for (const i of out) (reachers.get(i) ?? reachers.set(i, []).get(i)!).push(r);
    }
    const ordered = [...reachers.keys()].sort((a, b) => a - b);
    return new Map(ordered.map((i) => [this.ids[i], reachers.get(i)!]));
  }

  private mark(category: string, found: readonly number[], out: number[]): void {
    for (const i of found) {
      if (this.seen[i] === this.stamp || this.categories[i] !== category) continue;
      this.seen[i] = this.stamp;
      out.push(i);
    }
  }
}
