import { ArticleMention, compareMentions } from './article-mention';
import { canonicalIncidentId } from './canonical-incident';
import { MATCH_THRESHOLD, MAX_SOFT_DATE_GAP, MentionFeatures, linkScore, mentionFeatures, pairScore } from './pair-score';

export type { ArticleMention } from './article-mention';

/** Linkage of a mention to a group: average pair score, or blocked when any pair is blocked. */
export interface MatchResult {
  blocked: string | null;
  score: number;
  matches: boolean;
}

/**
 * How well a mention fits an incident (given its member mentions): the average of the pair scores
 * (average linkage), blocked if it conflicts with any member. The same linkage drives batch clustering,
 * so incremental and batch de-duplication agree.
 */
export function matchScore(mention: ArticleMention, incidentMembers: readonly ArticleMention[]): MatchResult {
  const f = mentionFeatures(mention);
  const others = incidentMembers.filter((m) => !(m.articleId === mention.articleId && m.mention.index === mention.mention.index));
  if (others.length === 0) return { blocked: 'empty incident', score: Number.NEGATIVE_INFINITY, matches: false };
  let sum = 0;
  for (const m of others) {
    const p = pairScore(f, mentionFeatures(m));
    if (p.blocked) return { blocked: p.blocked, score: Number.NEGATIVE_INFINITY, matches: false };
    sum += p.score;
  }
  const score = sum / others.length;
  return { blocked: null, score, matches: score >= MATCH_THRESHOLD };
}

/**
 * Groups mentions into incidents: constrained average-linkage agglomeration. Clusters merge best
 * pair first while their average pair score reaches MATCH_THRESHOLD and no pair across them is
 * blocked. Input is sorted first, so the result does not depend on input order. Returns the members
 * of each incident.
 */
export function groupMentions(mentions: readonly ArticleMention[]): ArticleMention[][] {
  const sorted = [...mentions].sort(compareMentions);
  const feats: MentionFeatures[] = sorted.map(mentionFeatures);
  const n = sorted.length;
  // Non-blocked pairs only; everything else is blocked. Merged clusters are cliques of this
  // graph, so its connected components can be clustered independently (and are small).
  const edges = new Map<number, Map<number, number>>();
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const link = (i: number, j: number) => {
    const s = linkScore(feats[i], feats[j]);
    if (s === Number.NEGATIVE_INFINITY) return;
    (edges.get(i) ?? edges.set(i, new Map()).get(i)!).set(j, s);
    (edges.get(j) ?? edges.set(j, new Map()).get(j)!).set(i, s);
    parent[find(i)] = find(j);
  };
  // Blocking: only mentions of one category whose date windows are at most MAX_SOFT_DATE_GAP apart can
  // pair, so a sweep over windows sorted by start avoids comparing everything with everything.
  const byCategory = new Map<string, number[]>();
  for (let i = 0; i < n; i++) (byCategory.get(feats[i].source.mention.category) ?? byCategory.set(feats[i].source.mention.category, []).get(feats[i].source.mention.category)!).push(i);
  for (const idx of byCategory.values()) {
    const open = idx.filter((i) => !Number.isFinite(feats[i].window.from));
    const dated = idx.filter((i) => Number.isFinite(feats[i].window.from)).sort((a, b) => feats[a].window.from - feats[b].window.from || a - b);
    for (let x = 0; x < dated.length; x++) {
      const end = feats[dated[x]].window.to + MAX_SOFT_DATE_GAP;
      for (let y = x + 1; y < dated.length && feats[dated[y]].window.from <= end; y++) link(dated[x], dated[y]);
    }
    for (let x = 0; x < open.length; x++) for (const j of [...open.slice(x + 1), ...dated]) link(open[x], j);
  }
  const components = new Map<number, number[]>();
  for (let i = 0; i < n; i++) (components.get(find(i)) ?? components.set(find(i), []).get(find(i))!).push(i);
  const clusters: number[][] = [];
  for (const members of components.values()) clusters.push(...agglomerate(members, edges));
  clusters.sort((a, b) => a[0] - b[0]);
  return clusters.map((c) => c.map((i) => sorted[i]));
}

/**
 * Average-linkage agglomeration inside one component, keeping per-cluster-pair score sums
 * (Lance-Williams), so each merge costs O(clusters). Ties go to the lowest member indexes.
 */
function agglomerate(members: number[], edges: Map<number, Map<number, number>>): number[][] {
  if (members.length === 1) return [members];
  const k = members.length;
  const clusters: (number[] | null)[] = members.map((m) => [m]);
  // sum[a][b]: total pair score between clusters a and b; NaN when any pair is blocked.
  const sum: Float64Array[] = members.map(() => new Float64Array(k));
  for (let a = 0; a < k; a++) {
    const e = edges.get(members[a]);
    for (let b = 0; b < k; b++) if (a !== b) sum[a][b] = e?.get(members[b]) ?? Number.NaN;
  }
  for (;;) {
    let best = -Infinity;
    let ba = -1;
    let bb = -1;
    for (let a = 0; a < k; a++) {
      const ca = clusters[a];
      if (!ca) continue;
      for (let b = a + 1; b < k; b++) {
        const cb = clusters[b];
        if (!cb) continue;
        const s = sum[a][b];
        if (Number.isNaN(s)) continue;
        const avg = s / (ca.length * cb.length);
        if (avg >= MATCH_THRESHOLD && avg > best) {
          best = avg;
          ba = a;
          bb = b;
        }
      }
    }
    if (ba < 0) break;
    const merged = [...(clusters[ba] as number[]), ...(clusters[bb] as number[])].sort((x, y) => x - y);
    for (let c = 0; c < k; c++) {
      if (c === ba || c === bb || !clusters[c]) continue;
      sum[ba][c] = sum[c][ba] = sum[ba][c] + sum[bb][c]; // NaN (blocked) propagates
    }
    clusters[ba] = merged;
    clusters[bb] = null;
  }
  return refine(clusters.filter((c): c is number[] => c !== null), edges);
}

/** A mention moves only when another incident fits it clearly better than its own. */
const MOVE_MARGIN = 0.25;

/**
 * Greedy agglomeration can strand mentions: a report with a wrong date blocks the merge of two
 * groups, and undated reports that fit the larger group end up on the other side. A few
 * reassignment rounds move each mention to the incident it fits best (average link, no blocked
 * pair), in index order so the result stays deterministic.
 */
function refine(clusters: number[][], edges: Map<number, Map<number, number>>): number[][] {
  const groups = clusters.map((c) => new Set(c));
  const avgLink = (m: number, group: Set<number>): number => {
    let sum = 0;
    let n = 0;
    for (const o of group) {
      if (o === m) continue;
      const s = edges.get(m)?.get(o);
      if (s === undefined) return Number.NaN;
      sum += s;
      n++;
    }
    return n ? sum / n : Number.NEGATIVE_INFINITY;
  };
  const all = clusters.flat().sort((a, b) => a - b);
  for (let round = 0; round < 3; round++) {
    let moved = false;
    for (const m of all) {
      const own = groups.findIndex((g) => g.has(m));
      const ownLink = avgLink(m, groups[own]);
      const ownSupport = groups[own].size - 1;
      let best = -1;
      let bestLink = Number.NEGATIVE_INFINITY;
      groups.forEach((g, k) => {
        if (k === own || g.size === 0) return;
        const l = avgLink(m, g);
        if (!(l >= MATCH_THRESHOLD) || l <= bestLink) return;
        // Clearly better, or as good and told by more sources (a near-tie goes to the better-supported incident).
        if (l > ownLink + MOVE_MARGIN || (l >= ownLink - MOVE_MARGIN && g.size > ownSupport + 1)) {
          best = k;
          bestLink = l;
        }
      });
      if (best >= 0) {
        groups[own].delete(m);
        groups[best].add(m);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return groups.filter((g) => g.size > 0).map((g) => [...g].sort((a, b) => a - b));
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
