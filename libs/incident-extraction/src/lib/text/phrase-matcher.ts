import { KeyToken, patternKey } from './tokens';

// Multi-pattern matcher over token keys: a trie whose edges are word keys, walked from
// every token with each of that token's clitic readings. One pass finds every pattern
// of a lexicon or the gazetteer, however many patterns there are.

export interface PhraseMatch<T> {
  /** Index of the first token. */
  from: number;
  /** Index one past the last token. */
  to: number;
  value: T;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  /** Edges that accept any word starting with the stem (patterns written "stem*"), keyed by the stem's first two letters. */
  stems: Map<string, Array<[string, Node<T>]>>;
  values: T[];
}

const node = <T>(): Node<T> => ({ next: new Map(), stems: new Map(), values: [] });

export class PhraseMatcher<T> {
  private readonly root: Node<T> = node();
  private size = 0;

  /**
   * Adds a phrase: words separated by spaces, each folded and stripped of its article.
   * A word ending in "*" matches any word beginning with it (plural/feminine endings).
   */
  add(phrase: string, value: T): this {
    const words = phrase.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) return this;
    let cur = this.root;
    for (const w of words) {
      if (w.endsWith('*')) {
        const stem = patternKey(w.slice(0, -1));
        const bucket = cur.stems.get(stem.slice(0, 2)) ?? [];
        cur.stems.set(stem.slice(0, 2), bucket);
        let hit = bucket.find(([s]) => s === stem);
        if (!hit) { hit = [stem, node<T>()]; bucket.push(hit); }
        cur = hit[1];
      } else {
        const k = patternKey(w);
        let nxt = cur.next.get(k);
        if (!nxt) { nxt = node<T>(); cur.next.set(k, nxt); }
        cur = nxt;
      }
    }
    cur.values.push(value);
    this.size++;
    return this;
  }

  get patternCount(): number {
    return this.size;
  }

  /** The longest match starting at each token. */
  findAll(tokens: KeyToken[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to; i++) {
      this.bestTo = -1;
      this.bestValue = undefined;
      this.walk(this.root, tokens, i, to);
      if (this.bestTo > i) out.push({ from: i, to: this.bestTo, value: this.bestValue as T });
    }
    return out;
  }

  private bestTo = -1;
  private bestValue: T | undefined;

  // Every word of a phrase is tried with its clitics peeled ("موالية لإيران").
  private walk(n: Node<T>, tokens: KeyToken[], j: number, to: number): void {
    if (n.values.length && n !== this.root && j > this.bestTo) {
      this.bestTo = j;
      this.bestValue = n.values[0];
    }
    if (j >= to) return;
    const keys = tokens[j].keys;
    const hasStems = n.stems.size > 0;
    for (let q = 0; q < keys.length; q++) {
      const k = keys[q];
      const nxt = n.next.get(k);
      if (nxt) this.walk(nxt, tokens, j + 1, to);
      if (hasStems) {
        const bucket = n.stems.get(k.slice(0, 2));
        if (bucket) for (const [stem, sn] of bucket) if (k.startsWith(stem)) this.walk(sn, tokens, j + 1, to);
      }
    }
  }

  /** Matches that do not overlap, preferring longer ones, in text order. */
  findLongest(tokens: KeyToken[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const all = this.findAll(tokens, from, to);
    all.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
    const taken = new Uint8Array(to - from);
    const out: PhraseMatch<T>[] = [];
    for (const m of all) {
      let free = true;
      for (let k = m.from; k < m.to; k++) if (taken[k - from]) { free = false; break; }
      if (!free) continue;
      for (let k = m.from; k < m.to; k++) taken[k - from] = 1;
      out.push(m);
    }
    return out.sort((a, b) => a.from - b.from);
  }
}
