import { Actor, Place, Weapon } from '@raseed/contracts';
import { ArticleMention, compareMentions } from './article-mention';
import { canonicalIncidentId } from './canonical-incident';
import { ComponentMemo } from './component-memo';
import { DateWindow, beforeRecentDays } from './date-window';
import {
  EventProfile,
  Explanation,
  MATCH_THRESHOLD,
  MAX_SOFT_DATE_GAP,
  MentionFeatures,
  TEXT_POINTS,
  WINDOW_SLACK_DAYS,
  mentionFeatures,
  pairBlocked,
  copyConflicts,
  mentionProfile,
  profileScore,
  toldWithOthers,
  wording,
} from './pair-score';
import { copiesPresent, isCopyOf } from './copies-present';
import { runToEnd } from './run-to-end';
import { maxOverlaps } from './text-similarity';

export type { ArticleMention } from './article-mention';

/**
 * One report, however many times it was received: identical mentions (the same article fed again,
 * a syndicated copy) and a near-duplicate article's mentions with its original's. A unit votes
 * once in an incident's consensus, so volume does not change the result.
 */
interface Unit {
  /** Indexes of its mentions in the sorted input. */
  members: number[];
  /** The member with the most precise date stands for the unit. */
  rep: MentionFeatures;
  profile: EventProfile;
  articles: ReadonlySet<string>;
}

const WINDOW_PRECISION: Record<DateWindow['kind'], number> = { day: 0, month: 1, published: 2, open: 3 };

// Everything that identifies a mention's content (not the article that carried it). Without an
// evidence sentence two mentions are not known to be one text: each is its own report.
// Keyed by the mention object: the indexer re-clusters the same stored mentions batch after batch.
const copyKeys = new WeakMap<ArticleMention, string>();

export function copyKey(m: ArticleMention): string {
  let key = copyKeys.get(m);
  if (key === undefined) copyKeys.set(m, (key = contentKey(m)));
  return key;
}

function contentKey(m: ArticleMention): string {
  const x = m.mention;
  const sentences = [...new Set(Object.values(x.evidence ?? {}).map((e) => e.sentence))].sort();
  if (!sentences.length) return `mention:${m.articleId}#${x.index}`;
  return JSON.stringify([x.category, x.date, x.place?.id ?? x.place?.name_en ?? null, x.weapon, x.actor, x.claimed_by, x.killed, x.injured, x.target, sentences]);
}

/** Groups the sorted mentions into units (copies and near-duplicates together). */
function buildUnits(sorted: readonly ArticleMention[], feats: readonly MentionFeatures[]): Unit[] {
  return runToEnd(buildUnitsInSteps(sorted, feats));
}

/** buildUnits, pausing now and then (a settle pass builds the units of a whole category). */
function* buildUnitsInSteps(sorted: readonly ArticleMention[], feats: readonly MentionFeatures[]): Generator<void, Unit[], void> {
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // Per root, one member per distinct category, place and date: what copyConflicts looks at
  // (made when first needed: a root alone has just its own).
  const shapes = new Map<number, Map<string, number>>();
  const shapesOf = (root: number) => shapes.get(root) ?? shapes.set(root, new Map([[shapeKey(sorted[root]), root]])).get(root)!;
  const union = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a === b) return;
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    const into = shapesOf(root);
    for (const [k, x] of shapesOf(child)) if (!into.has(k)) into.set(k, x);
    shapes.delete(child);
  };
  const conflict = (i: number, j: number) => {
    const b = [...shapesOf(find(j)).values()];
    for (const x of shapesOf(find(i)).values()) for (const y of b) if (copyConflicts(feats[x], feats[y])) return true;
    return false;
  };
  const byKey = new Map<string, number>();
  for (let i = 0; i < sorted.length; i++) {
    if (i % 1024 === 1023) yield;
    const k = copyKey(sorted[i]);
    const first = byKey.get(k);
    if (first === undefined) byKey.set(k, i);
    else union(first, i);
  }
  yield;
  // A near-duplicate's mentions pair with those of the articles it copies, of the same category,
  // most similar wording first. Its copies are those present when fingerprints are known
  // (order-independent), else the original the normaliser declared. Links are taken most similar
  // first, and one that would put conflicting reports in one unit (an undated copy near reports
  // of two different days) is not.
  const byArticle = new Map<string, number[]>();
  sorted.forEach((m, i) => (byArticle.get(m.articleId) ?? byArticle.set(m.articleId, []).get(m.articleId)!).push(i));
  const copies = copiesPresent(sorted);
  const links: CopyLink[] = [];
  yield;
  let n = 0;
  for (const [article, all] of byArticle) {
    if (++n % 256 === 0) yield;
    const declared = sorted[all[0]].duplicateOf;
    const legacy = declared && declared !== article && (!copies.fingerprinted(article) || !copies.fingerprinted(declared)) ? [{ id: declared, similarity: 0 }] : [];
    for (const own of byCategory(sorted, all)) {
      const originals = [...copies.of(sorted[own[0]].mention.category, article), ...legacy];
      for (const o of originals) {
        const theirs = byArticle.get(o.id);
        if (theirs) links.push(...copyLinks(own, theirs, o.similarity, feats));
      }
    }
  }
  links.sort((p, q) => q.similarity - p.similarity || q.wording - p.wording || p.i - q.i || p.j - q.j);
  for (const l of links) if (!conflict(l.i, l.j)) union(l.i, l.j);
  yield;
  const groups = new Map<number, number[]>();
  sorted.forEach((_, i) => (groups.get(find(i)) ?? groups.set(find(i), []).get(find(i))!).push(i));
  return [...groups.values()].map((members) => {
    const best = members.reduce((b, i) => (WINDOW_PRECISION[feats[i].window.kind] < WINDOW_PRECISION[feats[b].window.kind] ? i : b), members[0]);
    return { members, rep: feats[best], profile: mentionProfile(feats[best]), articles: new Set(members.map((i) => sorted[i].articleId)) };
  });
}

interface CopyLink {
  /** Of the two articles' fingerprints (0 for a declared link without them). */
  similarity: number;
  /** Of the two mentions' wording. */
  wording: number;
  i: number;
  j: number;
}

/** A copy's mentions paired with its original's: no conflict, most similar wording first, each mention once. */
function copyLinks(own: readonly number[], theirs: readonly number[], similarity: number, feats: readonly MentionFeatures[]): CopyLink[] {
  const pairs: CopyLink[] = [];
  for (const i of own) for (const j of theirs) if (!copyConflicts(feats[i], feats[j])) pairs.push({ similarity, wording: wording(feats[i], feats[j]), i, j });
  pairs.sort((p, q) => q.wording - p.wording || p.i - q.i || p.j - q.j);
  const usedI = new Set<number>();
  const usedJ = new Set<number>();
  return pairs.filter((p) => {
    if (usedI.has(p.i) || usedJ.has(p.j)) return false;
    usedI.add(p.i);
    usedJ.add(p.j);
    return true;
  });
}

/** What copyConflicts compares: category, place and date. */
function shapeKey(m: ArticleMention): string {
  const x = m.mention;
  return `${x.category}|${x.place?.id ?? x.place?.name_en ?? ''}|${x.date?.precision ?? ''}|${x.date?.value ?? ''}`;
}

/** An article's mentions (indexes into `sorted`) split by category, in order. */
function byCategory(sorted: readonly ArticleMention[], own: readonly number[]): number[][] {
  const groups = new Map<string, number[]>();
  for (const i of own) (groups.get(sorted[i].mention.category) ?? groups.set(sorted[i].mention.category, []).get(sorted[i].mention.category)!).push(i);
  return [...groups.values()];
}

function topVoted<T extends string>(values: T[]): T[] {
  const votes = new Map<T, number>();
  for (const v of values) votes.set(v, (votes.get(v) ?? 0) + 1);
  const max = Math.max(0, ...votes.values());
  return [...votes.entries()]
    .filter(([, n]) => n === max)
    .map(([v]) => v)
    .sort();
}

const placeKey = (p: Place) => p.id ?? `name:${p.name_en.toLowerCase()}`;

/**
 * What an incident's reports agree on, each report voting once: the most reported day (the
 * earliest on a tie), else the window all the looser dates share; the most specific place the
 * others enclose, else the most reported; the most reported weapon and actor; every toll given.
 * Linking to this consensus, rather than to every member, keeps one wrong report from holding
 * agreeing ones apart.
 */
function consensus(units: readonly Unit[]): EventProfile {
  const ps = units.map((u) => u.profile);
  return {
    category: ps[0].category,
    window: consensusWindow(ps.map((p) => p.window)),
    place: consensusPlace(ps.map((p) => p.place).filter((p): p is Place => p !== null)),
    weapons: topVoted<Weapon>(ps.flatMap((p) => p.weapons)),
    actors: topVoted<Actor>(ps.flatMap((p) => p.actors)),
    killed: [...new Set(ps.flatMap((p) => p.killed))].sort((a, b) => a - b),
    injured: [...new Set(ps.flatMap((p) => p.injured))].sort((a, b) => a - b),
  };
}

function consensusWindow(windows: DateWindow[]): DateWindow {
  const days = new Map<number, number>();
  for (const w of windows) if (w.kind === 'day') days.set(w.from, (days.get(w.from) ?? 0) + 1);
  if (days.size) {
    let best = Number.POSITIVE_INFINITY;
    let votes = 0;
    for (const [day, n] of days) if (n > votes || (n === votes && day < best)) [best, votes] = [day, n];
    return { from: best, to: best, kind: 'day' };
  }
  const finite = windows.filter((w) => w.kind !== 'open');
  if (!finite.length) return windows[0];
  const from = Math.max(...finite.map((w) => w.from));
  const to = Math.min(...finite.map((w) => w.to));
  if (from <= to) {
    if (finite.some((w) => w.kind === 'month')) return { from, to, kind: 'month' };
    const recent = finite.map((w) => w.recentFrom ?? w.from);
    return { from, to, kind: 'published', recentFrom: Math.min(to, Math.max(...recent)) };
  }
  // Disjoint loose windows (within the slack clustering allows): the narrowest, earliest first.
  return [...finite].sort((a, b) => a.to - a.from - (b.to - b.from) || a.from - b.from)[0];
}

function consensusPlace(places: Place[]): Place | null {
  if (!places.length) return null;
  const votes = new Map<string, { place: Place; n: number }>();
  for (const p of places) {
    const v = votes.get(placeKey(p));
    if (v) v.n++;
    else votes.set(placeKey(p), { place: p, n: 1 });
  }
  const all = [...votes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // The base rather than its town: a place the others enclose wins, then the most reported.
  const rank = ({ place }: { place: Place }) => [
    all.filter(([, o]) => o.place !== place && o.place.id && place.ancestors.includes(o.place.id)).length,
    votes.get(placeKey(place))!.n,
    place.ancestors.length,
  ];
  let best = all[0][1];
  let bestRank = rank(best);
  for (const [, v] of all.slice(1)) {
    const r = rank(v);
    const cmp = r[0] - bestRank[0] || r[1] - bestRank[1] || r[2] - bestRank[2];
    if (cmp > 0) [best, bestRank] = [v, r];
  }
  return best.place;
}

/** A growing incident during clustering: its units, articles and consensus. */
interface Group {
  units: number[];
  articles: Set<string>;
  profile: EventProfile;
  /** The two incidents an agglomeration merge made it from. */
  parts?: readonly [Group, Group];
}

const disjoint = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return false;
  return true;
};

/**
 * Groups mentions into incidents. Mentions of one report (copies, near-duplicates) first become
 * units. Units with a date window (a day, a month, an undated mention's publication window) are
 * merged best link first while the link of the two incidents' consensus reaches MATCH_THRESHOLD;
 * only then does each report from an undated article join the incident it fits best, all against
 * the same consensus, so no undated report is captured by a wrong one before the dated incidents
 * have formed. Undated reports left over group among themselves. Two mentions of one article are
 * never one incident. The result depends neither on input order nor on how often a report was
 * received. Returns the members of each incident.
 */
export function groupMentions(mentions: readonly ArticleMention[]): ArticleMention[][] {
  return runToEnd(groupMentionsInSteps(mentions));
}

/**
 * groupMentions one candidate component at a time: the generator pauses after each, so a caller
 * with other duties (a consumer's heartbeats) can let them run between components. Its return
 * value is groupMentions' result. With a memo, components clustered before are not clustered again.
 * With `only`, just the components holding a mention it selects are clustered and returned: a
 * component is clustered from its own units alone, so those groups are exactly the ones
 * groupMentions gives them (the indexer's settle pass re-derives only what changed).
 */
export function* groupMentionsInSteps(mentions: readonly ArticleMention[], memo?: ComponentMemo, only?: (m: ArticleMention) => boolean): Generator<void, ArticleMention[][], void> {
  const sorted = [...mentions].sort(compareMentions);
  const feats: MentionFeatures[] = [];
  for (const m of sorted) {
    feats.push(mentionFeatures(m));
    if (feats.length % 256 === 0) yield;
  }
  yield;
  const units = yield* buildUnitsInSteps(sorted, feats);
  yield;
  const clusters: number[][] = [];
  for (const component of yield* candidateComponents(units)) {
    if (only && !component.some((u) => units[u].members.some((i) => only(sorted[i])))) continue;
    const clustering = memo ? memo.cluster(sorted, units, component, () => clusterComponent(units, component)) : clusterComponent(units, component);
    clusters.push(...(yield* clustering));
    if (component.length > 1) yield;
  }
  const out = clusters.map((c) => c.flatMap((u) => units[u].members).sort((a, b) => a - b));
  out.sort((a, b) => a[0] - b[0]);
  return out.map((c) => c.map((i) => sorted[i]));
}

/**
 * Units that could ever be one incident (one category, date windows at most MAX_SOFT_DATE_GAP
 * apart or one of them open, no hard block between them), as connected components: each is
 * clustered on its own. A sweep over windows sorted by start avoids comparing everything with everything.
 */
function* candidateComponents(units: readonly Unit[]): Generator<void, number[][], void> {
  const parent = units.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const link = (i: number, j: number) => {
    if (find(i) === find(j)) return;
    if (!pairBlocked(units[i].rep, units[j].rep)) parent[find(i)] = find(j);
  };
  const byCategory = new Map<string, number[]>();
  units.forEach((u, i) => (byCategory.get(u.profile.category) ?? byCategory.set(u.profile.category, []).get(u.profile.category)!).push(i));
  for (const idx of byCategory.values()) {
    const open = idx.filter((i) => units[i].rep.window.kind === 'open');
    const dated = idx.filter((i) => units[i].rep.window.kind !== 'open').sort((a, b) => units[a].rep.window.from - units[b].rep.window.from || a - b);
    for (let x = 0; x < dated.length; x++) {
      if (x % 64 === 63) yield;
      const end = units[dated[x]].rep.window.to + MAX_SOFT_DATE_GAP;
      for (let y = x + 1; y < dated.length && units[dated[y]].rep.window.from <= end; y++) link(dated[x], dated[y]);
    }
    for (let x = 0; x < open.length; x++) {
      if (x % 64 === 63) yield;
      for (let y = x + 1; y < open.length; y++) link(open[x], open[y]);
      for (const j of dated) link(open[x], j);
    }
  }
  const components = new Map<number, number[]>();
  units.forEach((_, i) => (components.get(find(i)) ?? components.set(find(i), []).get(find(i))!).push(i));
  return [...components.values()];
}

function* clusterComponent(units: readonly Unit[], component: number[]): Generator<void, number[][], void> {
  if (component.length === 1) return [component];
  const group = (members: number[]): Group =>
    members.length === 1
      ? { units: members, articles: new Set(units[members[0]].articles), profile: units[members[0]].profile }
      : { units: members, articles: articlesOf(members), profile: consensus(members.map((u) => units[u])) };
  function articlesOf(members: number[]): Set<string> {
    const out = new Set<string>();
    for (const u of members) for (const a of units[u].articles) out.add(a);
    return out;
  }
  // Shared wording between two incidents: the most similar pair of their reports.
  const sim = new Map<number, Map<number, number>>();
  const simOf = (a: number, b: number) => {
    let row = sim.get(a);
    if (!row) sim.set(a, (row = new Map()));
    let s = row.get(b);
    if (s === undefined) row.set(b, (s = wording(units[a].rep, units[b].rep)));
    return s;
  };
  // Remembered per pair of incidents; a merged incident's is the larger of its two parts' (exact:
  // a maximum over pairs), so each merge costs one look-up per other incident, not its size.
  const texts = new WeakMap<Group, Map<Group, number>>();
  const textBetween = (a: Group, b: Group): number => {
    const known = texts.get(a)?.get(b);
    if (known !== undefined) return known;
    let best = 0;
    if (a.parts) best = Math.max(textBetween(a.parts[0], b), textBetween(a.parts[1], b));
    else if (b.parts) best = Math.max(textBetween(a, b.parts[0]), textBetween(a, b.parts[1]));
    else for (const x of a.units) for (const y of b.units) best = Math.max(best, x < y ? simOf(x, y) : simOf(y, x));
    (texts.get(a) ?? texts.set(a, new Map()).get(a)!).set(b, best);
    (texts.get(b) ?? texts.set(b, new Map()).get(b)!).set(a, best);
    return best;
  };
  // Wording is compared only when it can matter: a link that cannot reach the threshold even with
  // identical wording is never used, so its exact value is not needed (`exact` asks for it anyway).
  // (Blocked values first: most pairs are blocked on date or place, cheaper to tell than shared articles.)
  const link = (a: Group, b: Group, exact = false) => {
    const base = profileScore(a.profile, b.profile, 0);
    if (base === Number.NEGATIVE_INFINITY || !disjoint(a.articles, b.articles)) return Number.NEGATIVE_INFINITY;
    if (!exact && base + TEXT_POINTS < MATCH_THRESHOLD) return base;
    const text = textBetween(a, b);
    return text > 0 ? base + TEXT_POINTS * text : base;
  };

  const dated = component.filter((u) => units[u].rep.window.kind !== 'open');
  const open = component.filter((u) => units[u].rep.window.kind === 'open');
  const incidents = yield* agglomerate(
    dated.map((u) => group([u])),
    link,
    group,
  );

  // Undated reports join the dated incidents as formed (their consensus frozen), best link first.
  const candidates: { u: number; k: number; score: number }[] = [];
  const single = open.map((u) => group([u]));
  for (let i = 0; i < open.length; i++) {
    // Every undated report against every incident: a turn for the event loop now and then.
    if (i % 64 === 63) yield;
    incidents.forEach((inc, k) => {
      const score = link(single[i], inc);
      if (score >= MATCH_THRESHOLD) candidates.push({ u: i, k, score });
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.u - b.u || a.k - b.k);
  const joined = incidents.map((inc) => ({ units: [...inc.units], articles: new Set(inc.articles) }));
  const placed = new Set<number>();
  const torn = tornBetween(candidates);
  for (const c of candidates) {
    if (placed.has(c.u) || torn.has(c.u) || !disjoint(single[c.u].articles, joined[c.k].articles)) continue;
    placed.add(c.u);
    joined[c.k].units.push(open[c.u]);
    for (const a of single[c.u].articles) joined[c.k].articles.add(a);
  }
  const rest = yield* agglomerate(
    single.filter((_, i) => !placed.has(i)),
    link,
    group,
  );
  const settled = yield* reassign([...joined.map((j) => group(j.units)), ...rest], link, group, new Set([...torn].map((i) => open[i])));
  return joinVagueReports(settled, link, group);
}

/**
 * A report told only by its month ("في نيسان الماضي") or by its article's publication window agrees with an incident
 * on place and time as far as it can say, and often names no weapon: short of MATCH_THRESHOLD by what it cannot tell.
 * Left alone, it joins the one incident of its component that pins a day and links to it at this (the same place,
 * a compatible window, nothing against). With two such incidents it stays alone. So do vague reports grouped by their
 * wording (a month recollection and an undated page told alike): together they pin no day either.
 */
const VAGUE_JOIN_THRESHOLD = MATCH_THRESHOLD - 1;
const VAGUE_WINDOWS = new Set<DateWindow['kind']>(['month', 'published']);
function joinVagueReports(groups: number[][], link: (a: Group, b: Group, exact?: boolean) => number, group: (members: number[]) => Group): number[][] {
  if (groups.length < 2) return groups;
  const built = groups.map((g) => group(g));
  const into = new Map<number, number>();
  built.forEach((g, i) => {
    if (!VAGUE_WINDOWS.has(g.profile.window.kind)) return;
    // (Only into an incident that pins its day: two vague reports, or one and an undated page, tell no incident apart.)
    // (Nor into one older than the article's last days: an act told in passing joins only on its own evidence.)
    const fits = built
      .map((h, k) => (k !== i && h.profile.window.kind === 'day' && !beforeRecentDays(g.profile.window, h.profile.window, WINDOW_SLACK_DAYS) && link(g, h) >= VAGUE_JOIN_THRESHOLD ? k : -1))
      .filter((k) => k >= 0);
    if (fits.length === 1) into.set(i, fits[0]);
  });
  if (!into.size) return groups;
  const out = groups.map((g) => [...g]);
  for (const [i, k] of into) out[k].push(...groups[i]);
  return out.filter((_, i) => !into.has(i)).map((g) => g.sort((a, b) => a - b));
}

/** A report moves only when another incident fits it clearly better than its own. */
const MOVE_MARGIN = 0.5;

/**
 * An undated report that two incidents fit exactly alike on little more than place, weapon and weekday (two attacks on
 * one base, each on a Sunday, and a page that says only "Sunday") tells neither apart: it stays alone rather than join
 * whichever came first. Any toll or wording it shares with one decides, however close the other comes (a wider margin
 * cost dev2, dev26 and dev35 pairs that the better link had right).
 */
const TORN_MARGIN = 0.01;
const WEAK_LINK = MATCH_THRESHOLD + 1;
function tornBetween(candidates: readonly { u: number; score: number }[]): Set<number> {
  const best = new Map<number, number[]>();
  for (const c of candidates) (best.get(c.u) ?? best.set(c.u, []).get(c.u)!).push(c.score);
  const torn = new Set<number>();
  for (const [u, scores] of best) if (scores.length > 1 && scores[0] < WEAK_LINK && scores[0] - scores[1] < TORN_MARGIN) torn.add(u);
  return torn;
}
/** Reassignment rounds: each settles the moves the previous one made possible; two or three suffice. */
const REASSIGN_ROUNDS = 3;

/**
 * Best-first merging strands reports: a report captured early by a weaker partner stays with it
 * when the partner cannot follow (its article already told the better incident). Each report moves
 * to the incident whose consensus it fits clearly better than its own incident's (without it),
 * in unit order, so the result stays deterministic.
 */
function* reassign(
  start: Group[],
  link: (a: Group, b: Group, exact?: boolean) => number,
  group: (members: number[]) => Group,
  // Undated reports left alone as torn between two incidents (tornBetween): they neither move nor take others in.
  torn: ReadonlySet<number> = new Set(),
): Generator<void, number[][], void> {
  let groups = start;
  if (groups.length < 2) return groups.map((g) => g.units);
  const single = new Map<number, Group>();
  const alone = (u: number) => single.get(u) ?? single.set(u, group([u])).get(u)!;
  // Which incident holds each report, renewed after a move.
  const ownOf = new Map<number, number>();
  const locate = () => groups.forEach((g, k) => g.units.forEach((u) => ownOf.set(u, k)));
  locate();
  for (let round = 0; round < REASSIGN_ROUNDS; round++) {
    let moved = false;
    for (const u of groups.flatMap((g) => g.units).sort((a, b) => a - b)) {
      yield;
      if (torn.has(u)) continue;
      const own = ownOf.get(u)!;
      const w = alone(u).profile.window;
      // Incidents the report could join at all, before the (costlier) link to its own incident without it.
      const fits: [number, number][] = [];
      groups.forEach((g, k) => {
        // Blocked on dates without asking (windows further apart than any link allows).
        if (k === own || g.profile.window.from > w.to + MAX_SOFT_DATE_GAP || w.from > g.profile.window.to + MAX_SOFT_DATE_GAP) return;
        if (g.units.every((x) => torn.has(x))) return;
        const l = link(alone(u), g);
        if (l >= MATCH_THRESHOLD) fits.push([k, l]);
      });
      if (!fits.length) continue;
      const rest = groups[own].units.filter((x) => x !== u);
      const ownLink = rest.length ? link(alone(u), group(rest), true) : Number.NEGATIVE_INFINITY;
      let best = -1;
      let bestLink = Number.NEGATIVE_INFINITY;
      for (const [k, l] of fits) {
        if (l <= bestLink) continue;
        // Clearly better, or about as good and told by more reports: a near-tie goes to the better-supported incident.
        if (l >= ownLink + MOVE_MARGIN || (l >= ownLink - MOVE_MARGIN && groups[k].units.length > rest.length)) [best, bestLink] = [k, l];
      }
      if (best < 0) continue;
      const target = groups[best];
      groups = groups.flatMap((g, k) => (k === own ? (rest.length ? [group(rest)] : []) : k === best ? [group([...target.units, u].sort((a, b) => a - b))] : [g]));
      locate();
      moved = true;
    }
    if (!moved) break;
  }
  return groups.map((g) => g.units);
}

/**
 * Best-first agglomeration on consensus links: the two incidents with the highest link merge while
 * it reaches MATCH_THRESHOLD; the merged incident's consensus is recomputed. Ties go to the lowest
 * unit indexes (units are in report order), so the result is deterministic.
 */
function* agglomerate(start: Group[], link: (a: Group, b: Group) => number, group: (members: number[]) => Group): Generator<void, Group[], void> {
  const groups: (Group | null)[] = [...start];
  const k = groups.length;
  // Only links that reach the threshold can ever be chosen: they alone are kept (row a < column b).
  const candidates = new Map<number, Map<number, number>>();
  const keep = (a: number, b: number, s: number) => {
    if (s < MATCH_THRESHOLD) return;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    (candidates.get(lo) ?? candidates.set(lo, new Map()).get(lo)!).set(hi, s);
  };
  // Each row's best link (the lowest column on a tie), so finding the next merge scans rows, not
  // every kept link: the choice is the same, without the cubic cost in a dense neighbourhood.
  const rowBest = new Map<number, { b: number; s: number }>();
  const offer = (a: number, b: number, s: number) => {
    const cur = rowBest.get(a);
    if (!cur || s > cur.s || (s === cur.s && b < cur.b)) rowBest.set(a, { b, s });
  };
  const refresh = (a: number) => {
    rowBest.delete(a);
    for (const [b, s] of candidates.get(a) ?? []) offer(a, b, s);
  };
  const keepAndOffer = (a: number, b: number, s: number) => {
    if (s < MATCH_THRESHOLD) return;
    keep(a, b, s);
    offer(Math.min(a, b), Math.max(a, b), s);
  };
  // Windows more than MAX_SOFT_DATE_GAP apart are always blocked: the first links are looked for
  // in a sweep over windows sorted by start, not among all pairs.
  const byStart = groups.map((_, i) => i).sort((x, y) => groups[x]!.profile.window.from - groups[y]!.profile.window.from || x - y);
  for (let x = 0; x < k; x++) {
    if (x % 64 === 63) yield;
    const end = groups[byStart[x]]!.profile.window.to + MAX_SOFT_DATE_GAP;
    for (let y = x + 1; y < k && groups[byStart[y]]!.profile.window.from <= end; y++) keepAndOffer(byStart[x], byStart[y], link(groups[byStart[x]]!, groups[byStart[y]]!));
  }
  for (;;) {
    yield;
    let best = Number.NEGATIVE_INFINITY;
    let ba = -1;
    let bb = -1;
    for (const [a, { b, s }] of rowBest) if (s > best || (s === best && a < ba)) [best, ba, bb] = [s, a, b];
    if (ba < 0) break;
    const merged: Group = { ...group([...groups[ba]!.units, ...groups[bb]!.units].sort((x, y) => x - y)), parts: [groups[ba]!, groups[bb]!] };
    groups[ba] = merged;
    groups[bb] = null;
    candidates.delete(ba);
    candidates.delete(bb);
    rowBest.delete(ba);
    rowBest.delete(bb);
    for (const [a, row] of candidates) {
      row.delete(ba);
      row.delete(bb);
      const cur = rowBest.get(a);
      if (cur && (cur.b === ba || cur.b === bb)) refresh(a);
    }
    const w = merged.profile.window;
    for (let c = 0; c < k; c++) {
      const other = groups[c];
      // Blocked on dates without asking (windows further apart than any link allows).
      if (c === ba || !other || other.profile.window.from > w.to + MAX_SOFT_DATE_GAP || w.from > other.profile.window.to + MAX_SOFT_DATE_GAP) continue;
      keepAndOffer(c, ba, link(merged, other));
    }
  }
  return groups.filter((g): g is Group => g !== null);
}

/**
 * A stored incident as new reports are linked against it: the consensus of (a sample of) its
 * reports, their wording, articles and content keys. What an indexer needs to tell which stored
 * incidents a batch can change, without clustering the whole neighbourhood again.
 */
export interface IncidentSummary {
  profile: EventProfile;
  feats: MentionFeatures[];
  articles: ReadonlySet<string>;
  /** Originals its near-duplicate articles declared. */
  originals: ReadonlySet<string>;
  copies: ReadonlySet<string>;
}

export function summariseIncident(members: readonly ArticleMention[]): IncidentSummary {
  const sorted = [...members].sort(compareMentions);
  const feats = sorted.map(mentionFeatures);
  return {
    profile: consensus(buildUnits(sorted, feats)),
    feats,
    articles: new Set(sorted.map((m) => m.articleId)),
    originals: new Set(sorted.flatMap((m) => (m.duplicateOf ? [m.duplicateOf] : []))),
    copies: new Set(sorted.map(copyKey)),
  };
}

/**
 * Whether clustering could put the report with the incident: a copy of one of its reports, a
 * near-duplicate of one of its articles, or a link to its consensus that reaches MATCH_THRESHOLD
 * with the wording it shares with the closest report (the link clustering uses). Reports of an
 * article already in the incident answer yes: re-processing that article changes the incident.
 */
export function mayJoin(m: ArticleMention, s: IncidentSummary): boolean {
  return (m.mention.category === s.profile.category && s.articles.has(m.articleId)) || fits(m, s);
}

// A report's profile, built once: fits tests it against every stored incident near it.
const reportProfiles = new WeakMap<MentionFeatures, EventProfile>();
const reportProfile = (f: MentionFeatures) => reportProfiles.get(f) ?? reportProfiles.set(f, mentionProfile(f)).get(f)!;

function fits(m: ArticleMention, s: IncidentSummary): boolean {
  if (m.mention.category !== s.profile.category) return false;
  if ((m.duplicateOf && s.articles.has(m.duplicateOf)) || s.originals.has(m.articleId) || s.copies.has(copyKey(m))) return true;
  const f = mentionFeatures(m);
  const base = profileScore(reportProfile(f), s.profile, 0);
  if (base === Number.NEGATIVE_INFINITY || base + TEXT_POINTS < MATCH_THRESHOLD) return false;
  if (base >= MATCH_THRESHOLD) return true;
  let text = 0;
  for (const o of s.feats) text = Math.max(text, wording(f, o));
  return base + TEXT_POINTS * text >= MATCH_THRESHOLD;
}

/**
 * Whether two incidents could become one when clustered together: their consensus link reaches
 * MATCH_THRESHOLD (with the closest pair's wording), or a report of one could join the other
 * (reassignment moves single reports).
 */
export function mayLink(a: IncidentSummary, b: IncidentSummary): boolean {
  if (a.profile.category !== b.profile.category) return false;
  const base = profileScore(a.profile, b.profile, 0);
  if (base !== Number.NEGATIVE_INFINITY && base + TEXT_POINTS >= MATCH_THRESHOLD) {
    if (base >= MATCH_THRESHOLD) return true;
    let text = 0;
    for (const x of a.feats) for (const y of b.feats) text = Math.max(text, wording(x, y));
    if (base + TEXT_POINTS * text >= MATCH_THRESHOLD) return true;
  }
  return a.feats.some((f) => fits(f.source, b)) || b.feats.some((f) => fits(f.source, a));
}

/** Linkage of a mention to an incident: its link to the incident's consensus, or why it is blocked. */
export interface MatchResult {
  blocked: string | null;
  score: number;
  matches: boolean;
  /** The per-field reasons behind the score (or the block). */
  reasons: string[];
}

/**
 * How well a mention fits an incident (given its member mentions): the link of the mention to the
 * consensus of the other members, the same link batch clustering uses. Blocked when it shares an
 * article with a member or its values can never be the incident's.
 */
export function matchScore(mention: ArticleMention, incidentMembers: readonly ArticleMention[]): MatchResult {
  const key = `${mention.articleId}#${mention.mention.index}`;
  const others = incidentMembers.filter((m) => `${m.articleId}#${m.mention.index}` !== key);
  if (others.length === 0) return { blocked: 'empty incident', score: Number.NEGATIVE_INFINITY, matches: false, reasons: ['empty incident'] };
  const f = mentionFeatures(mention);
  const feats = [...others].sort(compareMentions).map(mentionFeatures);
  // An agency copy, or the same report received again, is in the incident because its original is.
  const own = copyKey(mention);
  const declared = (m: ArticleMention) => isCopyOf(mention, m) && !copyConflicts(f, mentionFeatures(m));
  const original = others.find((m) => declared(m) || copyKey(m) === own);
  if (original) return { blocked: null, score: Number.POSITIVE_INFINITY, matches: true, reasons: [`copy of ${original.articleId === mention.articleId ? 'itself' : original.articleId}`] };
  const why: Explanation = { blocked: null, reasons: [] };
  let score: number;
  if (others.some((m) => m.articleId === mention.articleId && m.mention.category === mention.mention.category)) {
    why.blocked = 'same article';
    score = Number.NEGATIVE_INFINITY;
  } else {
    const units = buildUnits([...others].sort(compareMentions), feats);
    const text = Math.max(0, ...feats.map((o) => wording(f, o)));
    score = profileScore(mentionProfile(f), consensus(units), text, why);
  }
  if (why.blocked) return { blocked: why.blocked, score: Number.NEGATIVE_INFINITY, matches: false, reasons: [why.blocked] };
  return { blocked: null, score, matches: score >= MATCH_THRESHOLD, reasons: why.reasons };
}

/**
 * Why each member is in its incident, for the incident page: a copy names the report it repeats;
 * any other member gets its link to the consensus of the whole incident (one consensus for all,
 * so explaining an incident costs about as much as building it).
 */
export function explainMembers(members: readonly ArticleMention[]): Map<ArticleMention, MatchResult> {
  const out = new Map<ArticleMention, MatchResult>();
  if (members.length < 2) return out;
  const sorted = [...members].sort(compareMentions);
  const feats = sorted.map(mentionFeatures);
  const units = buildUnits(sorted, feats);
  const all = consensus(units);
  // Shared wording of each member with the closest other member (all pairs, compared as bitsets).
  const alone = new Set(units.filter((u) => u.members.length === 1).map((u) => u.members[0]));
  const overlap = maxOverlaps(
    feats.map((f) => f.terms),
    (i) => alone.has(i),
  );
  for (const unit of units) {
    for (const i of unit.members) {
      const copyOf = unit.members.find((j) => j !== i);
      if (copyOf !== undefined) {
        out.set(sorted[i], { blocked: null, score: Number.POSITIVE_INFINITY, matches: true, reasons: [`copy of ${sorted[copyOf].articleId}`] });
        continue;
      }
      const why: Explanation = { blocked: null, reasons: [] };
      // The wave another member's article also reports counts as shared wording (see `wording`).
      const wave = toldWithOthers(feats[i]) ? Math.max(0, ...feats.map((o, j) => (j !== i && o.source.articleId !== feats[i].source.articleId ? wording(feats[i], o) : 0))) : 0;
      const score = profileScore(mentionProfile(feats[i]), all, Math.max(overlap[i], wave), why);
      out.set(sorted[i], why.blocked ? { blocked: why.blocked, score, matches: false, reasons: [why.blocked] } : { blocked: null, score, matches: score >= MATCH_THRESHOLD, reasons: why.reasons });
    }
  }
  return out;
}

/**
 * In-memory clustering for batch use (the `incidents` CLI): returns one cluster id per mention,
 * in input order. Ids are canonical incident ids (see canonicalIncidentId).
 */
export function clusterMentions(mentions: ArticleMention[]): string[] {
  const idOf = new Map<ArticleMention, string>();
  for (const members of groupMentions(mentions)) {
    const id = canonicalIncidentId(members);
    for (const m of members) idOf.set(m, id);
  }
  return mentions.map((m) => idOf.get(m) as string);
}
