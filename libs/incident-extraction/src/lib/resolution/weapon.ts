import type { Actor, Weapon } from '@raseed/contracts';
import type { SentenceFacts, Tagged } from '../segmentation/sentence-facts';
import type { Draft } from '../merging/merge-candidates';

// With what: the means of the attack or strike, not weapons named as targets.

export function chooseWeapon(d: Draft, actor: Actor): [Weapon, Tagged<Weapon> | null, SentenceFacts | null] {
  const own: Array<[Tagged<Weapon>, SentenceFacts]> = [];
  const follow: Array<[Tagged<Weapon>, SentenceFacts]> = [];
  for (const c of d.cands) for (const w of c.weapons) if (!notTheMeans(c.sentence, w)) (c.continuation ? follow : own).push([w, c.sentence]);
  // Follow-up sentences only fill a gap: they often describe other things (depots, interceptors).
  const all = own.length ? own : follow;
  if (d.category === 'strike_on_militias') {
    const drone = all.find(([w]) => w.value === 'drone');
    if (drone) return ['drone', drone[0], drone[1]];
    const air = all.find(([w]) => w.value === 'airstrike' || w.value === 'missile');
    if (air) return ['airstrike', air[0], air[1]];
    const art = all.find(([w]) => w.value === 'artillery');
    if (art) return ['artillery', art[0], art[1]];
    return ['airstrike', null, null];
  }
  const missile = all.find(([w]) => w.value === 'missile');
  if (missile) return ['missile', missile[0], missile[1]];
  const first = all.find(([w]) => w.value !== 'airstrike');
  if (!first) return ['unknown', null, null];
  // State launches from Iran are ballistic missiles, not militia rockets.
  if (first[0].value === 'rocket' && actor === 'irgc') return ['missile', first[0], first[1]];
  return [first[0].value, first[0], first[1]];
}

// "مواقع تخزين صواريخ وطائرات مسيرة": weapons named as what was hit, not what hit.
const NOT_MEANS = /(تخزين|مخازن|مخزن|مستودع|مستودعات|تصنيع|لإطلاق|منصات|منصة|ورش)(\s+\S+){0,2}\s*$/;
function notTheMeans(s: SentenceFacts, w: Tagged<Weapon>): boolean {
  const before = s.span.text.slice(Math.max(0, w.start - s.span.start - 30), w.start - s.span.start);
  return NOT_MEANS.test(before);
}

