import type { Weapon } from '@raseed/contracts';
import type { TextSpan } from '@raseed/arabic-text';
import { CasualtyMention, findCasualties } from '../casualties/casualties';
import { DATE_STRENGTH, DateMention, findDates, strongestDate } from '../dates/dates';
import { Gazetteer, PlaceMention } from '../gazetteer/gazetteer';
import { ActorTag } from '../lexicons/actors';
import { CueTag } from '../lexicons/cues';
import { matchLexicons } from '../lexicons/lexicon-matcher';
import { PhraseMatch } from '../text/phrase-matcher';
import { KeyToken } from '../text/tokens';
import { droppedMunitions } from './drops';

// Everything the lexicons, the gazetteer, the date and casualty readers find in one
// sentence, read once and shared by every segment of it.

export interface Tagged<T> {
  value: T;
  from: number;
  to: number;
  start: number;
  end: number;
}

export interface SentenceFacts {
  span: TextSpan;
  /** Position of the sentence in the article. */
  index: number;
  tokens: KeyToken[];
  from: number;
  to: number;
  cues: Tagged<CueTag>[];
  actors: Tagged<ActorTag>[];
  weapons: Tagged<Weapon>[];
  places: PlaceMention[];
  dates: DateMention[];
  casualties: CasualtyMention[];
}

// "مطار حرير الذي كان قاعدة للتحالف، وتم إخلاؤه بتاريخ 20-10-2023": the day a site was handed over, evacuated or
// opened dates that, not an act told beside it.
const HANDED_OVER_ON = /(إخلاؤ|إخلاء|اخلاؤ|اخلاء|تسليم|انسحاب|مغادرة|افتتاح|إنشاء|انشاء|تأسيس|تاسيس)\S*\s+(?:\S+\s+){0,4}(?:بتاريخ|في|يوم)\s*$/u;
const HANDOVER_CHARS = 60;

const tag = <T>(tokens: KeyToken[], m: PhraseMatch<T>): Tagged<T> => ({ value: m.value, from: m.from, to: m.to, start: tokens[m.from].start, end: tokens[m.to - 1].end });

export function sentenceFacts(
  text: string,
  tokens: KeyToken[],
  span: TextSpan,
  from: number,
  to: number,
  publishedAt: string | null,
  gaz: Gazetteer,
  index = 0,
  yearHint: string | null = null,
): SentenceFacts {
  const hits = matchLexicons(gaz, tokens, from, to);
  const dates = findDates(text, tokens, publishedAt, from, to, yearHint)
    .filter((d) => !HANDED_OVER_ON.test(text.slice(Math.max(span.start, d.start - HANDOVER_CHARS), d.start)))
    .map((d) => (isDateline(text, span, d) ? { ...d, strength: DATE_STRENGTH.reportedRelative } : d));
  return {
    span,
    index,
    tokens,
    from,
    to,
    cues: mergeCues(
      hits.cues.map((m) => tag(tokens, m)),
      droppedMunitions(tokens, from, to),
    ),
    actors: hits.actors.map((m) => tag(tokens, m)),
    weapons: hits.weapons.map((m) => tag(tokens, m)),
    places: usOnTheDay(gaz.accept(tokens, hits.places), strongestDate(dates)?.value ?? publishedAt, tokens, from),
    dates,
    casualties: findCasualties(tokens, from, to),
  };
}

// Whether a place hosts US forces on the day told. "تعرض رادار في معسكر التاجي لهجوم" in 2025: a site the coalition
// handed over before that day hosts none. "استهدفت مقر إقامته في المنطقة الخضراء": an area's best-known US target is
// not the one hit when another's site is named in it.
const OTHERS_SITE = /^(اقامه|اقامته|منزل|منزله|منزلا|البرلمان|النواب|الوزراء|رياسه|وزاره|الحكومه|محكمه|المحكمه|مستشفي)$/;
const OTHERS_SITE_REACH = 5;
function usOnTheDay(places: PlaceMention[], day: string | null | undefined, tokens: KeyToken[], from: number): PlaceMention[] {
  return places.map((p) => {
    const { us, usUntil, usArea } = p.place;
    const handedOver = !!us && !!usUntil && !!day && day.slice(0, 10) > usUntil;
    const areaHit = !us && !!usArea && !tokens.slice(Math.max(from, p.from - OTHERS_SITE_REACH), p.from).some((t) => t.keys.some((k) => OTHERS_SITE.test(k)));
    return handedOver || areaHit ? { ...p, place: { ...p.place, us: !handedOver } } : p;
  });
}

// Cues found by reading grammar join the lexicon's, in text order.
const mergeCues = (cues: Tagged<CueTag>[], more: Tagged<CueTag>[]) =>
  more.length === 0 ? cues : [...cues, ...more.filter((m) => !cues.some((c) => c.from <= m.from && c.to > m.from))].sort((x, y) => x.from - y.from);

// "واشنطن 25 مارس 2023 (شينخوا) أعلنت …": the dateline's day is when the wire was filed, not when the act was;
// a day the report tells ("صباح أمس") comes first.
const DATELINE_CITY = /^[\s"«]*[^\s،,.:()]+(?:\s+[^\s،,.:()\d]+)?\s*[،,]?\s*$/u;
const DATELINE_AGENCY = /^\s*(?:\(|\/|–|-|—|\|)/;
function isDateline(text: string, span: TextSpan, d: DateMention): boolean {
  return d.precision === 'day' && DATELINE_CITY.test(text.slice(span.start, d.start)) && DATELINE_AGENCY.test(text.slice(d.end, d.end + 3));
}
