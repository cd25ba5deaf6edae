import type { IncidentMention } from '@raseed/contracts';
import type { TextSpan } from '@raseed/arabic-text';
import { parseIsoDay, readingDay } from './dates/dates';
import { Gazetteer, defaultGazetteer } from './gazetteer/gazetteer';
import { Draft, merge } from './merging/merge-candidates';
import { dateSentenceCandidates, incidentDates, settleArticleDates } from './resolution/incident-date';
import { toMention } from './resolution/mention';
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
  // Relative dates are read against publication, or a stand-in day when the article has none.
  const reading = readingDay(pub, tokens);
  const facts = sentencesWithTokens(text, tokens).map(([span, a, b], i) => sentenceFacts(text, tokens, span, a, b, reading.day, gaz, i));
  settleArticleDates(facts, reading);

  const cands: Candidate[] = [];
  let order = 0;
  const ctx = articleContext(facts);
  for (const s of facts) {
    const mine: Candidate[] = [];
    let idle: [number, number] | null = null;
    for (const [a, b] of segmentsOf(s)) {
      const found = analyseSegment(tokens, s, a, b, order++, gaz, ctx);
      placeEffectFirst(found, idle, s, tokens);
      idle = found.length ? null : [a, b];
      mine.push(...found);
    }
    dateSentenceCandidates(s, mine, cands, tokens, reading);
    cands.push(...mine);
  }

  const drafts = dropExplainedBlasts(merge(cands, gaz, tokens, pub), facts);
  const dates = incidentDates(drafts, cands, facts, pub);
  const mentions = drafts.map((d, i) => toMention(d, i, text, facts, dates[i]));
  shareWithinSegment(drafts, mentions);
  inheritElidedSubject(drafts, mentions);
  return mentions;
}

/** Blasts heard at a base that the article itself puts down to drills or controlled detonations are no attack. */
function dropExplainedBlasts(drafts: Draft[], facts: SentenceFacts[]): Draft[] {
  return drafts.filter((d) => {
    const own = d.cands.filter((c) => !c.continuation);
    if (!own.length || !own.every((c) => c.weakOnly)) return true;
    const at = Math.min(...own.map((c) => c.sentence.index));
    return !facts.some((f) => f.index >= at && f.index <= at + 3 && f.cues.some((c) => c.value === 'exercise'));
  });
}

// "خرج مطار دمشق الدولي عن الخدمة إثر ضربة إسرائيلية استهدفت مدرجه": the effect is told first,
// at a place, and the strike that caused it after "إثر / جراء / عقب", naming no place of its own.
const CAUSE = /^و?(اثر|جراء|عقب|بسبب|نتيجه)$/;
function placeEffectFirst(found: Candidate[], idle: [number, number] | null, s: SentenceFacts, tokens: KeyToken[]): void {
  if (!idle) return;
  const place = s.places.filter((p) => p.from >= idle[0] && p.from < idle[1] && p.place.kind !== 'country').at(-1);
  if (!place) return;
  for (const c of found) if (!c.place && !c.continuation && CAUSE.test(tokens[c.from].norm)) c.place = place;
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

