// De-duplication scored over pairs of gold mentions: a pair with one gid should share a cluster,
// a pair sharing a cluster should have one gid. Mentions are the matched predictions that carry a
// cluster id plus the missed required gold incidents (they count as recovered by no cluster).
import type { PredictionSummary } from './incident-summary';
import { prf, r3 } from './figures';

export interface GoldMention {
  gid: string;
  /** null: the gold incident was missed, so it shares a cluster with nothing. */
  cluster: string | null;
  doc: string;
  prediction: PredictionSummary | null;
}

export interface DedupFigures {
  precision: number;
  recall: number;
  f1: number;
  gold_pairs: number;
  predicted_pairs: number;
  recovered_pairs: number;
}

/** A real incident whose mentions the system did not put in one cluster. */
export interface SplitIncident {
  gid: string;
  split_pairs: number;
  mentions: Array<{ doc: string; cluster: string | null; prediction: PredictionSummary | null }>;
}

/** A cluster that holds mentions of more than one real incident. */
export interface WrongMerge {
  cluster: string;
  wrong_pairs: number;
  mentions: Array<{ doc: string; gid: string; prediction: PredictionSummary | null }>;
}

const pairsOf = (n: number) => (n * (n - 1)) / 2;

function groupBy<T>(xs: T[], key: (x: T) => string | null): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    if (k === null) continue;
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

const sumPairs = (groups: Iterable<unknown[]>) => [...groups].reduce((s, g) => s + pairsOf(g.length), 0);

export function scoreDedup(mentions: GoldMention[]): { figures: DedupFigures; split: SplitIncident[]; merged: WrongMerge[] } {
  const byGid = groupBy(mentions, (m) => m.gid);
  const byCluster = groupBy(mentions, (m) => m.cluster);
  const byBoth = groupBy(mentions, (m) => (m.cluster === null ? null : JSON.stringify([m.gid, m.cluster])));
  const goldPairs = sumPairs(byGid.values());
  const predictedPairs = sumPairs(byCluster.values());
  const recovered = sumPairs(byBoth.values());
  // No predicted pair: perfect precision only if there was nothing to merge.
  const precision = predictedPairs ? recovered / predictedPairs : goldPairs ? 0 : 1;
  const recall = goldPairs ? recovered / goldPairs : 1;
  const { f1 } = prf(precision, recall);

  const split: SplitIncident[] = [];
  for (const [gid, ms] of byGid) {
    const together = sumPairs(groupBy(ms, (m) => m.cluster).values());
    if (together < pairsOf(ms.length)) {
      split.push({ gid, split_pairs: pairsOf(ms.length) - together, mentions: ms.map(({ doc, cluster, prediction }) => ({ doc, cluster, prediction })) });
    }
  }
  const merged: WrongMerge[] = [];
  for (const [cluster, ms] of byCluster) {
    const same = sumPairs(groupBy(ms, (m) => m.gid).values());
    if (same < pairsOf(ms.length)) {
      // Mentions of one gid together, gids in order of first appearance.
      const grouped = [...groupBy(ms, (m) => m.gid).values()].flat();
      merged.push({ cluster, wrong_pairs: pairsOf(ms.length) - same, mentions: grouped.map(({ doc, gid, prediction }) => ({ doc, gid, prediction })) });
    }
  }
  return {
    figures: { precision: r3(precision), recall: r3(recall), f1: r3(f1), gold_pairs: goldPairs, predicted_pairs: predictedPairs, recovered_pairs: recovered },
    split,
    merged,
  };
}
