import { CueTag } from '../lexicons/cues';
import { KeyToken } from '../text/tokens';
import { Tagged } from './sentence-facts';

// How a segment frames its act in time: as a threat or hedge, or as a recollection.

// A threat this close after the act qualifies it ("هجوم محتمل"); farther on it is aftermath.
const QUALIFIER_REACH = 2;

// A future, a warning or a hedge frames the act when it comes first ("توعدت … باستهداف") or
// qualifies it ("هجوم محتمل"); after an act already told, it is aftermath ("… إصابات دماغية
// محتملة"، "… وتوعدت واشنطن بالرد") and does not undo it.
export function threatens(cues: Tagged<CueTag>[]): boolean {
  const acts = cues.filter((c) => c.value === 'trigger' || c.value === 'strike_agent');
  return cues.some((t) => {
    if (t.value !== 'threat') return false;
    const before = acts.filter((c) => c.to <= t.from);
    return before.length === 0 || t.from - before[before.length - 1].to <= QUALIFIER_REACH;
  });
}

// "وكانت القاعدة قد تعرضت …": the pluperfect recalls an earlier incident.
const RECALL_LEAD = /^(وكانت|وكان|كانت|كان|وسبق|سبق)$/;
// "كان … قد": the particle closes the auxiliary within a short clause.
const PLUPERFECT_REACH = 8;
export function isRecall(tokens: KeyToken[], a: number, b: number): boolean {
  // "وفي وقت سابق، …" (earlier) also opens a recollection.
  if (/^و?في$/.test(tokens[a].norm) && tokens[a + 1]?.norm === 'وقت' && tokens[a + 2]?.norm === 'سابق' && a + 2 < b) return true;
  if (!RECALL_LEAD.test(tokens[a].norm)) return false;
  if (/سبق/.test(tokens[a].norm)) return true;
  for (let k = a + 1; k < Math.min(b, a + PLUPERFECT_REACH); k++) if (tokens[k].norm === 'قد') return true;
  return false;
}
