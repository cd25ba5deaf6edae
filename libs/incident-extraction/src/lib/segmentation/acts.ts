import { launchesNothing } from './agents';
import { Segment } from './segment';

// Whether a segment tells an act at all: attack and strike words, launches, and weak
// evidence (an explosion, sirens, a shoot-down) that counts only at a US or militia site.

export interface ActReading {
  /** Act words in the segment (0: no act of its own). */
  trigger: number;
  /** 1 when the act is only an explosion, sirens or a shoot-down at a site that makes it one. */
  blast: number;
}

const FIRED = /^(و?ا?طلق|انطلق|اطلاق)/;

export function readAct(seg: Segment): ActReading {
  const { tokens, cues, weapons } = seg;
  const fired = cues.filter((c) => c.value === 'launch' && FIRED.test(tokens[c.from].norm)).length;
  // An explosion with a bomb named is an attack ("انفجار عبوة ناسفة بدورية أمريكية").
  // So is an explosion, a shoot-down or sirens at a US site or a militia site hit by a named weapon
  // ("انفجرت مسيرة قرب قاعدة حرير", "دوت صفارات الإنذار في السفارة الأمريكية").
  const usSite = seg.count('us_target') > 0 || seg.places().some((p) => p.place.us);
  const militiaSite = seg.count('militia_target') > 0 && (weapons.length > 0 || seg.s.cues.some((c) => c.value === 'strike_agent' || c.value === 'air_agent'));
  const blast = seg.count('weak_trigger') > 0 && (weapons.some((w) => w.value === 'ied') || usSite || militiaSite) ? 1 : 0;
  const launched = fired === 0 && firesWeapon(seg) ? 1 : 0;
  // ("وأطلقت قسد حملة تمشيط بمشاركة القوات الأمريكية": a launch of a campaign, a warning or a name is no act.)
  const triggers = cues.filter((c) => c.value === 'trigger' && !launchesNothing(tokens, c.from, seg.b) && !onlyAfterIt(seg, c.from, c.to)).length;
  const onSite = fired + launched === 0 && triggers === 0 && firedOnUsSite(seg) ? 1 : 0;
  return { trigger: triggers + seg.count('strike_agent') + fired + launched + blast + onSite + (singledOut(seg) ? 1 : 0) + (dropsBombs(seg) ? 1 : 0), blast };
}

// "• 8 كانون الأول 2023: دفعتان من صواريخ الكاتيوشا فجراً على مجمع السفارة ومحيط قاعدة يونيون 3": a timeline's
// bullet or a headline tells the act with no verb: weapons "on" a US site.
const ON = /^(علي|باتجاه|نحو)$/;
const WEAPON_TO_ON_REACH = 4;
const ON_TO_SITE_REACH = 5;
const AIM_OF = /^ل(اطلاق|شن|استهداف|قصف|ضرب|مهاجمه)$/;
function firedOnUsSite(seg: Segment): boolean {
  const { tokens, b, weapons } = seg;
  // (Not weapons told as an aim: "منصات لإطلاق الصواريخ نحو قاعدة التحالف".)
  if (seg.count('launch') > 0 || tokens.slice(seg.a, b).some((t) => AIM_OF.test(t.norm))) return false;
  const sites = [
    ...seg
      .places()
      .filter((p) => p.place.us)
      .map((p) => p.from),
    ...seg.cues.filter((c) => c.value === 'us_target').map((c) => c.from),
  ];
  for (const w of weapons) {
    if (w.value === 'airstrike') continue;
    for (let k = w.to; k < Math.min(b, w.to + WEAPON_TO_ON_REACH); k++) if (ON.test(tokens[k].norm)) return sites.some((f) => f > k && f - k <= ON_TO_SITE_REACH);
  }
  return false;
}

// "بعد إطلاق خمسة صواريخ منها باتجاه قاعدة"، "أطلق مسلحون قذائف": a weapon fired, the count or the firer between.
const FIRED_WEAPON_REACH = 3;
function firesWeapon(seg: Segment): boolean {
  const { tokens, a, b, weapons } = seg;
  for (let k = a; k < b; k++) if (FIRED.test(tokens[k].norm) && weapons.some((w) => w.from > k && w.from - k <= FIRED_WEAPON_REACH && w.value !== 'airstrike')) return true;
  return false;
}

// "قامتا بإلقاء سبع قنابل موجهة على الموقع"، "ألقت الطائرات حمولتها": bombs dropped are a strike; the
// verb alone is not ("ألقت القبض"، "ألقى كلمة").
const DROP = /^و?(ب|ف)?(القت|القي|القتا|القوا|القاء|يلقي|تلقي)$/;
// ("طائرة مسيّرة مجهولة تُلقي مقذوفات على القاعدة": projectiles dropped too.)
const BOMBS =
  /^(ب)?(ال)?(قنابل|قنبله|قنبلتين|قنبلتان|قنابلها|قنبلتها|براميل|حمولتها|حمولتهما|حمولاتها|مقذوفات|مقذوفا|مقذوف|مقذوفين|مقذوفان|قذايف|قذيفه|قذيفتين|قذيفتان|عبوه|عبوتين|عبوتان|عبوات|متفجرات)$/;
const DROP_REACH = 4;
function dropsBombs(seg: Segment): boolean {
  const { tokens, a, b } = seg;
  for (let k = a; k < b; k++) {
    if (!DROP.test(tokens[k].norm)) continue;
    for (let j = k + 1; j < Math.min(b, k + 1 + DROP_REACH); j++) if (BOMBS.test(tokens[j].norm)) return true;
  }
  return false;
}

// "هجمات عدة …، آخرها على قاعدة التنف": the latest of a series told just before is an act, its noun left out.
const LATEST = /^و?(اخرها|احدثها)$/;
function singledOut(seg: Segment): boolean {
  for (let k = seg.a; k < Math.min(seg.b, seg.a + 3); k++) if (LATEST.test(seg.tokens[k].norm)) return true;
  return false;
}

// "فيما حلّقت طائرات حربية أمريكية في سماء المنطقة عقب الهجوم": the act named last, bare, after "after", is the one
// told before; it only dates what the segment tells.
const AFTER = /^و?(عقب|بعد|اثر|بعيد)$/;
const DEFINITE = /^(ال|لل)/;
const onlyAfterIt = (seg: Segment, from: number, to: number) => to === seg.b && from > seg.a && AFTER.test(seg.tokens[from - 1].norm) && DEFINITE.test(seg.tokens[from].norm);
