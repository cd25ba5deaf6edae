import { KeyToken, patternKey } from './tokens';

// Multi-pattern matcher over token keys: a trie whose edges are word keys, walked from
// every token with each of that token's clitic readings. One pass finds every pattern
// of every lexicon sharing the trie (cues, actors, weapons, places), however many
// patterns there are; each lexicon ("group") keeps its own longest match per token.

export interface PhraseMatch<T> {
  /** Index of the first token. */
  from: number;
  /** Index one past the last token. */
  to: number;
  value: T;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  /** Edges that accept any word starting with the stem ("stem*"), bucketed by the stem's first two letters. */
  stems: Map<number, Array<[string, Node<T>]>>;
  /** First value per group ending here (index = group). */
  values: Array<T | undefined>;
  terminal: boolean;
}

const node = <T>(): Node<T> => ({ next: new Map(), stems: new Map(), values: [], terminal: false });
const prefixKey = (s: string) => (s.charCodeAt(0) << 16) | (s.length > 1 ? s.charCodeAt(1) : 0);

export class PhraseMatcher<T> {
  private readonly root: Node<T> = node();
  private size = 0;
  private groups = 1;
  // Walk state (one walk at a time; matching is synchronous).
  private bestTo: number[] = [];
  private bestValue: Array<T | undefined> = [];

  /**
   * Adds a phrase: words separated by spaces, each folded and stripped of its article.
   * A word ending in "*" matches any word beginning with it (plural/feminine endings).
   * `group` separates lexicons that share the trie (default 0).
   */
  add(phrase: string, value: T, group = 0): this {
    const words = phrase.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) return this;
    let cur = this.root;
    for (const w of words) {
      if (w.endsWith('*')) {
        const stem = patternKey(w.slice(0, -1));
        const pk = prefixKey(stem);
        const bucket = cur.stems.get(pk) ?? [];
        cur.stems.set(pk, bucket);
        let hit = bucket.find(([s]) => s === stem);
        if (!hit) {
          hit = [stem, node<T>()];
          bucket.push(hit);
        }
        cur = hit[1];
      } else {
        const k = patternKey(w);
        let nxt = cur.next.get(k);
        if (!nxt) {
          nxt = node<T>();
          cur.next.set(k, nxt);
        }
        cur = nxt;
      }
    }
    if (cur.values[group] === undefined) cur.values[group] = value;
    cur.terminal = true;
    this.groups = Math.max(this.groups, group + 1);
    this.size++;
    return this;
  }

  get patternCount(): number {
    return this.size;
  }

  /** For each group, the longest match starting at each token. */
  findAllGroups(tokens: KeyToken[], from = 0, to = tokens.length): PhraseMatch<T>[][] {
    const out: PhraseMatch<T>[][] = Array.from({ length: this.groups }, () => []);
    for (let i = from; i < to; i++) {
      for (let g = 0; g < this.groups; g++) {
        this.bestTo[g] = -1;
        this.bestValue[g] = undefined;
      }
      this.walk(this.root, tokens, i, to);
      for (let g = 0; g < this.groups; g++) if (this.bestTo[g] > i) out[g].push({ from: i, to: this.bestTo[g], value: this.bestValue[g] as T });
    }
    return out;
  }

  /** The longest match starting at each token (group 0). */
  findAll(tokens: KeyToken[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    return this.findAllGroups(tokens, from, to)[0];
  }

  /** Matches that do not overlap, preferring longer ones, in text order (group 0). */
  findLongest(tokens: KeyToken[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    return longestNonOverlapping(this.findAll(tokens, from, to));
  }

  /** Non-overlapping longest matches for every group. */
  findLongestGroups(tokens: KeyToken[], from = 0, to = tokens.length): PhraseMatch<T>[][] {
    return this.findAllGroups(tokens, from, to).map(longestNonOverlapping);
  }

  // Every word of a phrase is tried with its clitics peeled ("موالية لإيران").
  private walk(n: Node<T>, tokens: KeyToken[], j: number, to: number): void {
    if (n.terminal && n !== this.root) {
      for (let g = 0; g < n.values.length; g++) {
        if (n.values[g] !== undefined && j > this.bestTo[g]) {
          this.bestTo[g] = j;
          this.bestValue[g] = n.values[g];
        }
      }
    }
    if (j >= to) return;
    const keys = tokens[j].keys;
    const hasStems = n.stems.size > 0;
    for (let q = 0; q < keys.length; q++) {
      const k = keys[q];
      const nxt = n.next.get(k);
      if (nxt) this.walk(nxt, tokens, j + 1, to);
      if (hasStems) {
        const bucket = n.stems.get(prefixKey(k));
        if (bucket) for (let b = 0; b < bucket.length; b++) if (k.startsWith(bucket[b][0])) this.walk(bucket[b][1], tokens, j + 1, to);
      }
    }
  }
}

/** Keeps the longest matches that do not overlap, in text order. */
export function longestNonOverlapping<T>(all: PhraseMatch<T>[]): PhraseMatch<T>[] {
  if (all.length < 2) return all;
  const sorted = [...all].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const taken = new Set<number>();
  const out: PhraseMatch<T>[] = [];
  for (const m of sorted) {
    let free = true;
    for (let k = m.from; k < m.to; k++)
      if (taken.has(k)) {
        free = false;
        break;
      }
    if (!free) continue;
    for (let k = m.from; k < m.to; k++) taken.add(k);
    out.push(m);
  }
  return out.sort((a, b) => a.from - b.from);
}
