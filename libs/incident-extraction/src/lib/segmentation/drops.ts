import { CueTag } from '../lexicons/cues';
import { KeyToken } from '../text/tokens';
import { Tagged } from './sentence-facts';

// "ألقت طائرة مسيّرة أمس الخميس ذخيرة قرب موقع …"، "بإلقاء قنبلتين على …": munitions dropped are an act, told
// with a verb that otherwise gives speeches and makes arrests ("ألقى كلمة"، "ألقت القبض"). The object may stand a
// few words after the verb (the aircraft, a day between); flares and smoke are not munitions.
const DROP_VERB = /^(القت|القي|القتا|القوا|تلقي|يلقي|يلقوا|يلقون|القاء)$/;
const DROPPED = /^(ذخيره|ذخاير|قنبله|قنبلتين|قنبلتان|قنابل|قذيفه|قذيفتين|قذايف|عبوه|عبوتين|عبوات|متفجرات)$/;
const NOT_MUNITION = /^(ضوييه|مضييه|اناره|للاناره|دخانيه|منشورات)$/;
const DROP_REACH = 6;

/** A trigger for each verb of dropping with a munition as its object, within a few words. */
export function droppedMunitions(tokens: KeyToken[], from: number, to: number): Tagged<CueTag>[] {
  const found: Tagged<CueTag>[] = [];
  for (let k = from; k < to; k++) {
    if (!tokens[k].keys.some((x) => DROP_VERB.test(x))) continue;
    for (let j = k + 1; j < Math.min(to, k + 1 + DROP_REACH); j++) {
      if (!tokens[j].keys.some((x) => DROPPED.test(x))) continue;
      if (!(j + 1 < to && NOT_MUNITION.test(tokens[j + 1].norm))) found.push({ value: 'trigger', from: k, to: k + 1, start: tokens[k].start, end: tokens[k].end });
      break;
    }
  }
  return found;
}
