import { ArticleMention } from './article-mention';

// Each mention object's number, for keys: the same objects come back round after round.
const numbers = new WeakMap<ArticleMention, number>();
let last = 0;
const numberOf = (m: ArticleMention) => numbers.get(m) ?? (numbers.set(m, ++last), last);

/**
 * Clusterings of candidate components already done, for clustering a set of mentions again after
 * it grew (the widening rounds of incident summaries). A component is clustered from its units
 * alone, in their report order, so one with the same units (the same mention objects, grouped
 * alike) comes out the same: its clusters are reused, and only the components the growth touched
 * are clustered again. Keyed by mention object, so a memo is only for one set of mentions growing.
 */
export class ComponentMemo {
  /** Each component's clusters, a unit named by its first member. */
  private readonly known = new Map<string, ArticleMention[][]>();
  /** Components reused (tests, metrics). */
  hits = 0;

  /** The clusters of `component` (unit indexes), from the memo or from `run`. */
  *cluster(
    sorted: readonly ArticleMention[],
    units: readonly { members: readonly number[] }[],
    component: readonly number[],
    run: () => Generator<void, number[][], void>,
  ): Generator<void, number[][], void> {
    if (component.length === 1) return yield* run();
    const key = component.map((u) => units[u].members.map((i) => numberOf(sorted[i])).join(',')).join('|');
    const known = this.known.get(key);
    if (known) {
      this.hits++;
      const unitOf = new Map(component.map((u) => [sorted[units[u].members[0]], u]));
      return known.map((c) => c.map((m) => unitOf.get(m)!));
    }
    const clusters = yield* run();
    this.known.set(
      key,
      clusters.map((c) => c.map((u) => sorted[units[u].members[0]])),
    );
    return clusters;
  }
}
