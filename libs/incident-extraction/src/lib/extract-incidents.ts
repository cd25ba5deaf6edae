import type { IncidentMention } from '@raseed/contracts';
import type { TextSpan } from '@raseed/arabic-text';
import { parseIsoDay } from './dates/dates';
import { Gazetteer, defaultGazetteer } from './gazetteer/gazetteer';
import { firstOrder, merge } from './merging/merge-candidates';
import { Dated, ownDate, toMention } from './resolution/mention';
import { inheritElidedSubject, shareWithinSegment } from './resolution/post-passes';
import { Candidate, SentenceFacts, analyseSegment, articleContext, segmentsOf, sentenceFacts } from './segmentation/analyse';
import { sentencesOf } from './segmentation/sentences';
import { KeyToken, keyTokens } from './text/tokens';

// Article → incident mentions: sentence facts, segment candidates, then merging of
// candidates that tell the same incident (same category, same place or nearby, same day)
// and resolution of each field with its evidence sentence.

export interface ExtractInput {
  /** Article display text; evidence offsets point into it. */
  text: string;
  /** ISO date (or datetime) of publication; relative dates resolve against it. */
  publishedAt?: string | null;
}

export interface ExtractOptions {
  gazetteer?: Gazetteer;
}

export function extractIncidents(input: ExtractInput, options: ExtractOptions = {}): IncidentMention[] {
  const gaz = options.gazetteer ?? defaultGazetteer();
  const text = input.text ?? '';
  const pub = parseIsoDay(input.publishedAt ?? null) ? String(input.publishedAt).slice(0, 10) : null;
  const tokens = keyTokens(text);
  const facts = sentencesWithTokens(text, tokens).map(([span, a, b], i) => sentenceFacts(text, tokens, span, a, b, pub, gaz, i));

  const cands: Candidate[] = [];
  let order = 0;
  const ctx = articleContext(facts);
  for (const s of facts) {
    const mine: Candidate[] = [];
    for (const [a, b] of segmentsOf(s)) mine.push(...analyseSegment(tokens, s, a, b, order++, gaz, ctx));
    lendSentenceDates(s, mine, tokens);
    cands.push(...mine);
  }

  const drafts = merge(cands, gaz, tokens, pub);
  const dated = drafts.map((d) => ownDate(d));
  const mentions = drafts.map((d, i) => {
    let date: Dated | null = dated[i];
    // Undated: a dated unplaced report of the same category ("US strikes Thursday night in
    // Syria"), else the incident told just before (the one this one followed), else publication.
    if (!date) {
      const loose = cands
        .filter((c) => !c.place && !c.continuation && c.category === d.category && c.date)
        .sort((x, y) => Math.abs(x.order - firstOrder(d)) - Math.abs(y.order - firstOrder(d)))[0];
      if (loose) date = { value: loose.date!.value, precision: loose.date!.precision, sentence: loose.sentence };
    }
    if (!date) {
      for (let k = i - 1; k >= 0 && !date; k--) if (dated[k] && dated[k]!.precision === 'day') date = { ...dated[k]!, sentence: null };
    }
    return toMention(d, i, text, pub, facts, date);
  });
  shareWithinSegment(drafts, mentions);
  inheritElidedSubject(drafts, mentions);
  return mentions;
}

/** A date in a part of the sentence that tells no incident of its own ("… وسط بغداد ليل الأحد، وفق مصدر") dates the incidents of that sentence. */
function lendSentenceDates(s: SentenceFacts, mine: Candidate[], tokens: KeyToken[]): void {
  const claimed = (pos: number) => mine.some((c) => !c.continuation && pos >= tokens[c.from].start && pos < tokens[c.to - 1].end);
  const free = s.dates.filter((d) => !claimed(d.start)).sort((x, y) => y.strength - x.strength)[0];
  if (!free) return;
  for (const c of mine) if (!c.date && !c.continuation) c.date = free;
}

function sentencesWithTokens(text: string, tokens: KeyToken[]): Array<[TextSpan, number, number]> {
  const out: Array<[TextSpan, number, number]> = [];
  let k = 0;
  for (const s of sentencesOf(text)) {
    while (k < tokens.length && tokens[k].start < s.start) k++;
    const a = k;
    while (k < tokens.length && tokens[k].end <= s.end) k++;
    if (k > a) out.push([s, a, k]);
  }
  return out;
}

