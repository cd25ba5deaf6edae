import { ArticleMention, ComponentMemo, IncidentSummary, JoinCandidates, compareMentions, groupMentionsInSteps, mayJoin, mayLink, runToEnd, summariseIncident } from '@raseed/incident-clustering';

/**
 * Most stored mentions of one incident that take part in re-clustering a neighbourhood. Average
 * linkage over an evenly spread sample of an incident's reports is close to the average over all
 * of them, and the linkage is cubic in the mentions clustered: without a cap, a story re-posted
 * hundreds of times makes every later batch slower than the one before.
 */
export const MAX_REPRESENTATIVES = 8;

/** An incident's mentions split into an evenly spread sample (earliest report always in) and the rest. */
export function representatives(members: readonly ArticleMention[], max = MAX_REPRESENTATIVES): { sample: ArticleMention[]; rest: ArticleMention[] } {
  const sorted = [...members].sort(compareMentions);
  if (sorted.length <= max) return { sample: sorted, rest: [] };
  const picked = new Set<number>();
  for (let i = 0; i < max; i++) picked.add(Math.round((i * (sorted.length - 1)) / (max - 1)));
  return { sample: sorted.filter((_, i) => picked.has(i)), rest: sorted.filter((_, i) => !picked.has(i)) };
}

/** Rounds of widening the re-clustered set to stored incidents a changed incident now reaches. */
const MAX_WIDENING_ROUNDS = 3;
/** Most stored incidents the widening adds to one batch's re-clustering: a bound on the work per neighbourhood. */
export const MAX_WIDENED_INCIDENTS = 200;

export interface SummaryOptions {
  /** Stored mentions per incident that take part (MAX_REPRESENTATIVES; Infinity: all). */
  max?: number;
  /** Stored incidents re-clustered whatever the links say: those that lose mentions, those of a copy's original. */
  touched?: Iterable<string>;
}

/**
 * Re-clusters what a batch can change, each stored incident summarised by its sample. Only the
 * stored incidents a fresh mention may join (its link to their consensus can reach the
 * threshold; see mayJoin) and those named in `touched` are clustered again with the fresh
 * mentions; when an incident that came out changed could now join a stored incident left out,
 * that one is added and the set clustered again (a few rounds, a bounded number of incidents).
 * Every other stored incident is returned as it is. Each re-clustered incident's other mentions
 * follow the group most of its sample went to. Work per batch is bounded by the incidents the
 * batch reaches, not by how many sources they have gathered nor how many incidents are nearby.
 * Runs in steps (see groupMentionsInSteps); returns each group's members.
 */
export function* groupWithSummariesInSteps(
  stored: ReadonlyArray<{ payload: ArticleMention; incident_id: string }>,
  fresh: readonly ArticleMention[],
  options: SummaryOptions = {},
): Generator<void, ArticleMention[][], void> {
  const max = options.max ?? MAX_REPRESENTATIVES;
  const byIncident = new Map<string, ArticleMention[]>();
  for (const r of stored) (byIncident.get(r.incident_id) ?? byIncident.set(r.incident_id, []).get(r.incident_id)!).push(r.payload);
  const splits = new Map<string, { sample: ArticleMention[]; rest: ArticleMention[] }>();
  const summaries = new Map<string, IncidentSummary>();
  for (const [id, members] of byIncident) {
    const split = representatives(members, max);
    splits.set(id, split);
    summaries.set(id, summariseIncident(split.sample));
    yield;
  }
  const touched = new Set<string>([...(options.touched ?? [])].filter((id) => byIncident.has(id)));
  // Fresh mentions against the stored incidents they can reach at all (same category, within a
  // few days, or related by article or copy): a backfill's neighbourhood spans years.
  const reachable = new JoinCandidates(summaries);
  for (const m of fresh) {
    for (const id of reachable.forMention(m)) if (!touched.has(id) && mayJoin(m, summaries.get(id)!)) touched.add(id);
    yield;
  }

  let groups: ArticleMention[][] = [];
  let widened = 0;
  // Each round clusters the set of the round before and the incidents it added: only the components those touch are clustered again.
  const memo = new ComponentMemo();
  for (let round = 0; ; round++) {
    const ids = [...touched];
    groups = yield* groupMentionsInSteps([...ids.flatMap((id) => splits.get(id)!.sample), ...fresh], memo);
    if (round === MAX_WIDENING_ROUNDS || widened >= MAX_WIDENED_INCIDENTS) break;
    // A group that is one stored incident's sample, nothing added or lost, reaches no further than before.
    const sampleOf = new Map<ArticleMention, string>();
    for (const id of ids) for (const m of splits.get(id)!.sample) sampleOf.set(m, id);
    const changed = groups.filter((g) => {
      const id = sampleOf.get(g[0]);
      return id === undefined || g.length !== splits.get(id)!.sample.length || g.some((m) => sampleOf.get(m) !== id);
    });
    const reach = changed.map((g) => summariseIncident(g));
    let added = 0;
    // Each stored incident against the changed ones that can reach it at all (the others cannot link).
    for (const [id, from] of yield* reachable.forIncidents(reach)) {
      if (touched.has(id) || widened >= MAX_WIDENED_INCIDENTS) continue;
      const s = summaries.get(id)!;
      if (from.some((r) => mayLink(r, s))) {
        touched.add(id);
        added++;
        widened++;
      }
      yield;
    }
    if (!added) break;
    yield;
  }

  const out = groups.map((g) => [...g]);
  if (touched.size === byIncident.size && ![...splits.values()].some((s) => s.rest.length)) return out;
  const groupOf = new Map<ArticleMention, number>();
  groups.forEach((g, i) => g.forEach((m) => groupOf.set(m, i)));
  for (const [id, members] of byIncident) {
    if (!touched.has(id)) {
      out.push(members);
      continue;
    }
    const { sample, rest } = splits.get(id)!;
    if (!rest.length) continue;
    const votes = new Map<number, number>();
    for (const m of sample) votes.set(groupOf.get(m)!, (votes.get(groupOf.get(m)!) ?? 0) + 1);
    // Most of the sample wins; a tie goes to the lower group (groups come in a deterministic order).
    const [target] = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    out[target].push(...rest);
  }
  return out;
}

/** groupWithSummariesInSteps run to the end at once. */
export function groupWithSummaries(
  stored: ReadonlyArray<{ payload: ArticleMention; incident_id: string }>,
  fresh: readonly ArticleMention[],
  options: SummaryOptions | number = {},
): ArticleMention[][] {
  return runToEnd(groupWithSummariesInSteps(stored, fresh, typeof options === 'number' ? { max: options } : options));
}
