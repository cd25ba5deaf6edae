import { KeyToken, foldWord } from '../text/tokens';
import { threatens } from './framing';
import { Segment } from './segment';

// Segments that name an act but tell no incident of this conflict: drills, threats, foiled
// plots and accidents; counts and series of attacks; other wars (Turkey, Russia and the
// Syrian government, ISIS, other theatres).

/** A drill, a threat or hedge, a foiled plot, an accident or a habit: no act happened. */
export function framedAsNonEvent(seg: Segment): boolean {
  return seg.count('exercise') > 0 || threatens(seg.cues) || seg.count('foiled') > 0 || seg.count('non_hostile') > 0 || seg.count('habitual') > 0;
}

// Counted or plural series ("عدة هجمات"، "عشرات الضربات") are aggregates wherever they stand.
const STRONG_AGGREGATE = /^(لعده|عده|عشرات)$/;
const COUNTED_ACT_NUMBER = /^\d{1,3}$/;

/** Counts, series and habits ("هجمات"، "مؤخراً") before any act, or counted attacks ("78 هجوماً"). */
export function isAggregate(seg: Segment): boolean {
  const { tokens, cues, a, b } = seg;
  const firstTrigger = Math.min(...cues.filter((c) => c.value === 'trigger' || c.value === 'strike_agent').map((c) => c.from));
  if (cues.some((c) => c.value === 'aggregate' && (c.from < firstTrigger || STRONG_AGGREGATE.test(tokens[c.from].norm)))) return true;
  for (let k = a; k + 1 < b; k++) {
    const num = tokens[k].keys[tokens[k].keys.length - 1];
    if (COUNTED_ACT_NUMBER.test(num) && tokens[k + 1].keys.some((x) => x.startsWith('هجوم') || x === 'مره' || x === 'مرات')) return true;
  }
  return false;
}

// Words before a force that make it a victim or an affiliation, not the one striking.
const NOT_AGENT_BEFORE = /^(موالين|الموالين|موالية|الموالية|تابعة|التابعة|مواقع|عناصر|جنود|مقاتلي|ضد|على|لصالح|حواجز|حاجز)$/;
const COALITION_WORDS = new Set(['التحالف', 'تحالف', 'العزم', 'المهام', 'الدولي'].map(foldWord));
// "التحالف الدولي لمحاربة تنظيم داعش": how far back the coalition's name may start.
const COALITION_NAME_REACH = 6;

/** Another war: Turkey named, Russian or Syrian-government strikes, ISIS as party. */
export function isOtherConflict(seg: Segment): boolean {
  const { tokens, actors, a } = seg;
  if (seg.has('turkey')) return true;
  // Russian or Syrian-government strikes (on rebels, ISIS) unless the US/Israel is named too.
  const otherStriker = actors.some((x) => x.value === 'russia_regime' && !/^(ل|لل)/.test(tokens[x.from].norm) && !(x.from - 1 >= a && NOT_AGENT_BEFORE.test(tokens[x.from - 1].norm)));
  if (otherStriker && !actors.some((x) => x.value === 'us' || x.value === 'israel' || x.value === 'coalition') && seg.count('us_target') === 0) return true;
  // ISIS as perpetrator or target; "the coalition against ISIS" is only a name.
  return actors.some((x) => x.value === 'isis' && !namedInCoalition(tokens, x.from, a));
}

function namedInCoalition(tokens: KeyToken[], at: number, a: number): boolean {
  for (let k = at - 1; k >= Math.max(a, at - COALITION_NAME_REACH); k--) if (tokens[k].keys.some((y) => COALITION_WORDS.has(y))) return true;
  return false;
}

/** Another theatre (Yemen, Lebanon, Gaza …) and no place of ours named. */
export function inAnotherTheatre(seg: Segment): boolean {
  return seg.has('elsewhere') && !seg.places().some((p) => p.place.kind !== 'country');
}
