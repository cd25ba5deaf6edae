import type { IncidentMention } from '@raseed/contracts';
import type { TextSpan } from '@raseed/arabic-text';
import { parseIsoDay } from './dates/dates';
import { yearHintOf } from './dates/year-hint';
import { Gazetteer, defaultGazetteer } from './gazetteer/gazetteer';
import { Draft, merge } from './merging/merge-candidates';
import { dropBlastsOnly } from './merging/blasts-only';
import { readTimeline, strikesOfTheTimeline, timelineSite } from './merging/timeline-site';
import { dateSentenceCandidates, incidentDates, settleArticleDates } from './resolution/incident-date';
import { toMention } from './resolution/mention';
import { inheritElidedSubject, inheritElidedWeapon, shareWithinSegment } from './resolution/post-passes';
import { ArticleContext, Candidate, analyseSegment, articleContext, segmentsOf, sentenceFacts } from './segmentation/analyse';
import { nearby } from './segmentation/places';
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
  const hint = pub ? null : yearHintOf(text, tokens);
  const facts = sentencesWithTokens(text, tokens).map(([span, a, b], i) => sentenceFacts(text, tokens, span, a, b, pub, gaz, i, hint));
  settleArticleDates(facts, pub);

  const cands: Candidate[] = [];
  let order = 0;
  const ctx = articleContext(facts, pub);
  for (const s of facts) {
    const mine: Candidate[] = [];
    let idle: [number, number] | null = null;
    for (const [a, b] of segmentsOf(s)) {
      const found = analyseSegment(tokens, s, a, b, order++, gaz, ctx);
      placeEffectFirst(found, idle, s, tokens);
      idle = found.some((c) => !c.unsided) ? null : [a, b];
      mine.push(...found);
    }
    dateSentenceCandidates(s, mine, cands, tokens, pub, facts[s.index - 1]);
    cands.push(...mine);
  }

  const timeline = readTimeline(facts);
  strikesOfTheTimeline(cands, timeline);
  const drafts = dropBlastsOnly(merge(cands, gaz, tokens, pub, timelineSite(timeline)), facts).filter((d) => !toldOfDeniedSite(d, ctx));
  const dates = incidentDates(drafts, cands, facts, pub);
  const mentions = drafts.map((d, i) => toMention(d, i, text, facts, dates[i], drafts));
  shareWithinSegment(drafts, mentions);
  inheritElidedSubject(drafts, mentions);
  inheritElidedWeapon(drafts, mentions);
  return mentions;
}

/**
 * A report of the act the article denies ("نفت الهيئة تقارير عن ضربة قرب التاجي … وكانت مصادر قد تحدثت عن غارة
 * قرب التاجي"): the same site, with no claim of its own.
 */
function toldOfDeniedSite(d: Draft, ctx: ArticleContext): boolean {
  const denied = ctx.deniedSites ?? [];
  return !!d.place && denied.some((p) => nearby(p.place, d.place!.place)) && !d.cands.some((c) => c.claim);
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
