import { readNumber } from '../numbers/numbers';
import { KeyToken } from '../text/tokens';
import type { CasualtyMention } from './casualties';

// "قُتل 10 عناصر في مدينة دير الزور، و13 في مدينة الميادين": a toll told place by place, the later figures
// with their verb and noun left out. Each later figure counts what the first counts, at its own place.
const AND_FIGURE = /^و/;
const OTHERS = /^(اخرون|اخرين|اخران|غيرهم)$/;
const IN = 'في';
// How far the elided figure may follow the toll it shares: the first place's name, a clause about it.
const SHARE_REACH = 12;

export function placeShares(tokens: KeyToken[], from: number, to: number, found: readonly CasualtyMention[], startsCount: (t: KeyToken) => boolean): CasualtyMention[] {
  const more: CasualtyMention[] = [];
  for (let i = from; i < to; i++) {
    if (!AND_FIGURE.test(tokens[i].norm)) continue;
    const n = readNumber(tokens, i);
    if (!n) continue;
    let j = n.to;
    if (j < to && OTHERS.test(tokens[j].norm)) j++;
    if (j >= to || tokens[j].norm !== IN) continue;
    const prev = [...found, ...more].filter((m) => m.value !== null && m.end <= tokens[i].start).at(-1);
    if (!prev) continue;
    let k = i - 1;
    while (k >= from && tokens[k].end > prev.end) k--;
    const between = tokens.slice(k + 1, i);
    // The first figure is placed too ("في …"), and nothing between counts anew.
    if (between.length > SHARE_REACH || !between.some((t) => t.norm === IN) || between.some(startsCount)) continue;
    const m: CasualtyMention = { kind: prev.kind, value: n.value, start: tokens[i].start, end: tokens[j - 1].end };
    if (prev.side) m.side = prev.side;
    more.push(m);
  }
  return more;
}
