import { pinsDay } from '../dates/dates';
import { SentenceFacts } from '../segmentation/sentence-facts';
import { Draft } from './merge-candidates';

// An incident told only by blasts heard, sirens or an interception at a site: an attack
// when it has a day of its own or a toll; background when told with nothing else ("وأفاد
// ناشطون بسماع دوي انفجارات من جهة القاعدة"); no attack at all when the article itself puts
// the blasts down to drills, controlled detonations or a fault.

// How far after the blasts the article's explanation may come.
const EXPLANATION_REACH_SENTENCES = 3;

// "بقاء نحو ألفي جندي تحت عنوان المشورة والتدريب": the coalition's mission, not a drill.
const ADVICE = /^(و|ل|ب)?(ال)?(مشوره|استشاره|المشوره|الاستشاره|دعم|اسناد)$/;
const ADVICE_REACH = 2;
const adviseAndTrain = (f: SentenceFacts, at: number) =>
  f.tokens.slice(Math.max(f.from, at - ADVICE_REACH), Math.min(f.to, at + 1 + ADVICE_REACH)).some((t, i, all) => all[i] !== f.tokens[at] && ADVICE.test(t.norm));

export function dropBlastsOnly(drafts: Draft[], facts: SentenceFacts[]): Draft[] {
  // The first sentence that tells an incident: blasts in a headline are the story, not a closing remark.
  const lead = Math.min(...drafts.flatMap((d) => d.cands.filter((c) => !c.continuation).map((c) => c.sentence.index)));
  return drafts.filter((d) => {
    const own = d.cands.filter((c) => !c.continuation);
    if (!own.length || !own.every((c) => c.weakOnly)) return true;
    const at = Math.min(...own.map((c) => c.sentence.index));
    // A drill, a controlled detonation or an electrical fault, told after the blasts or in the headline before them.
    const explained = facts.some(
      (f) =>
        f.index >= at - EXPLANATION_REACH_SENTENCES &&
        f.index <= at + EXPLANATION_REACH_SENTENCES &&
        f.cues.some((c) => (c.value === 'exercise' && !adviseAndTrain(f, c.from)) || c.value === 'non_hostile'),
    );
    const anchored = at === lead || d.cands.some((c) => pinsDay(c.date) || c.casualties.length > 0 || c.weapons.length > 0);
    return !explained && anchored;
  });
}
