import type { IncidentMention } from '@raseed/contracts';
import type { TextSpan } from '@raseed/arabic-text';
import { DATE_STRENGTH, parseIsoDay, shiftDays, strongestDate } from './dates/dates';
import { Gazetteer, defaultGazetteer } from './gazetteer/gazetteer';
import { firstOrder, merge } from './merging/merge-candidates';
import { dropBlastsOnly } from './merging/blasts-only';
import { Dated, ownDate, toMention } from './resolution/mention';
import { inheritElidedSubject, shareWithinSegment } from './resolution/post-passes';
import { Candidate, SentenceFacts, analyseSegment, articleContext, segmentsOf, sentenceFacts } from './segmentation/analyse';
import { placeEffectFirst } from './segmentation/effect-first';
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
    let idle: [number, number] | null = null;
    for (const [a, b] of segmentsOf(s)) {
      const found = analyseSegment(tokens, s, a, b, order++, gaz, ctx);
      placeEffectFirst(found, idle, s, tokens);
      idle = found.length ? null : [a, b];
      mine.push(...found);
    }
    dateSequels(mine, cands, tokens);
    lendSentenceDates(s, mine, tokens);
    cands.push(...mine);
  }

  const drafts = dropBlastsOnly(merge(cands, gaz, tokens, pub), facts);
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

// "… اليوم السبت، بعد يومين من هجوم على …", "بعد أقل من 24 ساعة على استهداف مماثل": the act
// after "بعد <span> من/على" came that long before the incident told just before it.
const SPAN_DAYS: Record<string, number> = { يوم: 1, يوما: 1, يومين: 2, اسبوع: 7, اسبوعين: 14 };
const COUNT_DAYS: Record<string, number> = { ثلاثه: 3, اربعه: 4, خمسه: 5, سته: 6, 3: 3, 4: 4, 5: 5, 6: 6 };
const HOURS_DAYS: Record<string, number> = { 24: 1, 48: 2, 72: 3 };
function dateSequels(mine: Candidate[], earlier: Candidate[], tokens: KeyToken[]): void {
  for (const c of mine) {
    if (c.date || c.continuation || !/^و?بعد$/.test(tokens[c.from].norm) || c.from + 3 >= c.to) continue;
    // "أقل من" / "أكثر من" / "نحو" before the span: the day count is the same.
    let at = c.from + 1;
    if (/^(اقل|اكثر)$/.test(tokens[at].norm) && tokens[at + 1]?.norm === 'من') at += 2;
    else if (/^(نحو|قرابه|حوالي)$/.test(tokens[at].norm)) at += 1;
    if (at + 1 >= c.to) continue;
    const t1 = tokens[at].norm;
    let days = SPAN_DAYS[t1];
    let end = at;
    if (days === undefined && COUNT_DAYS[t1] && /^(ايام|يوما)$/.test(tokens[at + 1].norm)) { days = COUNT_DAYS[t1]; end = at + 1; }
    if (days === undefined && HOURS_DAYS[t1] && /^ساعه$/.test(tokens[at + 1].norm)) { days = HOURS_DAYS[t1]; end = at + 1; }
    if (days === undefined || !/^(من|علي)$/.test(tokens[end + 1]?.norm ?? '')) continue;
    const dated = (o: Candidate) => o.order < c.order && !o.continuation && o.date?.precision === 'day';
    const prev = [...mine, ...earlier].filter(dated).sort((x, y) => y.order - x.order)[0];
    // As firm as a weekday: a day reckoned from another incident's date.
    if (prev) c.date = { value: shiftDays(prev.date!.value, -days), precision: 'day', start: tokens[c.from].start, end: tokens[end].end, strength: DATE_STRENGTH.weekday };
  }
}

/** A date in a part of the sentence that tells no incident of its own ("… وسط بغداد ليل الأحد، وفق مصدر") dates the incidents of that sentence. */
function lendSentenceDates(s: SentenceFacts, mine: Candidate[], tokens: KeyToken[]): void {
  const claimed = (pos: number) => mine.some((c) => (!c.continuation || c.comparison) && pos >= tokens[c.from].start && pos < tokens[c.to - 1].end);
  const free = strongestDate(s.dates.filter((d) => !claimed(d.start)));
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

