import { defaultGazetteer } from '../src/lib/gazetteer/gazetteer';
import { findDates } from '../src/lib/dates/dates';
import { segmentOf, Segment } from '../src/lib/segmentation/segment';
import { sentenceFacts, SentenceFacts } from '../src/lib/segmentation/sentence-facts';
import { keyTokens } from '../src/lib/text/tokens';

/** One sentence of test text read as the extractor reads it, and its whole span as one segment. */
export function sentence(text: string, publishedAt: string | null = '2024-03-15'): { facts: SentenceFacts; seg: Segment } {
  const tokens = keyTokens(text);
  const facts = sentenceFacts(text, tokens, { text, start: 0, end: text.length }, 0, tokens.length, publishedAt, defaultGazetteer());
  return { facts, seg: segmentOf(tokens, facts, 0, tokens.length) };
}

/** Date expressions of a text as [value, precision, strength] triples. */
export function datesOf(text: string, publishedAt: string | null = '2024-03-15'): Array<[string, string, number]> {
  return findDates(text, keyTokens(text), publishedAt).map((d) => [d.value, d.precision, d.strength]);
}
