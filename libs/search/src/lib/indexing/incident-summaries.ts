import { ArticleMention, compareMentions, groupMentions } from '@raseed/incident-clustering';

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

/**
 * Re-clusters a neighbourhood with each stored incident summarised by its sample: the samples
 * and the fresh mentions are grouped with the clustering linkage, then each incident's other
 * mentions follow the group most of its sample went to. Work per batch is bounded by the number of
 * incidents nearby, not by how many sources they have gathered. Returns each group's members.
 */
export function groupWithSummaries(
  stored: ReadonlyArray<{ payload: ArticleMention; incident_id: string }>,
  fresh: readonly ArticleMention[],
  max = MAX_REPRESENTATIVES,
): ArticleMention[][] {
  const byIncident = new Map<string, ArticleMention[]>();
  for (const r of stored) (byIncident.get(r.incident_id) ?? byIncident.set(r.incident_id, []).get(r.incident_id)!).push(r.payload);
  const samples: ArticleMention[] = [];
  const followers: Array<{ sample: ArticleMention[]; rest: ArticleMention[] }> = [];
  for (const members of byIncident.values()) {
    const split = representatives(members, max);
    samples.push(...split.sample);
    if (split.rest.length) followers.push(split);
  }
  const groups = groupMentions([...samples, ...fresh]);
  if (!followers.length) return groups;
  const groupOf = new Map<ArticleMention, number>();
  groups.forEach((g, i) => g.forEach((m) => groupOf.set(m, i)));
  const out = groups.map((g) => [...g]);
  for (const { sample, rest } of followers) {
    const votes = new Map<number, number>();
    for (const m of sample) votes.set(groupOf.get(m)!, (votes.get(groupOf.get(m)!) ?? 0) + 1);
    // Most of the sample wins; a tie goes to the lower group (groups come in a deterministic order).
    const [target] = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    out[target].push(...rest);
  }
  return out;
}
