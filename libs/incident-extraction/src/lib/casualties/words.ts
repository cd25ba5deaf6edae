import { KeyToken, foldWord } from '../text/tokens';

// The words the casualty reader looks for, folded like token keys (clitics are peeled by the
// tokeniser, so "لمقتل", "ومقتل" and "مقتل" all meet "مقتل").

export const set = (...w: string[]) => new Set(w.map(foldWord));

export const has = (t: KeyToken | undefined, s: Set<string>): boolean => {
  if (!t) return false;
  const keys = t.keys;
  for (let i = 0; i < keys.length; i++) if (s.has(keys[i])) return true;
  return false;
};

// Words that take the victims after them (noun, passive verb, or active verb + object).
// "قضى أربعة مقاتلين في القصف" (died, in Syrian reporting).
// "ارتقى" (rose, to martyrdom): how the factions' own media tell a death.
// "وفاة أحد عناصرها متأثراً بجراحه"، "توفي جريحان": a death of wounds is a death of the act.
export const DIED = set('توفي', 'توفيت', 'وفاة', 'يتوفى', 'تتوفى');
export const KILL_HEAD = set('مقتل', 'قتل', 'استشهاد', 'مصرع', 'اغتيال', 'اغتيل', 'اغتيلت', 'اغتيلا', 'قتلت', 'وقتل', 'استشهد', 'استشهدت', 'تقتل', 'يقتل', 'تقتلان', 'يقتلان', 'قضى', 'ارتقى', 'ارتقت', ...DIED);
export const INJ_HEAD = set('إصابة', 'أصيب', 'أصيبت', 'جرح', 'إصابه', 'اصابة', 'وإصابة', 'جرحت');
// Active verbs whose subject (an act or a weapon) sits between them and the victims: "قتلت غارة أمريكية أربعة عناصر".
export const ACTIVE_KILL = set('قتلت', 'تقتل', 'يقتل', 'قتل');
export const ACT_SUBJECT = /^(غار|ضرب|هجوم|هجمات|هجمه|مسير|طاير|صاروخ|صواريخ|قصف|قذيف|انفجار|عبو|قوات|جيش)/;
// Masdar heads: with the article ("الاغتيال، توعدت …") they name the event, not a victim.
export const MASDAR_HEAD = set('مقتل', 'اغتيال', 'استشهاد', 'مصرع', 'إصابة', 'اصابه', 'جرح', 'قتل', 'وفاة');
// Verbs that follow their counted subject ("10 عناصر قتلوا").
export const KILL_AFTER = set('قتلوا', 'قتلا', 'قضوا', 'لقوا', 'قتلو', 'استشهدوا', 'استشهدا', 'لقيا', 'قتلتا', 'ارتقوا', 'ارتقيا', 'توفوا', 'توفيا');
export const INJ_AFTER = set('أصيبوا', 'أصيبا', 'جرحوا', 'جرحا', 'عولجوا', 'أصيب', 'أصيبت', 'مصابين', 'المصابين', 'مصابون', 'جرحى', 'الجرحى', 'جريحا', 'جريح');
// Verbs of the first kind (a subject of their own may stand before them: "أن قائداً في الحشد قتل خلال القصف").
export const SUBJECT_VERB_HEAD = set('قتل', 'وقتل', 'استشهد', 'أصيب', 'أصيبت', 'جرح', 'ارتقى', 'اغتيل', 'اغتيلت', 'اغتيلا', 'توفي', 'توفيت');

// Idioms of death with the victims between the verb and a fixed noun, or before both:
// "لقي أربعة عناصر مصرعهم", "فقدان ستة من مقاتليها لحياتهم", "ستة من مقاتليها فقدوا حياتهم".
export const IDIOMS: Array<{ verbs: Set<string>; noun: RegExp }> = [
  { verbs: set('لقي', 'لقيت', 'ولقي', 'ولقيت', 'لقوا', 'لقيا'), noun: /^(مصرع|حتف)/ },
  { verbs: set('فقد', 'فقدت', 'فقدوا', 'فقدا', 'فقدان', 'ففقد'), noun: /^(ل|ب)?(حيا|ارواح)/ },
  { verbs: set('فارق', 'فارقوا', 'فارقا', 'فارقت'), noun: /^(ال)?حيا/ },
];
// "نعت كتائب حزب الله اثنين من مقاتليها": the mourned are the dead, counted after the mourner.
export const MOURNED = set('نعت', 'نعى', 'تنعى', 'ينعى', 'نعوا');
// "أودى بحياة ثلاثة جنود", "حصدت أرواح خمسة": the victims follow the life taken.
// "وأصاب تسعة آخرين"، "أصابت الشظايا خمسة جنود": an active verb of wounding, its victims right after it
// (read strictly: "أصاب صاروخ قاعة الطعام" names what was hit, not who).
// ("جرح" is read as the passive head, "وجرح بسبب القصف سبعة".)
export const ACTIVE_INJURE = set('أصاب', 'أصابت', 'تصيب', 'يصيب');
export const TOOK_LIVES_VERB = set('أودى', 'أودت', 'يودي', 'تودي', 'حصد', 'حصدت', 'أزهق', 'أزهقت', 'يحصد', 'تحصد');
// "فأردته قتيلاً": the object pronoun counts the victims.
export const FELLED = /^(اردت|ارد|اردا)(ه|ها|هما|هم)$/;

export const KILL_COUNT_NOUN = set('قتلى', 'القتلى', 'قتيلا', 'قتيل', 'ضحايا', 'ضحية', 'شهداء', 'قتيلين', 'وفيات', 'الضحايا', 'الشهداء', 'شهيد', 'شهيدا', 'القتيل');
export const INJ_COUNT_NOUN = set('إصابات', 'اصابات', 'الإصابات');
// Dual count nouns: two dead, two wounded ("ارتقاء شهيدين", "أحد القتيلين").
export const KILL_DUAL_NOUN = set('قتيلين', 'قتيلان', 'القتيلين', 'القتيلان', 'شهيدين', 'شهيدان', 'الشهيدين', 'الشهيدان', 'ضحيتين', 'ضحيتان');
export const INJ_DUAL_NOUN = set('جريحين', 'جريحان', 'الجريحين', 'الجريحان', 'إصابتين', 'إصابتان');
// A singular count noun after a verb of falling counts one: "سقوط قتيل", "ارتقاء شهيد".
export const SINGLE_NOUN = set('قتيل', 'قتيلا', 'شهيد', 'شهيدا', 'جريح', 'جريحا');
// "سقوط قتيل"، "أوقعت الغارات قتيلاً"، "خلّف الانفجار جريحاً": a lone dead or wounded that fell or was left.
export const FELL = set('سقوط', 'سقط', 'ارتقاء', 'ارتقى', 'وقوع', 'تسجيل', 'سجل', 'أوقع', 'أوقعت', 'يوقع', 'توقع', 'خلف', 'خلفت', 'يخلف', 'تخلف');
// "ارتفعت حصيلة القتلى إلى 7", "بلغ عدد الجرحى 12": the figure follows the noun.
export const TALLY = set('حصيلة', 'عدد', 'حصيله');
// In construct too: "رفعت القيادة عدد قتلى الميليشيات … إلى أربعة"، "ارتفع عدد جرحى الهجوم إلى 9".
export const TALLY_NOUN_KILLED = set('القتلى', 'الضحايا', 'الشهداء', 'الوفيات', 'قتلى', 'ضحايا', 'شهداء');
export const TALLY_NOUN_INJURED = set('الجرحى', 'المصابين', 'الإصابات', 'جرحى');

export const HEAD_PRONOUN: Record<string, number | null> = {
  [foldWord('مقتله')]: 1, [foldWord('مقتلها')]: 1, [foldWord('مقتلهما')]: 2, [foldWord('مقتلهم')]: null,
  [foldWord('إصابته')]: 1, [foldWord('إصابتهما')]: 2, [foldWord('استشهاده')]: 1, [foldWord('استشهادهما')]: 2, [foldWord('اغتياله')]: 1, [foldWord('اغتيالهما')]: 2,
  // The active verb with its victim as the object pronoun: "الذي اغتاله العدو"، "اغتالتهما المسيرة".
  [foldWord('اغتاله')]: 1, [foldWord('اغتالها')]: 1, [foldWord('اغتالته')]: 1, [foldWord('اغتالتها')]: 1, [foldWord('اغتالوه')]: 1,
  [foldWord('اغتالهما')]: 2, [foldWord('اغتالتهما')]: 2, [foldWord('اغتالهم')]: null, [foldWord('اغتالتهم')]: null,
};
export const PRONOUN_VALUE: Record<string, number | null> = { ه: 1, ها: 1, هما: 2, هم: null };

// People, as the victim of a head or a member of a coordinated group. Stems, folded; the
// suffixes are the dual, plural and accusative endings and possessive pronouns.
const PERSON_STEMS = ['جندي', 'جنود', 'عسكري', 'عنصر', 'عناصر', 'مقاتل', 'شخص', 'اشخاص', 'مدني', 'متعاقد', 'مستشار', 'قيادي', 'قائد', 'قاده', 'ضابط', 'ضباط',
  'عامل', 'عمال', 'موظف', 'مترجم', 'طفل', 'اطفال', 'مواطن', 'حارس', 'حراس', 'سائق', 'فرد', 'افراد', 'منتسب', 'مسلح', 'عضو', 'اعضاء', 'مرافق', 'معاون', 'مساعد',
  'رجل', 'مسوول', 'طيار', 'راكب', 'ركاب', 'مجند', 'خبير', 'خبراء', 'مهندس', 'صحفي', 'مسعف', 'جنرال', 'عميد', 'عقيد', 'نقيب', 'ملازم', 'رقيب', 'عريف', 'امراه', 'نساء',
  'شاب', 'نجل', 'شقيق', 'ابن', 'مجاهد', 'مقاول', 'مدرب', 'بحار', 'ثالث', 'رابع', 'خامس', 'امريكي', 'اميركي', 'بريطاني', 'عراقي', 'سوري', 'ايراني', 'كردي', 'اكراد', 'لبناني', 'افغاني', 'باكستاني', 'فرنسي', 'اجنبي', 'اخر', 'اخرين', 'اخرون'];
const ENDINGS = ['', 'ا', 'ه', 'ان', 'ين', 'ون', 'يين', 'يان', 'يون', 'هم', 'ها', 'هما', 'يه', 'يها', 'يهم'];
const PERSON = new Set<string>();
// "أمريكية", "العراقية": a nisba with "-ه" is a feminine adjective, not a person.
for (const s of PERSON_STEMS.map(foldWord)) for (const e of ENDINGS) if (!(s.endsWith('ي') && (e === 'ه' || e === 'يه'))) PERSON.add(s + e);
// The sound plural in construct: "أحد منتسبي القوات الأمنية"، "مقاتلي الفصيل". Not for every stem: "فردي" is an
// adjective, "أخري" the folded "another".
const CONSTRUCT_STEMS = ['منتسب', 'مقاتل', 'مسلح', 'موظف', 'مترجم', 'مواطن', 'متعاقد', 'مستشار', 'عسكري', 'مدني', 'مجند', 'مسعف', 'مهندس', 'مدرب', 'مرافق', 'معاون', 'مساعد', 'مسوول', 'عامل', 'مجاهد'];
for (const s of CONSTRUCT_STEMS.map(foldWord)) PERSON.add(s + 'ي');
// Women: "جندية بريطانية"، "مجندتان"، "متعاقدتين". Of the nisba stems only the soldier is a noun as often as not.
const WOMAN_STEMS = PERSON_STEMS.map(foldWord).filter((s) => !s.endsWith('ي') || s === 'جندي');
const WOMAN_ENDINGS = ['ه', 'تان', 'تين', 'ات', 'اته', 'اتها', 'اتهم'];
for (const s of WOMAN_STEMS) for (const e of WOMAN_ENDINGS) PERSON.add(s + e);
export const isPersonKey = (k: string): boolean => PERSON.has(k) || k === 'ابو' || k === 'ابي';
export const isPerson = (t: KeyToken | undefined): boolean => !!t && t.keys.some(isPersonKey);

// Duals of person nouns: the nominative "-ان" always, the oblique "-ين" where the plural is
// broken (جنديين، عنصرين), plus the listed ones read as two in this reporting.
const BROKEN_PLURAL = ['جندي', 'عنصر', 'شخص', 'ضابط', 'قائد', 'طفل', 'حارس', 'فرد', 'عضو', 'رجل', 'شاب', 'نجل', 'شقيق', 'ابن', 'جنرال'];
export const DUAL = set('اثنين', 'اثنان', 'قياديين', 'مستشارين', 'متعاقدين', 'مسؤولين', 'اثنتين', 'اثنتان');
for (const s of PERSON_STEMS.map(foldWord)) if (!/^(اخر|اخرين|اخرون)$/.test(s)) DUAL.add(s + 'ان');
for (const s of BROKEN_PLURAL.map(foldWord)) DUAL.add(s + 'ين');
DUAL.add(foldWord('آخران'));
for (const s of WOMAN_STEMS) for (const e of ['تان', 'تين']) DUAL.add(s + e);
DUAL.add(foldWord('امرأتان')).add(foldWord('امرأتين'));

export const PLURAL = set('جنود', 'الجنود', 'عسكريين', 'العسكريين', 'أشخاص', 'الأشخاص', 'عناصر', 'العناصر', 'مقاتلين', 'المقاتلين', 'مسلحين', 'المسلحين', 'قادة', 'القادة', 'ضباط', 'الضباط', 'أفراد', 'الأفراد',
  'مدنيين', 'المدنيين', 'آخرون', 'آخرين', 'أخرون', 'عراقيين', 'العراقيين', 'أمريكيين', 'أميركيين', 'الأمريكيين', 'الأميركيين', 'إيرانيين', 'جنودا', 'عسكريون', 'مرافقيه', 'قتلى', 'جرحى', 'أعضاء',
  'مستشارين', 'عدد', 'عدة', 'العمال', 'عمال', 'الأعضاء', 'أخرين');
// "مقتل جميع المسلحين الخمسة": all of a group, counted after the noun if at all.
export const ALL_OF = set('جميع', 'كل', 'كافة');
export const ONE_OF = set('أحد', 'إحدى', 'احد', 'احدى');
// Words that cannot be a victim right after the head (prepositions, conjunctions, time words, things).
export const NOT_VICTIM = set('في', 'على', 'من', 'إلى', 'الى', 'عن', 'خلال', 'بعد', 'قبل', 'أو', 'و', 'مع', 'منذ', 'حتى', 'إثر', 'جراء', 'نتيجة', 'بسبب', 'داخل', 'أي', 'اي', 'الهدف', 'أهدافها', 'هدفها', 'أهداف',
  'مباشرة', 'المبنى', 'القاعدة', 'الموقع', 'مواقع', 'هذا', 'هذه', 'ذلك', 'تلك', 'بشكل', 'طفيفة', 'الصواريخ', 'بدقة', 'دقيقة', 'قرب', 'ب', 'الطائرة', 'السيارة', 'سيارة', 'مبنى', 'قاعدة', 'هدف', 'موقع', 'مقر');
// "وأصاب ثلاث شاحنات"، "أصابت الضربة سيارتين": things hit, counted; no one wounded.
export const THINGS_HIT =
  /^(ال)?(شاحنه|شاحنات|شاحنتين|سياره|سيارات|سيارتين|اليه|اليات|اليتين|عربه|عربات|مركبه|مركبات|منزل|منازل|منزلين|مبني|مباني|مبنيين|صهريج|صهاريج|مستودع|مستودعات|مخزن|مخازن|دبابه|دبابات|مدرعه|مدرعات|ناقله|ناقلات|حافله|حافلات|منشاه|منشات|قارب|زورق|طايره|طايرات|طايرتين)$/;
// Companions after a singular victim: "مقتله ومرافقه", "فأردته قتيلاً مع سائقه", "وأحد مرافقيه".
export const COMPANION = /^(مرافق|سايق|معاون|نجل|ابن|شقيق|حارس|مساعد|زوج|رفيق|زميل)(ه|ها|يه|يها)$/;
// "مع رفيقيه"، "ونجليه": a noun whose plural is broken (رفاق، أنجال) written with -يه is his two; مرافقيه may
// also be his (uncounted) companions, of whom there are two at least.
export const TWO_COMPANIONS = /^(مرافق|سايق|معاون|نجل|ابن|شقيق|حارس|مساعد|زوج|رفيق|زميل)(يه|يها)$/;
export const WITH = set('مع', 'برفقة', 'رفقة');

// Ends a victim phrase: another head, a clause or an adverbial.
export const PHRASE_STOP = set('في', 'على', 'خلال', 'جراء', 'إثر', 'اثر', 'بعد', 'قبل', 'عند', 'بسبب', 'نتيجة', 'بينهم', 'منهم', 'بينما', 'فيما', 'حيث', 'إذ', 'عندما', 'أثناء', 'بينهما', 'منهما', 'ضمن', 'كما', 'إلى', 'الى', 'الذي', 'الذين', 'التي', 'أن', 'إن', 'ان', 'لكن',
  // "خمسة مدنيين، هم امرأتان وثلاثة أطفال": the five broken down, not more.
  'هم', 'وهم', 'هما', 'وهما', 'هن', 'وهن',
  // "مقتل 22 مقاتلاً بحسب الحشد، و55 بحسب المرصد": a figure told with its source; the next is another count.
  'بحسب', 'حسب', 'وفق', 'وفقا', 'وفقاً', 'طبقا', 'طبقاً', 'نقلا', 'نقلاً');
// Starts the clause whose subject may be the victims of a verb told after them.
export const OPENER = set('أن', 'إن', 'ان', 'بأن', 'وأن', 'فإن', 'لكن', 'ولكن', 'حيث', 'بينما', 'فيما', 'كما', 'إذ', 'عندما', 'بعدما', 'وإن', 'فقد', 'وقد', 'قد');

// A toll governed by these belongs to an earlier act (a commemoration, the act being avenged).
export const COMMEMORATION = set('ذكرى', 'الذكرى', 'إحياء', 'تأبين', 'أربعينية', 'السنوية', 'منذ', 'مرور');
export const AVENGED = set('ردا', 'رداً', 'رد', 'انتقاما', 'انتقام', 'ثأرا', 'ثأر', 'للانتقام', 'للثأر', 'خلفية', 'الانتقام', 'الثأر', 'ثارا');

// Whose people: the US and coalition, militias and their patrons, or locals (troops, civilians).
export const US_SIDE = /^(ال)?(امريكي|اميركي|امريكان|تحالف|بريطاني|فرنسي)/;
// (The attackers an attack's response killed are no toll of the side attacked: "قتلت ثلاثة من عناصر تنظيم داعش قال إنهم
// كانوا وراء عملية الإطلاق".)
export const MILITIA_SIDE = /^(ال)?(حشد|فصايل|فصيل|كتايب|حزب|نجباء|ميليشي|مليشي|ميلشي|حرس|مقاومه|عصايب|موال|فاطميون|زينبيون|مسلح|مهاجم|تنظيم|داعش|ارهابي|ارهابيين)/;
export const LOCAL_SIDE = /^(ال)?(عراقي|سوري|مدني|كردي|اكراد|بيشمركه|قسد|اهالي|سكان|المواطنين|مواطن|طفل|اطفال|نساء|امراه)/;
