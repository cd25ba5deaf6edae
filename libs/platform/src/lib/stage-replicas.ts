/**
 * How many processes `npm start` runs per pipeline stage (issue 17). Each replica is a member of
 * its stage's consumer group; the broker spreads the topic's partitions over them, so a stage
 * never usefully runs more replicas than its input topic has partitions (the launcher grows the
 * topics to at least the largest count).
 */
export const SCALABLE_STAGES = ['normaliser', 'extractor', 'indexer'] as const;
export type ScalableStage = (typeof SCALABLE_STAGES)[number];
export type StageReplicas = Record<ScalableStage, number>;

/** More would only idle: the embedded broker and PostgreSQL share the same few cores. */
export const MAX_REPLICAS = 16;

export class ReplicasError extends Error {}

/**
 * "normaliser=2,extractor=2,indexer=2" (or "all=2", or a bare "2" for every stage) → counts;
 * stages not named keep 1. Unknown stages and counts out of 1..MAX_REPLICAS are errors, not ignored.
 */
export function parseReplicas(spec: string | undefined): StageReplicas {
  const out: StageReplicas = { normaliser: 1, extractor: 1, indexer: 1 };
  const text = spec?.trim() ?? '';
  if (!text) return out;
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(?:([a-z]+)=)?(\d+)$/.exec(part);
    if (!m) throw new ReplicasError(`replicas: '${part}' is not stage=count (stages: ${SCALABLE_STAGES.join(', ')}, or all)`);
    const n = Number(m[2]);
    if (n < 1 || n > MAX_REPLICAS) throw new ReplicasError(`replicas: ${part}: count must be 1..${MAX_REPLICAS}`);
    const stage = m[1] ?? 'all';
    if (stage === 'all') for (const s of SCALABLE_STAGES) out[s] = n;
    else if ((SCALABLE_STAGES as readonly string[]).includes(stage)) out[stage as ScalableStage] = n;
    else throw new ReplicasError(`replicas: unknown stage '${stage}' (stages: ${SCALABLE_STAGES.join(', ')}, or all)`);
  }
  return out;
}

/** The supervisor's names for a stage's replicas: the stage itself when there is one, else stage-1, stage-2, … */
export function replicaNames(stage: string, count: number): string[] {
  return count <= 1 ? [stage] : Array.from({ length: count }, (_, i) => `${stage}-${i + 1}`);
}

/** The stage a supervisor name belongs to ("indexer-2" → "indexer"). */
export function stageOfReplica(name: string): string {
  return name.replace(/-\d+$/, '');
}

/** Partitions every pipeline topic needs: the configured count, raised to the largest replica count. */
export function partitionsFor(configured: number, replicas: StageReplicas): number {
  return Math.max(configured, ...Object.values(replicas));
}

/** "normaliser ×2, extractor ×2, indexer ×1" for the launcher log. */
export function describeReplicas(replicas: StageReplicas): string {
  return SCALABLE_STAGES.map((s) => `${s} ×${replicas[s]}`).join(', ');
}
