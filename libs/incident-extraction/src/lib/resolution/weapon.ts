import type { Actor, Weapon } from '@raseed/contracts';
import { distanceKm } from '../gazetteer/gazetteer';
import type { Candidate } from '../segmentation/candidate';
import { SAME_PLACE_KM } from '../segmentation/places';
import type { SentenceFacts, Tagged } from '../segmentation/sentence-facts';
import type { Draft } from '../merging/merge-candidates';
import { FIRED_FROM_AFAR } from '../lexicons/weapons';

// With what: the means of the attack or strike, not weapons named as targets, nor the means
// of other acts (the attacks a strike answers, another base hit in the same sentence).

export function chooseWeapon(d: Draft, actor: Actor): [Weapon, Tagged<Weapon> | null, SentenceFacts | null] {
  const own: Array<[Tagged<Weapon>, SentenceFacts]> = [];
  const follow: Array<[Tagged<Weapon>, SentenceFacts]> = [];
  for (const c of d.cands) for (const w of weaponsOfItsPlace(c)) if (!notTheMeans(c.sentence, w)) (c.continuation ? follow : own).push([w, c.sentence]);
  // Follow-up sentences only fill a gap: they often describe other things (depots, interceptors).
  const all = own.length ? own : follow.length ? follow : elidedMeans(d);
  if (d.category === 'strike_on_militias') {
    const drone = all.find(([w]) => w.value === 'drone');
    if (drone) return ['drone', drone[0], drone[1]];
    const air = all.find(([w]) => w.value === 'airstrike' || w.value === 'missile');
    if (air) return ['airstrike', air[0], air[1]];
    const art = all.find(([w]) => w.value === 'artillery');
    if (art) return ['artillery', art[0], art[1]];
    return ['airstrike', null, null];
  }
  // "قذائف أطلقتها طائرات مسيرة": a drone carrying the munition is the weapon.
  const carrier = all.find(([w, s]) => w.value === 'drone' && all.some(([x, t]) => t === s && x.value !== 'drone' && carries(s, x, w)));
  if (carrier) return ['drone', carrier[0], carrier[1]];
  const missile = all.find(([w]) => w.value === 'missile');
  if (missile) return ['missile', missile[0], missile[1]];
  // ("تعرضت لإطلاق نار وقذائف من الضفة المقابلة": gunfire beside munitions fired from afar accompanied them; the
  // heavier means is the attack's.)
  const first = all.find(([w]) => w.value !== 'airstrike' && !(w.value === 'small_arms' && all.some(([x]) => FIRED_FROM_AFAR.has(x.value))));
  if (!first) return ['unknown', null, null];
  // State launches from Iran are ballistic missiles, not militia rockets.
  if (first[0].value === 'rocket' && actor === 'irgc') return ['missile', first[0], first[1]];
  return [first[0].value, first[0], first[1]];
}

// "مواقع تخزين صواريخ وطائرات مسيرة": weapons named as what was hit, not what hit; "دمرت الغارة مسيرات": what was destroyed.
// (Accusative too: "قصفت مستودعاً للطائرات المسيرة".)
// ("تعرضت لإطلاق نار وقذائف": gunfire, not what launches.)
const NOT_MEANS = /(تخزين|مخازن|مخزنا?|مستودعا?|مستودعات|تصنيع|لإطلاق(?!\s+نار)|منصات|منصة|منصتي|ورشا?|دمرت|تدمير|دمر)(\s+\S+){0,2}\s*$/;
// "المجموعات المسؤولة عن هجمات بالمسيرات", "الفصائل التي تشن هجمات بالصواريخ": the means of the acts
// a group is blamed for, not of this one. ("أعلنت المقاومة مسؤوليتها عن هجوم بطائرة مسيرة" claims this one.)
const BLAMED_FOR =
  /(مسؤول(?!يته|يتها|يتهم|يتهما)\S*|متورط\S*|تورط\S*|وقوف\S*|تقف|يقف|اتهام\S*|تتهم\S*|يتهم\S*|(التي|الذي|الذين) (تشن|يشن|تنفذ|ينفذون|شنت|نفذت))\s+(عن\s+|في\s+|وراء\s+|ب)?(\S+\s+){0,2}\S*$/;
// "منشآت تستخدمها الكتائب في أنشطة الطائرات المسيرة"، "مواقع مرتبطة بهجمات الصواريخ": what a site hit serves.
const SITE_SERVES = /([تي]ستخدم(ها|ه)|المستخدم[ةه]|لتنسيق|(ال)?مرتبط\S*)\s+(\S+\s+){0,4}\S*$/;
// "اتهام طهران بالوقوف وراء الهجوم الصاروخي الذي استهدف السفارة": the one attack, with the article, is
// this one, blamed on someone; its means are this incident's.
const THE_ACT_NOUNS = 'الهجوم|القصف|الاستهداف|الضربه|الضربة|الغاره|الغارة|الاعتداء';
const THE_ACT = new RegExp(`(^|\\s)(وراء\\s+|عن\\s+)?(${THE_ACT_NOUNS})(\\s|$)`);
// ("ودمّر قطعتي مدفعية": the patterns are written bare; the text may carry diacritics and tatweel.)
const MARKS = /[\u064B-\u0652\u0670\u0640]/g;
const before = (s: SentenceFacts, at: number, chars: number) => s.span.text.slice(Math.max(0, at - chars), at).replace(MARKS, '');
function notTheMeans(s: SentenceFacts, w: Tagged<Weapon>): boolean {
  const at = w.start - s.span.start;
  if (NOT_MEANS.test(before(s, at, 30)) || SITE_SERVES.test(before(s, at, 50))) return true;
  const text = before(s, at, 45);
  const blamed = BLAMED_FOR.exec(text);
  // ("الضربة، التي نُفّذت بطائرة مسيّرة": the act itself is what was carried out so.)
  return !!blamed && !THE_ACT.test(blamed[0]) && !ACT_BEFORE_RELATIVE.test(text.slice(0, blamed.index));
}
const ACT_BEFORE_RELATIVE = new RegExp(`(^|[\\s"«“(])(${THE_ACT_NOUNS}|العمليه|العملية)[\\s،,]*$`);

// "وشنت إيران هجمات صاروخية على قاعدة عين الأسد، كما استهدفت قاعدة أخرى في أربيل": a second target
// told with "كما" shares the means named before it in the sentence; so does a report whose subject
// points back to them ("أطلقت ثلاثة صواريخ، سقط اثنان منها في حقل العمر").
const ALSO = /^و?(كما|كذلك|ايضا)$/;
const POINTS_BACK = /^(منها|منهما|احداها|احدها|احدهما|احداهما|بعضها|الثالث|الثالثه|الثانيه|الاخري|الباقي)$/;
const POINTS_BACK_REACH = 4;
function refersBack(c: Candidate): boolean {
  const toks = c.sentence.tokens;
  if (ALSO.test(toks[c.from].norm)) return true;
  for (let k = c.from; k < Math.min(c.to, c.from + POINTS_BACK_REACH); k++) if (POINTS_BACK.test(toks[k].norm)) return true;
  return false;
}
function elidedMeans(d: Draft): Array<[Tagged<Weapon>, SentenceFacts]> {
  for (const c of d.cands) {
    if (c.continuation || !refersBack(c)) continue;
    const before = c.sentence.weapons.filter((w) => w.from < c.from && !notTheMeans(c.sentence, w));
    if (before.length) return before.map((w) => [w, c.sentence]);
  }
  return [];
}

// Words between a munition and the aircraft that launched it ("أطلقتها", "ألقتها", "من", "بواسطة").
const CARRIED_BY = /^\s*(\S+\s+){0,1}(اطلق\S*|أطلق\S*|ألق\S*|القت\S*|القا\S*|من|بواسطة|عبر|تحمل\S*|محمول\S*)\s+(\S+\s+){0,1}$/;
function carries(s: SentenceFacts, munition: Tagged<Weapon>, drone: Tagged<Weapon>): boolean {
  if (drone.start <= munition.end || drone.start - munition.end > 40) return false;
  return CARRIED_BY.test(s.span.text.slice(munition.end - s.span.start, drone.start - s.span.start) + ' ');
}

/**
 * The segment's weapons that belong to this report's place: when the segment also names another
 * site of the same kind farther than SAME_PLACE_KM ("قذائف سقطت قرب قاعدة تل بيدر … مسيرة هاجمت
 * قاعدة حرير"), weapons and sites pair in the order told, else each weapon goes to the nearer name.
 */
function weaponsOfItsPlace(c: Candidate): Array<Tagged<Weapon>> {
  const own = c.place;
  // Strikes: "غارة بطائرة مسيرة" is one act told with two words.
  if (!own || c.continuation || c.category !== 'attack_on_us_forces' || new Set(c.weapons.map((w) => w.value)).size < 2) return c.weapons;
  const rivals = c.sentence.places.filter(
    (p) =>
      p.from >= c.from &&
      p.from < c.to &&
      p.place.kind !== 'country' &&
      p.place.us === own.place.us &&
      p.place.id !== own.place.id &&
      !own.place.ancestors.includes(p.place.id) &&
      !p.place.ancestors.includes(own.place.id) &&
      distanceKm(p.place, own.place) > SAME_PLACE_KM,
  );
  if (!rivals.length) return c.weapons;
  // One weapon per site, told in the same order ("قاعدة عين الأسد بالصواريخ وقاعدة حرير بالمسيرات"): pair them by rank.
  const kinds = [...new Set(c.weapons.map((w) => w.value))];
  const sites = [own, ...rivals].sort((x, y) => x.from - y.from);
  if (kinds.length === sites.length) return c.weapons.filter((w) => w.value === kinds[sites.indexOf(own)]);
  const mine = c.weapons.filter((w) => rivals.every((p) => Math.abs(p.from - w.from) >= Math.abs(own.from - w.from)));
  return mine.length ? mine : c.weapons;
}

// "دوّى انفجار داخل قاعدة حرير … / وقال مصدر إن طائرة مسيّرة مفخخة حاولت الوصول إلى القاعدة": an attack told
// without its means takes the one named, in the next sentences, with its site (by name or by its kind).
const NEXT_SENTENCES = 2;
const SITE_BY_KIND = /^(و|ف)?(ب|ل|الي)?(ال|لل)(قاعده|معسكر|مطار|حقل|سفاره|منشاه|مجمع)$/;
const FIRED_MEANS = new Set<Weapon>([...FIRED_FROM_AFAR, 'ied']);
export function meansToldNext(d: Draft, facts: SentenceFacts[]): [Weapon, SentenceFacts] | null {
  const own = d.cands.filter((c) => !c.continuation);
  const at = Math.min(...(own.length ? own : d.cands).map((c) => c.sentence.index));
  // (In the last report's own sentence, only after it: "…، فيما أكدت مصادر أن طائرات مسيّرة حاولت استهداف القاعدة".)
  const after = Math.max(...d.cands.filter((c) => c.sentence.index === at).map((c) => c.to));
  for (const s of facts) {
    if (s.index < at || s.index > at + NEXT_SENTENCES) continue;
    const from = s.index === at ? after : s.from;
    const site = s.places.some((p) => p.from >= from && p.place.id === d.place?.place.id) || s.tokens.slice(from, s.to).some((t) => SITE_BY_KIND.test(t.norm));
    const w = site ? s.weapons.find((x) => x.from >= from && FIRED_MEANS.has(x.value) && !notTheMeans(s, x)) : undefined;
    if (w) return [w.value, s];
  }
  return null;
}
