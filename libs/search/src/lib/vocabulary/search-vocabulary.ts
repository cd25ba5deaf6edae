import { normaliseArabic } from '@raseed/arabic-text';
import type { Actor, IncidentCategory, Weapon } from '@raseed/contracts';

/**
 * The one search vocabulary both back ends use: words a reader may type for the same thing that
 * no stemmer conflates — broken plurals (صاروخ/صواريخ), nisba adjectives, dialect and loan words
 * (درون), spelling variants (أمريكي/أميركي) and English or transliterated names of places, actors
 * and weapons. Each group is a set of equivalent forms (a form of several words is a phrase).
 * OpenSearch gets the groups as its search-time synonym_graph rules (arabic-analysis.mapping.ts);
 * PostgreSQL expands the query with the same groups (vocabulary.query.ts). Sound plurals and
 * prefixes (هجمات, بالصواريخ) are left to the stemmers, which both apply to index and query alike.
 */
export interface VocabularyGroup {
  kind: 'weapon' | 'actor' | 'place' | 'word';
  forms: readonly string[];
  /**
   * The incident category the word names: an incident of it matches the word whatever its
   * sources' wording (an attack told as "استهداف" or "سقوط صواريخ" is still found by "هجمات").
   */
  category?: IncidentCategory;
}

export const VOCABULARY: readonly VocabularyGroup[] = [
  // Weapons.
  { kind: 'weapon', forms: ['صاروخ', 'صواريخ', 'صاروخي', 'صاروخية', 'rocket', 'rockets', 'missile', 'missiles'] },
  { kind: 'weapon', forms: ['قذيفة', 'قذائف'] },
  { kind: 'weapon', forms: ['هاون', 'mortar', 'mortars'] },
  { kind: 'weapon', forms: ['مسيرة', 'مسيرات', 'درون', 'درونز', 'drone', 'drones', 'uav'] },
  { kind: 'weapon', forms: ['طائرة', 'طائرات'] },
  { kind: 'weapon', forms: ['غارة', 'غارات', 'airstrike', 'airstrikes'] },
  { kind: 'weapon', forms: ['عبوة', 'عبوات'] },
  // Actors.
  { kind: 'actor', forms: ['كتائب حزب الله', 'حزب الله العراقي', 'kataib hezbollah', 'kataib hizballah', 'kata’ib hezbollah'] },
  { kind: 'actor', forms: ['المقاومة الإسلامية في العراق', 'islamic resistance in iraq'] },
  { kind: 'actor', forms: ['النجباء', 'nujaba', 'nujabaa'] },
  { kind: 'actor', forms: ['إيران', 'إيراني', 'إيرانية', 'إيرانيون', 'إيرانيين', 'iran', 'iranian'] },
  { kind: 'actor', forms: ['أمريكا', 'أميركا', 'أمريكي', 'أميركي', 'أمريكية', 'أميركية', 'أمريكيين', 'أميركيين', 'أمريكيون', 'أميركيون', 'american', 'americans'] },
  { kind: 'actor', forms: ['إسرائيل', 'إسرائيلي', 'إسرائيلية', 'israel', 'israeli'] },
  // Places (the gazetteer's English names and common transliterations).
  { kind: 'place', forms: ['عين الأسد', 'قاعدة الأسد', 'ain al-asad', 'ain al asad', 'ayn al-asad'] },
  { kind: 'place', forms: ['التنف', 'al-tanf', 'tanf'] },
  { kind: 'place', forms: ['أربيل', 'erbil', 'arbil'] },
  { kind: 'place', forms: ['الشدادي', 'shaddadi', 'shadadi'] },
  { kind: 'place', forms: ['كونيكو', 'كونوكو', 'conoco'] },
  { kind: 'place', forms: ['البرج 22', 'tower 22'] },
  { kind: 'place', forms: ['حقل العمر', 'al-omar', 'omar field'] },
  { kind: 'place', forms: ['الحسكة', 'hasakah', 'hasaka'] },
  { kind: 'place', forms: ['دير الزور', 'deir ez-zor', 'deir ezzor', 'deir al-zour'] },
  { kind: 'place', forms: ['رميلان', 'rmelan', 'rumeilan'] },
  { kind: 'place', forms: ['حرير', 'harir'] },
  { kind: 'place', forms: ['البوكمال', 'abu kamal', 'albukamal'] },
  { kind: 'place', forms: ['الميادين', 'mayadin'] },
  { kind: 'place', forms: ['بغداد', 'baghdad'] },
  // Governorates: an incident's search text names the one its place lies in (in English).
  { kind: 'place', forms: ['الأنبار', 'anbar', 'al-anbar'] },
  { kind: 'place', forms: ['بابل', 'babil', 'babylon'] },
  { kind: 'place', forms: ['كربلاء', 'karbala'] },
  { kind: 'place', forms: ['النجف', 'najaf'] },
  { kind: 'place', forms: ['نينوى', 'nineveh', 'ninawa'] },
  { kind: 'place', forms: ['كركوك', 'kirkuk'] },
  { kind: 'place', forms: ['صلاح الدين', 'salahuddin', 'salah al-din'] },
  { kind: 'place', forms: ['ديالى', 'diyala'] },
  { kind: 'place', forms: ['المفرق', 'mafraq'] },
  { kind: 'place', forms: ['حمص', 'homs'] },
  { kind: 'place', forms: ['ريف دمشق', 'rif dimashq'] },
  { kind: 'place', forms: ['دمشق', 'damascus'] },
  { kind: 'place', forms: ['الرقة', 'raqqa'] },
  { kind: 'place', forms: ['حلب', 'aleppo'] },
  // Words of the domain with broken plurals.
  { kind: 'word', forms: ['قاعدة', 'قواعد'] },
  { kind: 'word', forms: ['هجوم', 'هجمات', 'هجمة'], category: 'attack_on_us_forces' },
  { kind: 'word', forms: ['جندي', 'جنود'] },
  { kind: 'word', forms: ['قتيل', 'قتلى'] },
  { kind: 'word', forms: ['جريح', 'جرحى'] },
];

/** Words split the way both engines tokenise (OpenSearch's standard tokenizer, PostgreSQL's parser parts). */
export const searchWords = (normalised: string): string[] => normalised.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Each group's forms normalised (normaliseArabic) and split into words; duplicates dropped. */
export const VOCABULARY_GROUPS: readonly (readonly (readonly string[])[])[] = VOCABULARY.map((g) => {
  const seen = new Set<string>();
  return g.forms.map((f) => searchWords(normaliseArabic(f))).filter((w) => w.length && !seen.has(w.join(' ')) && seen.add(w.join(' ')));
});

/** Each group's category (VocabularyGroup.category), null for most. */
export const GROUP_CATEGORY: readonly (IncidentCategory | null)[] = VOCABULARY.map((g) => g.category ?? null);

/**
 * Prepositions written onto the next word that not every stemmer strips: ل neither (لكتائب حزب
 * الله, لإيران), ب not Lucene's light stemmer (بمسيرة; snowball strips it). The article forms
 * (لل, بال) and و are stripped by both, so only a form whose first word lacks the article gets them.
 */
const ATTACHED_PREPOSITIONS = ['ل', 'ب'];
const ARABIC = /^\p{Script=Arabic}+$/u;

/** A group's forms with a preposition attached to the first word, searched as written by both back ends. */
export const ATTACHED_FORMS: readonly (readonly (readonly string[])[])[] = VOCABULARY_GROUPS.map((forms) =>
  forms.filter(([first]) => ARABIC.test(first) && !first.startsWith('ال')).flatMap(([first, ...rest]) => ATTACHED_PREPOSITIONS.map((p) => [`${p}${first}`, ...rest])),
);

/**
 * Names the light stemmer mangles (إيران → اير, واشنطن → اشنطن, الأسد → اسد): kept whole by the
 * OpenSearch analyzer. Normalised, because keyword_marker runs after arabic_normalization.
 */
export const PROTECTED_NAMES: readonly string[] = [
  'إيران', 'واشنطن', 'الأسد', 'عين الأسد', 'التنف', 'الشدادي', 'الحسكة', 'الرقة', 'أربيل', 'حرير', 'كونيكو', 'كونوكو', 'العمر',
  'البوكمال', 'الميادين', 'دير الزور', 'بغداد', 'دمشق', 'الأردن', 'العراق', 'سوريا', 'إسرائيل', 'الولايات', 'المتحدة', 'الله', 'ولاية',
  'رميلان', 'القائم', 'عكاشات', 'الركبان', 'السيدة', 'زينب', 'المزة',
].flatMap((n) => normaliseArabic(n).split(' '));

/**
 * Words an incident is also found by for its weapon and its sides, whatever its sources' wording
 * ("قصف" or "ضربات" told, "غارة" searched; a strike on Kataib Hezbollah sites told as "مقرات الحشد").
 * Each names the field in Arabic and English, in forms the vocabulary above expands.
 */
export const WEAPON_WORDS: Readonly<Record<Weapon, string>> = {
  drone: 'مسيرة drone',
  rocket: 'صاروخ rocket',
  missile: 'صاروخ باليستي missile',
  mortar: 'قذيفة هاون mortar',
  airstrike: 'غارة جوية airstrike',
  artillery: 'قصف مدفعي artillery',
  ied: 'عبوة ناسفة ied',
  small_arms: 'أسلحة خفيفة small arms',
  unknown: '',
};
const ISLAMIC_RESISTANCE_IN_IRAQ = 'المقاومة الإسلامية في العراق islamic resistance in iraq';
/** (The factions that claim under the Islamic Resistance in Iraq are found by its name too: a reader searching the umbrella means its members' attacks.) */
export const ACTOR_WORDS: Readonly<Record<Actor, string>> = {
  islamic_resistance_iraq: ISLAMIC_RESISTANCE_IN_IRAQ,
  kataib_hezbollah: `كتائب حزب الله kataib hezbollah ${ISLAMIC_RESISTANCE_IN_IRAQ}`,
  nujaba: `حركة النجباء nujaba ${ISLAMIC_RESISTANCE_IN_IRAQ}`,
  kataib_sayyid_al_shuhada: `كتائب سيد الشهداء kataib sayyid al-shuhada ${ISLAMIC_RESISTANCE_IN_IRAQ}`,
  iran_backed_militia: 'فصائل موالية لإيران iran-backed militia',
  irgc: 'الحرس الثوري الإيراني irgc',
  us: 'الولايات المتحدة أمريكية united states american',
  coalition: 'التحالف الدولي coalition',
  israel: 'إسرائيل israel',
  unknown: '',
};
