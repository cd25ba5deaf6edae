import { DATE_STRENGTH, DateMention, strongestDate } from '../dates/dates';
import { WEEKDAYS } from '../dates/date-words';
import type { Candidate } from '../segmentation/candidate';
import { DESPITE_WORD } from '../segmentation/segments';
import type { SentenceFacts } from '../segmentation/sentence-facts';
import { KeyToken } from '../text/tokens';

// "سقطت ثلاث قذائف مساء اليوم على قاعدة بلد، وهي القاعدة التي تسلمتها القوات العراقية بتاريخ
// 10-11-2019": a segment may carry the date of another event in a clause of its own (a relative
// clause, an appositive). A date in an aside that tells no act, or that names another incident's
// place, is not the act's; an act told in a relative clause of its own is dated there.

// Clauses open at punctuation, a relative pronoun or an appositive "وهو/وهي", and at "رغم" (DESPITE_WORD): "يأتي
// الهجوم رغم هدنة أعلنتها الفصائل في تشرين الأول": what the act came despite is another matter, with its own time.
const CLAUSE_BREAK = /[،,;؛:\n]/;
const DAY_PART = /^(يوم|فجر|صباح|ظهر|عصر|مساء|ليل|ليله|منتصف|الماضي|الفايت)$/;
const RELATIVE = /^(الذي|التي|اللذين|اللتين|اللذان|اللتان|الذين|اللواتي|اللاتي|وهو|وهي|حيث)$/;
// "الهجوم … الذي وقع في 8 كانون الثاني": a relative clause telling when the act just named took place.
// ("الغارات التي شنتها طائرات أمريكية فجر السبت": the verb with its object pronoun.)
const OCCURRED = /^(وقع|وقعت|حدث|حدثت|جري|جرت|نفذ|نفذت|شن|شنت)(ه|ها|هما|هم)?$/;

interface Clause {
  start: number;
  end: number;
  relative: boolean;
  act: boolean;
  /** Opened by "رغم": what the act came despite. */
  despite: boolean;
}

function clausesOf(c: Candidate, tokens: KeyToken[]): Clause[] {
  const span = c.sentence.span;
  const between = (k: number) => span.text.slice(tokens[k - 1].end - span.start, tokens[k].start - span.start);
  const acts = c.sentence.cues.filter((q) => q.value === 'trigger' || q.value === 'strike_agent');
  const out: Clause[] = [];
  let a = c.from;
  // "الاعتداء الذي نفذته طائرتان، أول من أمس الأحد، على عجلتين": a date set off by commas belongs to the act told before it.
  // (Its weekday or part of the day may stand outside the mention: "أول من أمس الأحد"، "مساء أمس".)
  const inDate = (k: number) => c.sentence.dates.some((d) => d.start <= tokens[k].start && d.end >= tokens[k].end) || tokens[k].keys.some((x) => WEEKDAYS.has(x) || DAY_PART.test(x));
  const dateOnly = (b: number) => c.sentence.dates.some((d) => d.start >= tokens[a].start && d.end <= tokens[b - 1].end) && tokens.slice(a, b).every((_, i) => inDate(a + i));
  const close = (b: number) => {
    // (Only after a clause telling the act: "قالت مصادر …، الثلاثاء، إن القصف …" dates the saying.)
    if (out.length && out[out.length - 1].act && !RELATIVE.test(tokens[a].norm) && dateOnly(b)) {
      out[out.length - 1].end = tokens[b - 1].end;
      a = b;
      return;
    }
    out.push({
      start: tokens[a].start,
      end: tokens[b - 1].end,
      relative: RELATIVE.test(tokens[a].norm),
      despite: DESPITE_WORD.test(tokens[a].norm),
      act: acts.some((q) => q.from >= a && q.from < b) || (RELATIVE.test(tokens[a].norm) && a + 1 < b && OCCURRED.test(tokens[a + 1].norm)),
    });
    a = b;
  };
  for (let k = c.from + 1; k < c.to; k++) {
    if (CLAUSE_BREAK.test(between(k)) || RELATIVE.test(tokens[k].norm) || DESPITE_WORD.test(tokens[k].norm)) close(k);
  }
  close(c.to);
  return out;
}

/** Re-chooses the date of each placed candidate whose segment holds dates that disagree. */
export function clauseDates(s: SentenceFacts, mine: Candidate[], tokens: KeyToken[]): void {
  for (const c of mine) {
    if (c.continuation || !c.date) continue;
    const all = s.dates.filter((d) => d.start >= tokens[c.from].start && d.start < tokens[c.to - 1].end);
    const clauses = clausesOf(c, tokens);
    const clauseOf = (offset: number) => clauses.find((q) => offset >= q.start && offset <= q.end);
    // A time told inside what the act came despite (no act of its own there) is that matter's, never the act's.
    const despiteOnly = (d: DateMention) => {
      const q = clauseOf(d.start);
      return !!q && q.despite && !q.act;
    };
    const within = all.filter((d) => !despiteOnly(d));
    if (within.length < all.length && despiteOnly(c.date)) c.date = strongestDate(within);
    if (!c.date) continue;
    const here = c.place ? clauseOf(c.place.start) : undefined;
    const inClause = (q: Clause | undefined) => (d: DateMention) => clauseOf(d.start) === q;
    const otherPlaces = mine.filter((o) => o !== c && o.place && o.place.place.id !== c.place?.place.id).map((o) => o.place!.start);
    const aside = (q: Clause | undefined) => !!q && q !== here && q.relative && (!q.act || otherPlaces.some((p) => p >= q.start && p <= q.end));
    // ("بعد خمسة أشهر من الهدوء الذي أعقب إعلان الكتائب تعليق عملياتها مطلع فبراير، عادت الصواريخ لتتساقط على
    // القاعدة": a time told only in an aside that tells no act is that matter's; the act has none of its own here.)
    // (Not a relative clause on the act itself: "الغارة الإسرائيلية التي قتلت ضابطين فجر أمس السبت، استهدفت …".)
    const onAnAct = (q: Clause) => clauses[clauses.indexOf(q) - 1]?.act ?? false;
    if (here && within.length && within.every((d) => aside(clauseOf(d.start)) && !clauseOf(d.start)!.act && !onAnAct(clauseOf(d.start)!))) {
      c.date = null;
      continue;
    }
    if (new Set(within.map((d) => d.value)).size < 2) continue;
    // An act told in a clause of its own, relative or not ("القائد الذي اغتيل … خلال كانون الثاني 2020"،
    // "…، وقصفا آخر فجر الأحد على قاعدة عين الأسد"), is dated there; any other by the firmest date outside the asides.
    // A second object with no verb or date of its own ("التي استهدفت مساء أمس الأحد مقرات في القائم، وموقعاً آخر قرب
    // البوكمال") shares the act of the clause before it, and its day.
    const actBefore = here && !here.act && !within.some(inClause(here)) ? clauses.filter((q) => q.act && q.end <= here.start).at(-1) : undefined;
    // ("…، وأخريين فوق المنطقة الدبلوماسية في مطار بغداد الاثنين": a clause that is no relative one tells its place's
    // day with a firm one, act or not.)
    const ownClauseDay = (d: DateMention) => !!here && inClause(here)(d) && (here.relative ? here.act : d.strength >= DATE_STRENGTH.weekday);
    const own = strongestDate(within.filter(ownClauseDay)) || (actBefore && strongestDate(within.filter(inClause(actBefore)))) || strongestDate(within.filter((d) => !aside(clauseOf(d.start))));
    if (own) c.date = own;
  }
}
