import type { IncidentMention } from '@raseed/contracts';
import { DATE_STRENGTH, shiftDays, strongestDate } from '../dates/dates';
import { Draft, firstOrder } from '../merging/merge-candidates';
import type { Candidate } from '../segmentation/candidate';
import type { SentenceFacts } from '../segmentation/sentence-facts';
import { KeyToken } from '../text/tokens';
import { clauseDates } from './date-clauses';

// Which day (or month) each incident gets. Two steps: while the sentences are read, each
// candidate's date is settled against its sentence and the incidents told before it
// (`dateSentenceCandidates`); after merging, each incident takes its firmest own date, else
// one lent by a report of the same kind, else that of the incident told just before it, else
// the publication day (`incidentDates`).

/** An incident's date and the sentence that supports it (null: publication day, or none). */
export interface Dated { value: string; precision: 'day' | 'month'; sentence: SentenceFacts | null }

export interface IncidentDate {
  date: IncidentMention['date'];
  sentence: SentenceFacts | null;
}

/** Settles the dates of one sentence's candidates; `earlier` holds every candidate of the sentences before. */
export function dateSentenceCandidates(s: SentenceFacts, mine: Candidate[], earlier: Candidate[], tokens: KeyToken[]): void {
  clauseDates(s, mine, tokens);
  dateSequels(mine, earlier, tokens);
  lendSentenceDates(s, mine, tokens);
}

/** The date of each incident (drafts in article order); `cands` are every candidate of the article. */
export function incidentDates(drafts: Draft[], cands: Candidate[], pub: string | null): IncidentDate[] {
  const dated = drafts.map((d) => ownDate(d));
  return drafts.map((d, i) => {
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
    if (date) return { date: { value: date.value, precision: date.precision }, sentence: date.sentence };
    return { date: pub ? { value: pub, precision: 'day' } : null, sentence: null };
  });
}

/** The incident's own date: placed reports first, then unplaced ones, then follow-ups; the firmest expression in each tier. */
export function ownDate(d: Draft): Dated | null {
  const tiers = [d.cands.filter((c) => c.place && !c.continuation), d.cands.filter((c) => !c.place && !c.continuation), d.cands.filter((c) => c.continuation)];
  for (const tier of tiers) {
    const best = strongestDate(tier.filter((c) => c.date).map((c) => ({ strength: c.date!.strength, c })))?.c;
    if (best) return { value: best.date!.value, precision: best.date!.precision, sentence: best.sentence };
  }
  return null;
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
  const claimed = (pos: number) => mine.some((c) => !c.continuation && pos >= tokens[c.from].start && pos < tokens[c.to - 1].end);
  const free = strongestDate(s.dates.filter((d) => !claimed(d.start)));
  if (!free) return;
  for (const c of mine) if (!c.date && !c.continuation) c.date = free;
}
