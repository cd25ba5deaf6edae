import { tokenize } from '@raseed/arabic-text';

export interface Overlap {
  precision: number;
  recall: number;
  f1: number;
  /** Word counts behind the ratios, so averages can be weighted. */
  extracted: number;
  expected: number;
  common: number;
}

/**
 * Bag-of-words overlap of an extraction with the expected main text, over search keys so
 * spacing and spelling variants do not count as errors. Precision: share of extracted
 * words that belong to the story; recall: share of story words extracted.
 */
export function textOverlap(extracted: string, expected: string): Overlap {
  const bag = (text: string) => {
    const counts = new Map<string, number>();
    for (const t of tokenize(text)) counts.set(t.norm, (counts.get(t.norm) ?? 0) + 1);
    return counts;
  };
  const got = bag(extracted);
  const want = bag(expected);
  let common = 0;
  for (const [word, n] of got) common += Math.min(n, want.get(word) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return combine(common, total(got), total(want));
}

/** Micro-average: sums the word counts, then takes the ratios. */
export function sumOverlaps(items: readonly Overlap[]): Overlap {
  const sum = (f: (o: Overlap) => number) => items.reduce((a, o) => a + f(o), 0);
  return combine(
    sum((o) => o.common),
    sum((o) => o.extracted),
    sum((o) => o.expected),
  );
}

function combine(common: number, extracted: number, expected: number): Overlap {
  const precision = extracted ? common / extracted : 0;
  const recall = expected ? common / expected : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, extracted, expected, common };
}
