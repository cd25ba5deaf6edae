import type { Place } from '@raseed/contracts';
import { PhraseMatch, PhraseMatcher } from '../text/phrase-matcher';
import { KeyToken, foldWord, patternKey, wordBefore } from '../text/tokens';
import { bundledPlaces } from './bundled-places';
import { distanceKm } from './distance';
import { PlaceKind, PlaceRow } from './places.data';
import { spellingVariants } from './variants';

export { distanceKm };

// Gazetteer loader: indexes the rows by id, resolves the hierarchy, compiles every Arabic
// spelling (and its derived variants) into one phrase matcher, and decides which raw name
// matches are places: the name's licence (a place noun before an ordinary word, a town
// named near a generic quarter, a border word before a country adjective), outlets that
// share a town's name, and which of several places one name denotes (by the places named
// near it).

export interface GazetteerPlace extends PlaceRow {
  /** Ids of enclosing places, nearest first, country last. */
  ancestors: string[];
  /** English name of the governorate (admin1), null for countries. */
  admin1: string | null;
  /** Ancestor depth: 0 for countries; larger is more specific. */
  depth: number;
}

export interface PlaceMention {
  place: GazetteerPlace;
  /** Token span of the name. */
  from: number;
  to: number;
  /** Character offsets in the text. */
  start: number;
  end: number;
  /** Other places the same name can denote (homonyms), when it was ambiguous. */
  alternatives?: GazetteerPlace[];
  /** A governorate told as its seat city ("مدينة دير الزور"، "دير الزور والبوكمال"): it holds no other town named. */
  asCity?: boolean;
}

/** What the caller knows beyond the sentence, to choose among places sharing a name. */
export interface PlaceContext {
  /** Places named elsewhere in the article (headline, earlier sentences). */
  places?: GazetteerPlace[];
  /** Do not scan the rest of `tokens` for places when the sentence leaves a name ambiguous. */
  sentenceOnly?: boolean;
}

/**
 * How a spelling may be read as a place: anywhere (`free`); after a place noun or a
 * locative preposition (`cue`); only right after a place noun, because it is an ordinary
 * word (`noun`); only when its town is named nearby (`local`); a country adjective after a
 * border word (`adjective`).
 */
export type NameLicence = 'free' | 'cue' | 'noun' | 'local' | 'adjective';

interface Spelling {
  place: GazetteerPlace;
  /** Word keys as the trie stores them (article stripped). */
  keys: string[];
  /** Per word: the spelling carries the article, so the text must too ("الرقة" is not "فرقة"). */
  article: boolean[];
  licence: NameLicence;
  sig: string;
}

// Place nouns that license a name which is also an ordinary word (القائم، حديثة …).
const PLACE_NOUNS = new Set(
  [
    'منطقة',
    'منطقتي',
    'مدينة',
    'مدينتي',
    'بلدة',
    'بلدتي',
    'قرية',
    'قضاء',
    'ناحية',
    'حي',
    'قاعدة',
    'قاعدتي',
    'مطار',
    'حقل',
    'محافظة',
    'محافظتي',
    'العاصمة',
    'معسكر',
    'مخيم',
    'أطراف',
    'ريف',
    'بادية',
    'قرب',
    'محيط',
    'معبر',
    'منفذ',
    'قاطع',
    'عمليات',
    'طريق',
  ].map(patternKey),
);
// Nouns that name a settlement: the only licence for names that are ordinary words ("مدينة الباب").
// Not "منطقة", "حي" or "ريف": "منطقة القصر الجمهوري", "حي الكرامة", "ريف المدينة" are no towns.
const SETTLEMENT_NOUNS = new Set(['مدينة', 'مدينتي', 'بلدة', 'بلدتي', 'بلدات', 'قرية', 'قريتي', 'قرى', 'قضاء', 'ناحية', 'مخيم'].map(patternKey));
// Nouns after which a name may drop its article ("مخيم ركبان", "مطار شعيرات").
const SITE_NOUNS = new Set([...SETTLEMENT_NOUNS, ...['قاعدة', 'مطار', 'حقل', 'معبر', 'منفذ', 'معسكر', 'منطقة'].map(patternKey)]);

// Prepositions that also license an ambiguous name ("في القائم", "قرب حديثة").
// ("… في سبعة مواقع، بينها القائم وعكاشات": "among them" lists the places just counted.)
const CUE_PREPOSITIONS = new Set(['في', 'قرب', 'بالقرب', 'داخل', 'بين', 'غرب', 'شرق', 'شمال', 'جنوب', 'غربي', 'شرقي', 'شمالي', 'جنوبي', 'بينها', 'ابرزها'].map(patternKey));

// "بالقرب من القائم"، "على مقربة من القائم"، "على بعد 10 كم من القائم": "from" after a word of nearness or distance.
const FROM = patternKey('من');
const NEAR_FROM = new Set(['بالقرب', 'القرب', 'مقربة', 'قريبا', 'قريب', 'القريب', 'القريبة', 'كم', 'كلم', 'كيلومتر', 'كيلومترات', 'كيلومترا', 'كيلومترين'].map(patternKey));

// "قصف أمريكي على القائم"، "غارات على حديثة": "on" after an act names where it fell.
const ON = new Set(['على', 'علي'].map(patternKey));
const ACT_NOUNS = new Set(['قصف', 'قصفا', 'غارة', 'غارات', 'هجوم', 'هجوما', 'هجمات', 'ضربة', 'ضربات', 'عدوان', 'اعتداء', 'هجمة'].map(patternKey));
const ACT_REACH = 3;
function actBefore(tokens: KeyToken[], on: number): boolean {
  for (let k = on - 1; k >= Math.max(0, on - ACT_REACH); k--) if (tokens[k].keys.some((x) => ACT_NOUNS.has(x))) return true;
  return false;
}

// Words before a country adjective that make it the country's territory ("الحدود الأردنية").
const TERRITORY = new Set(['حدود', 'الحدودي', 'الحدودية', 'أراضي', 'الجانب', 'المثلث', 'الشريط', 'البادية', 'الصحراء', 'أجواء', 'العمق', 'المياه', 'التراب'].map(patternKey));

// Words before a name that make it a media outlet ("مراسل الميادين", "مصدر للميادين").
const SITE_WORD = patternKey('موقع');
const SITE_KINDS = new Set<PlaceKind>(['base', 'facility', 'oilfield', 'airport', 'camp', 'dam', 'crossing']);
const MEDIA_PREV = new Set(['قناة', 'مراسل', 'مراسلة', 'شبكة', 'صحيفة', 'وكالة', 'تلفزيون', 'إذاعة', 'راديو', 'لقناة', 'لشبكة', 'لوكالة', 'موقع', 'توقيت', 'بتوقيت', 'بأعمال'].map(patternKey));
const SOURCE_PREV = new Set(['مصدر', 'مصادر', 'قال', 'وقال', 'أفاد', 'وأفاد'].map(patternKey));
// Outlets that share a town's name ("الميادين" is Al Mayadeen TV after "مصادر"، "ذكرت"، "بحسب").
const OUTLET_NAMES = new Set(['الميادين'].map(patternKey));
const REPORTING = new Set(
  [
    'مصدر',
    'مصادر',
    'ذكرت',
    'ذكر',
    'قالت',
    'قال',
    'أفادت',
    'أفاد',
    'نقلت',
    'نقل',
    'أوردت',
    'أورد',
    'نشرت',
    'بثت',
    'كشفت',
    'أكدت',
    'أشارت',
    'بحسب',
    'حسب',
    'وفق',
    'وفقا',
    'لـ',
    'ل',
    'عن',
    'تقرير',
    'تقارير',
    'مراسلي',
    'مراسلو',
  ].map(patternKey),
);
// "وقال المسؤول لـ(بغداد اليوم)"، "صرح مصدر لبغداد اليوم": a name told to after a speech verb is the outlet
// (or government) spoken to, never where anything happened.
const SPEECH = /^(قال|قالت|افاد|افادت|صرح|صرحت|اكد|اكدت|ذكر|ذكرت|اوضح|اوضحت|كشف|كشفت|اضاف|اضافت|تحدث|تحدثت)$/;
const SPEECH_REACH = 6;
const SOURCE_WORD = /^(مصدر|مصادر)$/;
function toldTo(tokens: KeyToken[], at: number, before: KeyToken | null): boolean {
  const t = tokens[at];
  const detached = !!before && before.norm === 'ل';
  const attached = t.norm.startsWith('ل') && !t.norm.startsWith('لل') && t.keys.some((k) => k !== t.norm && !k.startsWith('ل'));
  if (!detached && !attached) return false;
  // A detached "لـ" marks a quoted name: the speaker may stand a relative clause away.
  return wordBefore(tokens, at, 0, detached ? 2 * SPEECH_REACH : SPEECH_REACH, SPEECH);
}

// Words after a name that make it an outlet ("دير الزور 24", "كوردستان 24", "السومرية نيوز").
const OUTLET_SUFFIX = new Set(['24', 'نيوز', 'نت', 'بوست', 'برس', 'الإخبارية', 'الفضائية', 'تي', 'fm', 'tv'].map(foldWord));

// Site nouns in the dual, construct state ("مطاري"، "قاعدتي"), and their singular.
const DUAL_SITE: Record<string, string> = { مطاري: 'مطار', مطارا: 'مطار', قاعدتي: 'قاعدة', قاعدتا: 'قاعدة', معسكري: 'معسكر', معسكرا: 'معسكر', حقلي: 'حقل', حقلا: 'حقل' };
const DUAL_NAME_TOKENS = 3;
// Words before a capital that make it a location rather than its government.
const LOCATIVE = new Set(
  [
    'في',
    'قرب',
    'بالقرب',
    'من',
    'الى',
    'إلى',
    'على',
    'شرق',
    'غرب',
    'جنوب',
    'شمال',
    'شرقي',
    'غربي',
    'جنوبي',
    'شمالي',
    'وسط',
    'محيط',
    'ريف',
    'مشارف',
    'أطراف',
    'ضواحي',
    'داخل',
    'حول',
    'العاصمة',
    'مدينة',
    'محافظة',
    // "أهداف في منطقة دمشق ومحيطها": an area named after the capital is the place, not its government.
    'منطقة',
    'مناطق',
    'سماء',
    'أجواء',
    'جنوبها',
    'شرقها',
  ].map(patternKey),
);

// Default reading of a name shared by several places when nothing nearby decides: the
// hand-curated row, the preferred one, then the larger kind of place, then population.
const KIND_WEIGHT: Record<PlaceKind, number> = {
  country: 9,
  governorate: 8,
  city: 7,
  town: 6,
  district: 5,
  base: 5,
  airport: 5,
  oilfield: 5,
  facility: 5,
  crossing: 5,
  camp: 5,
  dam: 5,
  neighbourhood: 3,
  village: 2,
  region: 1,
};
// Context weights: a place named in the same sentence (right beside the name: twice), one
// the caller passes, one named elsewhere in the article.
const NEAR_TOKENS = 4;
// "حي الجمعيات في مدينة البوكمال": at most a preposition and a place noun between a quarter and its town.
const OWNER_GAP = 2;
const OWNER_LEAD = /^(في|ب(مدينه|بلده|قضاء|ناحيه|قريه))$/;
const W_SENTENCE = 1;
const W_BESIDE = 2;
const W_CALLER = 1;
const W_ARTICLE = 0.5;
const NEARBY_KM = 40;
// The place noun before a name says which kind of place it is ("محافظة الديوانية" is the governorate).
const W_NOUN = 5;
const NOUN_KINDS = new Map<string, PlaceKind[]>(
  [
    ['محافظة', ['governorate']],
    ['مدينة', ['city', 'town']],
    ['بلدة', ['town', 'village']],
    ['قرية', ['village', 'town']],
    ['حي', ['neighbourhood', 'district']],
    ['ناحية', ['town', 'district']],
    ['قضاء', ['town', 'district', 'city']],
    ['قاعدة', ['base', 'airport', 'camp', 'oilfield']],
    ['مطار', ['airport', 'base']],
    ['حقل', ['oilfield']],
    ['معسكر', ['camp', 'base']],
    ['مخيم', ['camp', 'town', 'village']],
    ['سد', ['dam']],
    ['ريف', ['city', 'town', 'governorate']],
  ].map(([k, v]) => [patternKey(k as string), v as PlaceKind[]]),
);

// A country named after these is where fire came from or flew over ("من الأجواء اللبنانية"), not what a sentence is about.
const VIA_BEFORE = /^(ال)?(اجواء|الاجواء|سماء|فوق|عبر)$/;

interface ContextPlace {
  place: GazetteerPlace;
  weight: number;
  /** Where the sentence names it (not for the caller's or the article's places). */
  at?: number;
}

// One accept() call: the text, its raw matches, the caller's context and, computed once when
// first needed, the places the sentence names (each match's licensed readings).
interface Scope {
  tokens: KeyToken[];
  matches: PhraseMatch<GazetteerPlace>[];
  context?: PlaceContext;
  named?: Array<{ m: PhraseMatch<GazetteerPlace>; places: GazetteerPlace[] }>;
}

const hasArticle = (t: KeyToken, key: string) => t.norm.endsWith('ال' + key) || t.norm.endsWith('لل' + key);

export class Gazetteer {
  private readonly byId = new Map<string, GazetteerPlace>();
  private readonly matcher = new PhraseMatcher<GazetteerPlace>();
  private readonly spellings = new Map<string, Spelling[]>();
  private readonly bySig = new Map<string, Spelling[]>();
  private readonly pairs: Array<[string, GazetteerPlace]> = [];
  private readonly order = new Map<string, number>();
  private readonly articlePlaces = new WeakMap<KeyToken[], GazetteerPlace[]>();

  constructor(rows: PlaceRow[]) {
    rows.forEach((row, i) => {
      if (this.byId.has(row.id)) throw new Error(`duplicate gazetteer id ${row.id}`);
      this.byId.set(row.id, { ...row, ancestors: [], admin1: null, depth: 0 });
      this.order.set(row.id, i);
    });
    for (const p of this.byId.values()) {
      const chain: string[] = [];
      for (let cur = p.parent; cur; cur = this.byId.get(cur)?.parent ?? null) {
        if (!this.byId.has(cur)) throw new Error(`unknown parent ${cur} of ${p.id}`);
        if (chain.includes(cur) || cur === p.id) throw new Error(`cycle at ${p.id}`);
        chain.push(cur);
      }
      p.ancestors = chain;
      p.depth = chain.length;
      const gov = [p.id, ...chain].map((id) => this.byId.get(id)!).find((x) => x.kind === 'governorate');
      p.admin1 = gov ? gov.en : null;
      for (const name of p.ar) this.addName(p, name, p.cue && name.trim().split(/\s+/).length === 1 ? 'cue' : 'free');
      for (const name of p.cueAr ?? []) this.addName(p, name, 'cue');
      for (const name of p.nounAr ?? []) this.addName(p, name, 'noun');
      for (const name of p.localAr ?? []) this.addName(p, name, 'local');
      for (const name of p.adjectives ?? []) this.addName(p, name, 'adjective', false);
    }
  }

  private addName(p: GazetteerPlace, name: string, licence: NameLicence, variants = true): void {
    for (const text of [name, ...(variants ? spellingVariants(name, p.kind) : [])]) {
      const words = text.trim().split(/\s+/).filter(Boolean);
      if (words.length === 0) continue;
      const keys = words.map(patternKey);
      const article = words.map((w, i) => foldWord(w) !== keys[i] && foldWord(w).startsWith('ال'));
      const sig = keys.join(' ');
      const own = this.spellings.get(p.id) ?? [];
      if (own.some((s) => s.sig === sig && s.licence === licence && s.article.every((a, i) => a === article[i]))) continue;
      const sp: Spelling = { place: p, keys, article, licence, sig };
      own.push(sp);
      this.spellings.set(p.id, own);
      const group = this.bySig.get(sig) ?? [];
      if (!group.some((s) => s.place === p)) {
        this.matcher.add(text, p);
        this.pairs.push([text, p]);
      }
      group.push(sp);
      this.bySig.set(sig, group);
    }
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): GazetteerPlace | undefined {
    return this.byId.get(id);
  }

  all(): GazetteerPlace[] {
    return [...this.byId.values()];
  }

  /** Place names in a token range, longest spelling winning, ambiguous names only after a place noun. */
  find(tokens: KeyToken[], from = 0, to = tokens.length, context?: PlaceContext): PlaceMention[] {
    return this.accept(tokens, this.matcher.findLongest(tokens, from, to), context);
  }

  /** Every (spelling, place) pair, for matchers that share one trie with other lexicons. */
  names(): Array<[string, GazetteerPlace]> {
    return this.pairs;
  }

  /** Every place a name (one spelling, any licence) can denote, the default reading first. */
  lookup(name: string): GazetteerPlace[] {
    const sig = name.trim().split(/\s+/).map(patternKey).join(' ');
    const places = [...new Set((this.bySig.get(sig) ?? []).map((s) => s.place))];
    return places.sort((a, b) => this.byDefault(a, b));
  }

  /**
   * Applies the context rules to raw name matches: each name's licence (place nouns,
   * locative prepositions, the town of a generic quarter, border words before a country
   * adjective), outlets and time zones, capitals read as their governments, and the choice
   * among places sharing a name (by the places named beside it, in the sentence, in
   * `context`, then in the rest of `tokens`).
   */
  accept(tokens: KeyToken[], matches: PhraseMatch<GazetteerPlace>[], context?: PlaceContext): PlaceMention[] {
    const out: PlaceMention[] = [];
    const scope: Scope = { tokens, matches, context };
    let last: { to: number; licence: NameLicence } | null = null;
    let queue = matches;
    for (let q = 0; q < queue.length; q++) {
      const m = queue[q];
      // ("سيبقى درعاً للعراق": a word with tanween is an indefinite noun, not درعا.)
      if (tokens[m.to - 1].indefinite) continue;
      const readings = this.readings(tokens, m);
      const before = m.from > 0 ? tokens[m.from - 1] : null;
      if (readings.length > 0 && this.isOutlet(tokens, m, readings, before)) continue;
      // Most names have one reading, free: no licence or context to weigh.
      const allowed: Spelling[] = readings.length === 1 && readings[0].licence === 'free' ? readings : this.licensedReadings(scope, m, readings, before, last);
      if (allowed.length === 0) {
        // A longer name the rules reject gives way to the shorter ones inside it.
        if (m.to - m.from > 1) queue = [...queue.slice(0, q + 1), ...this.matcher.findLongest(tokens, m.from, m.to - 1), ...queue.slice(q + 1)];
        continue;
      }
      const places: GazetteerPlace[] = allowed.length === 1 ? [allowed[0].place] : [...new Set(allowed.map((sp) => sp.place))];
      const p: GazetteerPlace = places.length === 1 ? places[0] : this.choose(places, scope, m);
      if (p.metonym && m.to - m.from === 1) {
        const t = tokens[m.from];
        // "ببغداد"، "لدمشق": a preposition joined to the name; not the name's own first letter ("بغداد"، "وبغداد تصفها").
        const bare = t.norm.replace(/^(و|ف)/, '');
        const clitic = t.norm !== t.keys[t.keys.length - 1] && /^(ب|ل)/.test(bare) && !p.ar.some((name) => patternKey(name) === bare);
        if (!clitic && !(before && before.keys.some((k) => LOCATIVE.has(k)))) continue;
      }
      const mention: PlaceMention = { place: p, from: m.from, to: m.to, start: tokens[m.from].start, end: tokens[m.to - 1].end };
      if (places.length > 1) mention.alternatives = places.filter((x) => x !== p);
      out.push(mention);
      last = { to: m.to, licence: allowed.find((sp) => sp.place === p)!.licence };
    }
    return this.dualSites(tokens, matches, out);
  }

  /**
   * "مطاري دمشق وحلب الدوليين"، "قاعدتي عين الأسد وحرير": a site noun in the dual before two names is that kind of
   * site of each (the airport of Damascus and the airport of Aleppo), when the gazetteer has it.
   */
  private dualSites(tokens: KeyToken[], matches: PhraseMatch<GazetteerPlace>[], out: PlaceMention[]): PlaceMention[] {
    // (Only where a name was matched right after the noun: the text is not scanned again.)
    for (const k of new Set(matches.map((m) => m.from - 1))) {
      const noun = k >= 0 ? DUAL_SITE[tokens[k].norm] : undefined;
      if (!noun) continue;
      const first = this.siteNamed(tokens, noun, k + 1, false);
      const second = first && first.to < tokens.length && tokens[first.to].norm.startsWith('و') ? this.siteNamed(tokens, noun, first.to, true) : null;
      if (!first || !second) continue;
      const taken = (m: PlaceMention) => m.from < second.to && first.from < m.to;
      out = [...out.filter((m) => !taken(m)), first, second].sort((a, b) => a.from - b.from);
    }
    return out;
  }

  /** The site of that kind named at tokens[from…] ("مطار" + "دمشق"), the longest name that is one. */
  private siteNamed(tokens: KeyToken[], noun: string, from: number, joined: boolean): PlaceMention | null {
    for (let len = Math.min(DUAL_NAME_TOKENS, tokens.length - from); len >= 1; len--) {
      const words = tokens.slice(from, from + len).map((t, i) => (i === 0 && joined ? t.norm.replace(/^و/, '') : t.norm));
      const site = this.lookup(`${noun} ${words.join(' ')}`).find((p) => SITE_KINDS.has(p.kind));
      if (site) return { place: site, from, to: from + len, start: tokens[from].start, end: tokens[from + len - 1].end };
    }
    return null;
  }

  // The readings of a match its surroundings allow: its licence, a minor name's country, a
  // generic quarter's town.
  private licensedReadings(scope: Scope, m: PhraseMatch<GazetteerPlace>, readings: Spelling[], before: KeyToken | null, last: { to: number; licence: NameLicence } | null): Spelling[] {
    const { tokens } = scope;
    // "في الحيدرية والشبلي": a name joined by "و" to a licensed one shares its licence.
    const chained = !!last && last.to === m.from && tokens[m.from].norm.startsWith('و');
    let allowed: Spelling[] = readings.filter((sp) => this.bare(sp, tokens, m) && ((chained && sp.licence !== 'adjective' && sp.licence !== 'local') || this.licensed(sp, tokens, m, before, last)));
    // A minor name is not a place in one country when the sentence is about another
    // ("بلدة الطيبة جنوب لبنان", "بلدة الطيبة بريف درعا" are not al-Tayyibah in Jordan).
    if (allowed.some((sp) => sp.licence !== 'free' && sp.licence !== 'adjective' && sp.place.source === 'geonames')) {
      // (Not a country only where the fire came from or flew over: "أُطلقت من الأجواء اللبنانية".)
      const near = this.contextFor(scope, m, false).filter((c) => c.at === undefined || !VIA_BEFORE.test(tokens[c.at - 1]?.norm ?? ''));
      allowed = allowed.filter((sp) => sp.licence === 'free' || sp.licence === 'adjective' || !this.foreign(sp.place, near));
    }
    if (allowed.some((sp) => sp.licence === 'local')) {
      // The sentence first; the rest of the text only when it names no town for the quarter.
      const near = this.contextFor(scope, m, false);
      // "المنطقة الصناعية بمدينة الميادين": a town told right after the name says whose quarter it is.
      const owner = this.ownerAfter(scope, m);
      let ctx: ContextPlace[] | null = null;
      allowed = allowed.filter(
        (sp) => sp.licence !== 'local' || (owner ? this.hasTown(sp.place, owner) : this.hasTown(sp.place, near) || this.hasTown(sp.place, (ctx ??= this.contextFor(scope, m, true)))),
      );
    }
    return allowed;
  }

  /** True when `a` is `b` or lies inside it. */
  within(a: GazetteerPlace, b: GazetteerPlace): boolean {
    return a.id === b.id || a.ancestors.includes(b.id);
  }

  /** The contract's Place for a gazetteer entry. */
  toPlace(p: GazetteerPlace, nameAr: string): Place {
    return {
      id: p.id,
      name_ar: nameAr,
      name_en: p.en,
      lat: p.lat,
      lon: p.lon,
      country: p.country,
      admin1: p.admin1,
      ancestors: p.ancestors,
    };
  }

  // Every spelling (of any place) that the tokens of a match spell. A one-word name agrees
  // with the text on the article: the trie folds "الرقة", "فرقة" and "ورقة" to one key; only
  // the first is Raqqa. After a site noun the article may drop ("مخيم ركبان").
  private readings(tokens: KeyToken[], m: PhraseMatch<GazetteerPlace>): Spelling[] {
    const n = m.to - m.from;
    const own = this.spellings.get(m.value.id) ?? [];
    let sp: Spelling | undefined;
    for (const s of own) {
      if (s.keys.length !== n) continue;
      let fits = true;
      for (let i = 0; i < n && fits; i++) fits = tokens[m.from + i].keys.includes(s.keys[i]);
      if (fits) {
        sp = s;
        break;
      }
    }
    if (!sp) return [];
    const group = this.bySig.get(sp.sig)!;
    if (n > 1) return group;
    const t = tokens[m.from];
    const site = m.from > 0 && tokens[m.from - 1].keys.some((k) => SITE_NOUNS.has(k));
    const agrees = (s: Spelling) => {
      if (s.keys[0].startsWith('ل')) return true;
      const art = hasArticle(t, s.keys[0]);
      return art === s.article[0] || (site && s.article[0] && t.norm === s.keys[0]);
    };
    return group.length === 1 ? (agrees(group[0]) ? group : []) : group.filter(agrees);
  }

  private licensed(sp: Spelling, tokens: KeyToken[], m: PhraseMatch<GazetteerPlace>, before: KeyToken | null, last: { to: number; licence: NameLicence } | null): boolean {
    switch (sp.licence) {
      case 'free':
      case 'local':
        return true;
      case 'cue': {
        if (before && before.keys.some((k) => PLACE_NOUNS.has(k) || CUE_PREPOSITIONS.has(k))) return true;
        const twoBefore = m.from >= 2 ? tokens[m.from - 2] : null;
        if (before?.keys.includes(FROM) && twoBefore?.keys.some((k) => NEAR_FROM.has(k))) return true;
        // Not "… عين علي والشبلي": على and the name علي fold alike, and only a name is joined by و.
        if (before && before.keys.some((k) => ON.has(k)) && !tokens[m.from].norm.startsWith('و') && actBefore(tokens, m.from - 1)) return true;
        // "بالقائم", "بتدمر", and "بإقليم كردستان" for a name of several words.
        const t = tokens[m.from];
        return (
          /^(و?ب|و?ف?ب)ال/.test(t.norm) ||
          (/^(و|ف)?ب/.test(t.norm) && t.norm !== sp.keys[0] && t.norm.replace(/^(و|ف)?ب/, '') === sp.keys[0]) ||
          (m.to - m.from > 1 && /^(و|ف)?ب/.test(t.norm) && t.keys.includes(sp.keys[0]) && t.norm !== sp.keys[0])
        );
      }
      case 'noun':
        return !!before && before.keys.some((k) => SETTLEMENT_NOUNS.has(k));
      case 'adjective':
        // "الحدود الأردنية", "الحدود الأردنية العراقية", "مدينة القائم العراقية".
        return (!!before && before.keys.some((k) => TERRITORY.has(k))) || (!!last && last.to === m.from);
    }
  }

  private isOutlet(tokens: KeyToken[], m: PhraseMatch<GazetteerPlace>, readings: Spelling[], before: KeyToken | null): boolean {
    // "موقع حقل العمر"، "موقع القرية الخضراء": the site of a base; no outlet is named after one.
    const siteOf = before?.keys.includes(SITE_WORD) && readings.every((sp) => sp.place.us || SITE_KINDS.has(sp.place.kind));
    if (before && before.keys.some((k) => MEDIA_PREV.has(k)) && !siteOf) return true;
    if (toldTo(tokens, m.from, before)) return true;
    if (before && before.keys.some((k) => SOURCE_PREV.has(k)) && tokens[m.from].norm.startsWith('ل')) return true;
    const after = m.to < tokens.length ? tokens[m.to] : null;
    if (after && OUTLET_SUFFIX.has(after.norm)) return true;
    if (readings.some((sp) => OUTLET_NAMES.has(sp.sig)) && before && before.keys.some((k) => REPORTING.has(k))) return true;
    // "أفاد مصدر أمني عراقي للميادين": an outlet's name told to, a source and its adjectives between.
    if (
      readings.some((sp) => OUTLET_NAMES.has(sp.sig)) &&
      /^و?لل/.test(tokens[m.from].norm) &&
      (wordBefore(tokens, m.from, 0, SPEECH_REACH, SPEECH) || wordBefore(tokens, m.from, 0, SPEECH_REACH, SOURCE_WORD))
    )
      return true;
    return false;
  }

  // Places named around a match: in its sentence (beside it counts double), from the caller,
  // and, when asked, anywhere in the text.
  private contextFor(scope: Scope, m: PhraseMatch<GazetteerPlace>, article: boolean): ContextPlace[] {
    const { tokens, context } = scope;
    scope.named ??= scope.matches.map((o) => ({
      m: o,
      places: this.readings(tokens, o)
        .filter((sp) => sp.licence !== 'local' && this.bare(sp, tokens, o) && this.licensed(sp, tokens, o, o.from > 0 ? tokens[o.from - 1] : null, null))
        .map((sp) => sp.place),
    }));
    const out: ContextPlace[] = [];
    for (const { m: o, places } of scope.named) {
      if (o === m || (o.from < m.to && m.from < o.to)) continue;
      const beside = Math.min(Math.abs(o.from - m.to), Math.abs(m.from - o.to)) <= NEAR_TOKENS;
      for (const place of places) out.push({ place, weight: beside ? W_BESIDE : W_SENTENCE, at: o.from });
    }
    for (const place of context?.places ?? []) out.push({ place, weight: W_CALLER });
    if (article && !context?.sentenceOnly) for (const place of this.placesIn(tokens)) out.push({ place, weight: W_ARTICLE });
    return out;
  }

  // Places named unambiguously anywhere in the text (computed once per token array).
  private placesIn(tokens: KeyToken[]): GazetteerPlace[] {
    let found = this.articlePlaces.get(tokens);
    if (!found) {
      found = this.accept(tokens, this.matcher.findLongest(tokens), { sentenceOnly: true })
        .filter((x) => !x.alternatives)
        .map((x) => x.place);
      this.articlePlaces.set(tokens, found);
    }
    return found;
  }

  // The places named right after a match with a locative word ("بمدينة الميادين"، "في البوكمال"، "بالميادين"), if any.
  private ownerAfter(scope: Scope, m: PhraseMatch<GazetteerPlace>): ContextPlace[] | null {
    const { tokens } = scope;
    const next = scope.named?.find((o) => o.m.from >= m.to && o.m.from - m.to <= OWNER_GAP && o.places.some((p) => p.kind !== 'country'));
    if (!next) return null;
    const between = tokens.slice(m.to, next.m.from);
    const locative = between.length ? OWNER_LEAD.test(between[0].norm) && between.slice(1).every((t) => t.keys.some((k) => SETTLEMENT_NOUNS.has(k))) : /^ب/.test(tokens[next.m.from].norm);
    return locative ? next.places.filter((p) => p.kind !== 'country').map((place) => ({ place, weight: W_BESIDE })) : null;
  }

  // A generic quarter name stands for the quarter of the town named near it: its town or an
  // enclosing place (not the country), or another place inside its town.
  private hasTown(p: GazetteerPlace, ctx: ContextPlace[]): boolean {
    const town = p.parent ? this.byId.get(p.parent) : undefined;
    return ctx.some(
      ({ place: c }) =>
        c.id !== p.id &&
        ((c.kind !== 'country' && p.ancestors.includes(c.id)) || (!!town && town.kind !== 'governorate' && town.kind !== 'region' && town.kind !== 'country' && c.ancestors.includes(town.id))),
    );
  }

  // The reading best supported by the places named in the sentence and by the caller; when
  // they leave a tie, by the places named anywhere in the text; then the default reading.
  private choose(places: GazetteerPlace[], scope: Scope, m: PhraseMatch<GazetteerPlace>): GazetteerPlace {
    const { tokens, context } = scope;
    const ids = new Set(places.map((p) => p.id));
    const before = m.from > 0 ? tokens[m.from - 1] : null;
    const noun = (p: GazetteerPlace) => (before && before.keys.some((k) => NOUN_KINDS.get(k)?.includes(p.kind)) ? W_NOUN : 0);
    const rank = (ctx: ContextPlace[]) => {
      const outside = ctx.filter((c) => !ids.has(c.place.id));
      return places.map((p) => ({ p, s: noun(p) + outside.reduce((sum, c) => sum + c.weight * this.support(p, c.place), 0) })).sort((a, b) => b.s - a.s || this.byDefault(a.p, b.p));
    };
    let ranked = rank(this.contextFor(scope, m, false));
    if (ranked[0].s === ranked[1].s && !context?.sentenceOnly) ranked = rank(this.contextFor(scope, m, true));
    return ranked[0].p;
  }

  // A one-word minor name without the article stands bare or after "و" only: a clitic letter
  // glued to it makes another word ("لبنان" is not ل + بنان).
  private bare(sp: Spelling, tokens: KeyToken[], m: PhraseMatch<GazetteerPlace>): boolean {
    if (sp.licence === 'free' || sp.keys.length > 1 || sp.article[0]) return true;
    const norm = tokens[m.from].norm;
    // ("بتدمر": "in", joined to a name read only after a place noun or a preposition.)
    return norm === sp.keys[0] || norm === 'و' + sp.keys[0] || (sp.licence === 'cue' && (norm === 'ب' + sp.keys[0] || norm === 'وب' + sp.keys[0]));
  }

  // A GeoNames village in a sentence that names another country, or places in one, and
  // nothing in its own. (Hand-curated border towns are named beside the other side's towns
  // all the time: "القائم العراقية الحدودية مع سوريا".)
  private foreign(p: GazetteerPlace, ctx: ContextPlace[]): boolean {
    if (p.source !== 'geonames') return false;
    return ctx.some((c) => c.place.country !== p.country) && !ctx.some((c) => c.place.country === p.country && c.place.id !== p.id);
  }

  // How much a place named nearby speaks for reading a name as `p`: an enclosing place (its
  // town more than its governorate), a place inside it, a neighbour, the same governorate or country.
  private support(p: GazetteerPlace, c: GazetteerPlace): number {
    if (c.kind === 'country') return c.country === p.country ? 1 : 0;
    const up = p.ancestors.indexOf(c.id);
    if (up >= 0) return 4 - 0.5 * up;
    if (c.ancestors.includes(p.id)) return 3;
    if (distanceKm(p, c) <= NEARBY_KM) return 2;
    if (p.admin1 && p.admin1 === c.admin1) return 1;
    return c.country === p.country ? 0.5 : 0;
  }

  private byDefault(a: GazetteerPlace, b: GazetteerPlace): number {
    if (this.within(a, b)) return -1;
    if (this.within(b, a)) return 1;
    const gen = (p: GazetteerPlace) => (p.source === 'geonames' ? 1 : 0);
    return (
      gen(a) - gen(b) ||
      Number(!!b.primary) - Number(!!a.primary) ||
      KIND_WEIGHT[b.kind] - KIND_WEIGHT[a.kind] ||
      (b.population ?? 0) - (a.population ?? 0) ||
      this.order.get(a.id)! - this.order.get(b.id)!
    );
  }
}

let shared: Gazetteer | null = null;
/** The gazetteer built from the bundled data (curated rows and GeoNames towns), compiled once. */
export function defaultGazetteer(): Gazetteer {
  return (shared ??= new Gazetteer(bundledPlaces()));
}
