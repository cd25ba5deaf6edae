import { normaliseArabic, toWesternDigits } from '@raseed/arabic-text';
import { parseArabicDate, type ParsedDate } from '../dates/arabic-date-parser';
import { lineKey, wordCount } from './line-key';

export type BoilerplateKind =
  | 'tracking'
  | 'related_header'
  | 'interface'
  | 'share_bar'
  | 'keywords_header'
  | 'source_line'
  | 'credit_line'
  | 'marker'
  | 'dateline'
  | 'label'
  | 'cookie_notice'
  | 'copyright'
  | 'foreign_fragment'
  | 'photo_credit'
  | 'hashtags'
  | 'link'
  | 'timestamp';

/** Phrases are stored as lineKey()s, whatever spelling they are written in here. */
function keySet(phrases: readonly string[]): ReadonlySet<string> {
  return new Set(phrases.map(lineKey));
}

function keyList(phrases: readonly string[]): readonly string[] {
  return phrases.map(lineKey);
}

// Phrases are written as search keys (alef, hamza seats and taa marbuta folded, ى → ي):
// lineKey() reduces every line the same way, so spelling variants of a widget label meet.
const RELATED_HEADERS = keySet([
  'مقالات ذات صله',
  'اخبار ذات صله',
  'مواضيع ذات صله',
  'مواد ذات صله',
  'روابط ذات صله',
  'تقارير ذات صله',
  'قصص ذات صله',
  'ذات صله',
  'اقرا ايضا',
  'اقرا ايضا في',
  'اقرا المزيد',
  'اقرا كذلك',
  'اقرا اكثر',
  'شاهد ايضا',
  'طالع ايضا',
  'اقرا ايضا علي',
  'قد يعجبك ايضا',
  'قد يعجبك',
  'قد يهمك ايضا',
  'قد يهمك',
  'ننصحك بقراءه',
  'اخترنا لك',
  'اخترنا لكم',
  'لا تفوتك',
  'لا يفوتك',
  'الاكثر قراءه',
  'الاكثر مشاهده',
  'الاكثر تداولا',
  'الاكثر تعليقا',
  'الاكثر شعبيه',
  'اخبار متعلقه',
  'مقالات متعلقه',
  'مقالات مشابهه',
  'اخبار مشابهه',
  'المزيد من الاخبار',
  'المزيد من المقالات',
  'اخر الاخبار',
  'احدث الاخبار',
  'المقال السابق',
  'المقال التالي',
  'الخبر السابق',
  'الخبر التالي',
  'مقالات قد تهمك',
  'اخبار قد تهمك',
  'مواضيع قد تهمك',
  'related posts',
  'related articles',
  'read more',
  'read also',
  'see also',
]);
// ("موضوعات متعلقة"، "تقارير مرتبطة"، "قصص مشابهة": the same, in other words.)
const RELATED_LABEL = /^\S+ (ذات (صله|علاقه)|متعلقه|مرتبطه|مشابهه)$/u;
const RELATED_LABEL_WORDS = 3;

// Inline "اقرأ أيضاً: <headline>" lines start with one of these.
const RELATED_PREFIXES = keyList(['اقرا ايضا', 'اقرا المزيد', 'شاهد ايضا', 'طالع ايضا', 'اقرا كذلك', 'مواضيع ذات صله', 'مقالات ذات صله', 'اخبار ذات صله', 'ذات صله']);

const INTERFACE = keySet([
  'اظهر المزيد',
  'عرض المزيد',
  'المزيد',
  'تحميل المزيد',
  'اظهار المزيد',
  'عرض الكل',
  'اقل',
  'اظهر اقل',
  'زر الذهاب الي الاعلي',
  'الذهاب الي الاعلي',
  'العوده الي الاعلي',
  'العوده للاعلي',
  'الي الاعلي',
  'للاعلي',
  'اعلي الصفحه',
  'مناقشه',
  'التعليقات',
  'تعليقات',
  'اضف تعليق',
  'اضافه التعليق',
  'اضافه تعليق',
  'اكتب تعليقا',
  'اضف تعليقك',
  'اترك تعليقا',
  'اترك تعليق',
  'اترك ردا',
  'لا توجد تعليقات',
  'اكتب تعليقك',
  'اشترك',
  'اشترك الان',
  'اشترك في النشره',
  'اشترك في النشره البريديه',
  'النشره البريديه',
  'تابعنا',
  'تابعونا',
  'اغلاق',
  'القائمه',
  'بحث',
  'الرئيسيه',
  'اعلان',
  'محتوي مدفوع',
  'رابط مختصر',
  'الرابط المختصر',
  'حجم الخط',
  'تكبير الخط',
  'تصغير الخط',
  'استمع',
  'استمع للمقال',
  'طباعه',
  'نسخ الرابط',
  'تم نسخ الرابط',
  'ارسل',
  'ارسال',
  'حفظ',
  'التالي',
  'السابق',
  'menu',
  'search',
  'close',
  'skip to content',
  'تخطي الي المحتوي',
  'انتقل الي المحتوي',
  'دقيقه واحده',
  'وقت القراءه',
  'طباعه الخبر',
  'طباعه المقال',
  'ارسل لصديق',
  'ارسل الي صديق',
  'ارسال لصديق',
  'حفظ المقال',
  'تكبير',
  'تصغير',
  'اطبع',
  'من نحن',
  'اتصل بنا',
  'سياسه الخصوصيه',
  'شروط الاستخدام',
  'اعلن معنا',
  'شارك هذا المقال',
  'شارك الخبر',
  'شارك المقال',
  'شاركها',
  'مشاركه الخبر',
  'انشر',
  'الصفحه الرئيسيه',
  'اضغط هنا',
  'اقرا الخبر كاملا',
]);
const INTERFACE_PREFIXES = keyList([
  'تابعنا علي',
  'تابعونا علي',
  'تابعوا',
  'تابع اخر الاخبار',
  'اشترك في',
  'اشتركوا في',
  'انضم الي قناتنا',
  'انضموا الي قناتنا',
  'لمتابعه اخر الاخبار',
  'حمل تطبيق',
  'حملوا تطبيق',
  'وقت القراءه',
  'للاشتراك',
  'للتواصل معنا',
]);
// Widgets after which the rest of a page dump is more furniture (load more, comments).
const TAIL_INTERFACE = keySet([
  'اظهر المزيد',
  'عرض المزيد',
  'المزيد',
  'تحميل المزيد',
  'اظهار المزيد',
  'عرض الكل',
  'مناقشه',
  'التعليقات',
  'تعليقات',
  'اضف تعليق',
  'اضافه التعليق',
  'اضافه تعليق',
  'اترك تعليقا',
  'اترك تعليق',
  'اترك ردا',
  'اكتب تعليقك',
  'اكتب تعليقا',
  'لا توجد تعليقات',
]);
const NUMBERED_MARKER = /^\(+\s*[\d\u0660-\u0669]+\s*\)+$/;
const COOKIE_PREFIXES = keyList(['هذا الموقع يستخدم', 'يستخدم هذا الموقع', 'نستخدم ملفات تعريف الارتباط', 'نحن نستخدم ملفات تعريف', 'we use cookies', 'this website uses cookies']);
const COPYRIGHT_PREFIXES = keyList(['جميع الحقوق محفوظه', 'حقوق النشر', 'الحقوق محفوظه', 'copyright', 'all rights reserved', 'حقوق الطبع']);

const SHARE_WORDS = keySet([
  'شارك',
  'شاركوا',
  'مشاركه',
  'شارك المقال',
  'فيسبوك',
  'فيس',
  'بوك',
  'تويتر',
  'اكس',
  'واتساب',
  'واتس',
  'اب',
  'تلغرام',
  'تليجرام',
  'تيليجرام',
  'تلجرام',
  'لينكدان',
  'لينكد',
  'ان',
  'ماسنجر',
  'بريد',
  'البريد',
  'الالكتروني',
  'طباعه',
  'نسخ',
  'الرابط',
  'عبر',
  'علي',
  'انستغرام',
  'انستجرام',
  'يوتيوب',
  'تيك',
  'توك',
  'بنترست',
  'facebook',
  'twitter',
  'whatsapp',
  'telegram',
  'linkedin',
  'email',
  'print',
  'x',
  'pinterest',
  'reddit',
  'messenger',
  'copy',
  'link',
  'share',
  'tweet',
  'instagram',
  'youtube',
  'tiktok',
]);
const NETWORKS = keySet([
  'فيسبوك',
  'تويتر',
  'واتساب',
  'تلغرام',
  'تليجرام',
  'تيليجرام',
  'لينكدان',
  'facebook',
  'twitter',
  'whatsapp',
  'telegram',
  'linkedin',
  'pinterest',
  'reddit',
  'شارك',
  'share',
  'انستغرام',
  'يوتيوب',
]);

const KEYWORD_HEADERS = keySet([
  'كلمات مفتاحيه',
  'الكلمات المفتاحيه',
  'الوسوم',
  'وسوم',
  'الكلمات الدلاليه',
  'كلمات دلاليه',
  'العلامات',
  'التسميات',
  'tags',
  'keywords',
  'هاشتاغ',
  'هاشتاج',
  'مواضيع',
  'المواضيع',
]);
const KEYWORD_PREFIXES = keyList(['كلمات مفتاحيه', 'الكلمات المفتاحيه', 'الوسوم', 'وسوم', 'الكلمات الدلاليه', 'التسميات', 'tags']);

// News-agency credits that sit alone on a line ("أ ف ب", "(وكالات)").
const AGENCY_CREDITS = keySet([
  'وكالات',
  'ا ف ب',
  'افب',
  'رويترز',
  'الاناضول',
  'سانا',
  'د ب ا',
  'قنا',
  'وام',
  'واس',
  'بترا',
  'كونا',
  'ا ش ا',
  'سبوتنيك',
  'ارنا',
  'تسنيم',
  'فارس',
  'ارم نيوز',
  'afp',
  'reuters',
  'ap',
  'dpa',
  'وكالات ا ف ب',
  'رويترز ا ف ب',
  'مواقع',
  'متابعات',
  'وكالات الانباء',
  'الجزيره نت',
  'الجزيره',
  'العربيه نت',
  'سي ان ان',
  'بي بي سي',
]);
const LABELS = keySet(['مباشر', 'عاجل', 'خاص', 'حصري', 'فيديو', 'بالفيديو', 'بالصور', 'صور', 'فيديو وصور', 'انفوغرافيك', 'تحليل', 'تقرير', 'راي', 'محليات', 'عربي ودولي', 'اخبار']);

// "منذ 3 ساعات", "1٬204 مشاهدة", "3 دقائق للقراءة": counters and relative times of widgets.
const RELATIVE_TIME = /^(?:منذ|قبل) (?:\d+ )?(?:ثانيه|ثوان|ثواني|دقيقه|دقيقتين|دقايق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|سنه|سنوات)$/;
const COUNTER = /^\d[\d ]*(?:مشاهده|مشاهدات|قراءه|قراءات|زياره|تعليق|تعليقات|اعجاب|مشاركه|مشاركات)$/;
const READING_TIME = /^(?:\d+ )?(?:دقيقه|دقيقتان|دقيقتين|دقايق)(?: واحده)? ?(?:للقراءه|قراءه|وقت القراءه)?$/;
// "الرئيسية » أخبار » محليات"
const HOME = lineKey('الرئيسية');
const BREADCRUMB = /[»›>/\\|]/;
// "(صورة أرشيفية)", "صورة: رويترز", "أرشيفية": captions and photo credits left in the body.
const PHOTO_CREDIT = /^(?:صوره|الصوره|صور|تصوير|ارشيفيه|صوره ارشيفيه|صوره من الارشيف|مصدر الصوره|الصوره من)(?: |$)/;
const SOURCE_LINE = /^\s*(?:ال)?(?:مصدر|مصادر)\s*[:|｜\-–—]/;
const SOURCE_LINE_BARE = /^\s*المصدر\s*$/;
const CREDIT_LINE = /^\s*(?:تحرير|إعداد|اعداد|ترجمة|ترجمه|تصوير|كتب|كتبه|كتبت|بقلم|بواسطة|متابعة|المحرر|محرر|مراجعة|تدقيق|إشراف|اشراف)\s*[:|\-–—]/;
// Credit lines that name the writer, not an editor, translator or photographer.
const BYLINE_CREDIT = /^\s*(?:كتب|كتبه|كتبت|بقلم|بواسطة)\s*[:|\-–—]\s*(.+)$/;
/** Lines longer than this (in UTF-16 units, about 50 Arabic words) are running text. */
export const LONG_LINE = 320;
const HAS_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
const MARKER = /^[\s\p{P}\p{S}\d\u0660-\u0669]*$/u; // "((3))", "***", "—"
const TRACKING = /^(?:fbpx|pixel|noscript|img|amp-pixel)\b|facebook\.com\/tr|google-analytics|gtag\(|googletag/i;

/**
 * What kind of page furniture a whole line is, or null when it may be story text. Pass the
 * line's lineKey() when already computed. Every
 * rule looks at the line alone; positional rules (titles, related headlines after the
 * story, bylines) live in the boilerplate remover.
 */
export function classifyBoilerplateLine(line: string, precomputedKey?: string): BoilerplateKind | null {
  const trimmed = line.trim();
  if (trimmed === '') return null;
  if (TRACKING.test(trimmed)) return 'tracking';
  if (MARKER.test(trimmed)) return findDateline(trimmed) ? 'dateline' : 'marker';
  if (trimmed.length > LONG_LINE) {
    // Running text: only a cookie banner is that long among the line rules (the others
    // stop at 30 words), so only its opening needs a key.
    return startsWithAny(lineKey(trimmed.slice(0, 120)), COOKIE_PREFIXES) ? 'cookie_notice' : null;
  }
  const key = precomputedKey ?? lineKey(trimmed);
  const words = wordCount(key);
  if (key === '') return 'marker';
  if (words <= 12 && RELATED_HEADERS.has(key)) return 'related_header';
  // "بيانات ذات صلة"، "فيديوهات ذات علاقة": any short label of things "related" heads a list of links.
  if (words <= RELATED_LABEL_WORDS && RELATED_LABEL.test(key)) return 'related_header';
  if (INTERFACE.has(key)) return 'interface';
  if (KEYWORD_HEADERS.has(key)) return 'keywords_header';
  if (LABELS.has(key)) return 'label';
  if (words <= 4 && AGENCY_CREDITS.has(key)) return 'credit_line';
  if (words <= 4 && PHOTO_CREDIT.test(key)) return 'photo_credit';
  if (words <= 6 && (RELATIVE_TIME.test(key) || COUNTER.test(key) || READING_TIME.test(key))) return 'timestamp';
  if (/^(?:#\S+\s*)+$/u.test(trimmed)) return 'hashtags';
  if (/^(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+$/i.test(trimmed)) return 'link';
  if (words <= 10 && BREADCRUMB.test(trimmed) && key.startsWith(HOME)) return 'interface';
  if (startsWithAny(key, COOKIE_PREFIXES)) return 'cookie_notice';
  if (words <= 20 && (trimmed.startsWith('©') || startsWithAny(key, COPYRIGHT_PREFIXES))) return 'copyright';
  if (words <= 10 && (SOURCE_LINE.test(trimmed) || SOURCE_LINE_BARE.test(trimmed))) return 'source_line';
  if (words <= 8 && CREDIT_LINE.test(trimmed)) return 'credit_line';
  if (words <= 25 && startsWithAny(key, RELATED_PREFIXES) && /[:：\-–—]/.test(trimmed.slice(0, 30))) return 'related_header';
  if (words <= 30 && startsWithAny(key, KEYWORD_PREFIXES) && /[:：]/.test(trimmed.slice(0, 30))) return 'keywords_header';
  if (words <= 12 && startsWithAny(key, INTERFACE_PREFIXES)) return 'interface';
  if (words <= 12 && isShareBar(key)) return 'share_bar';
  if (words <= 16 && /[|｜•·]/.test(trimmed) && isInterfaceRow(trimmed)) return 'interface';
  if (words <= 14 && HAS_DIGIT.test(trimmed) && isDateline(trimmed)) return 'dateline';
  if (words <= 2 && !/[\u0600-\u06FF]/.test(trimmed) && /[A-Za-z]/.test(trimmed)) return 'foreign_fragment';
  return null;
}

/** The writer named by a credit line ("بقلم: سامر خليل" → "سامر خليل"), or null. */
export function authorFromCredit(line: string): string | null {
  const name = BYLINE_CREDIT.exec(line)?.[1]
    ?.replace(/[|،,.]+$/, '')
    .trim();
  return name && wordCount(name) <= 5 ? name : null;
}

/**
 * Whether a removed line, met after the story started, means the story is over (or paused
 * for an inline "اقرأ أيضاً"): short lines after it are links to other articles. Captions,
 * "***" separators and widget counters sit inside stories too, so they do not.
 */
export function opensTail(kind: BoilerplateKind, line: string): boolean {
  switch (kind) {
    case 'related_header':
    case 'keywords_header':
    case 'source_line':
    case 'share_bar':
    case 'credit_line':
      return true;
    case 'marker':
      return NUMBERED_MARKER.test(line.trim());
    case 'interface':
      return TAIL_INTERFACE.has(lineKey(line));
    default:
      return false;
  }
}

function startsWithAny(key: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => key === p || key.startsWith(`${p} `));
}

/** "طباعة الخبر | أرسل لصديق", "من نحن | اتصل بنا": every cell an interface label. */
function isInterfaceRow(line: string): boolean {
  const cells = line
    .split(/[|｜•·]/)
    .map(lineKey)
    .filter(Boolean);
  return cells.length >= 2 && cells.every((c) => INTERFACE.has(c) || isShareBar(c));
}

function isShareBar(key: string): boolean {
  const tokens = key.split(' ');
  return tokens.every((t) => SHARE_WORDS.has(t)) && tokens.some((t) => NETWORKS.has(t));
}

function isDateline(raw: string): boolean {
  return findDateline(raw) !== null;
}

const PUBLISHED_PREFIX = /^(?:تاريخ النشر|نشر بتاريخ|نشر في|تم النشر|اخر تحديث|تاريخ التحديث|تم التحديث|محدث في|محدث|نشر|published|updated)\s*(?:في|on)?\s*[:：\-–|]?\s*/i;

/**
 * The date of a dateline ("الأحد 29 أكتوبر 2023 01:49 م", "نُشر في: 29/10/2023"), or null
 * when the line is not one. The date must be most of the line: a sentence that opens
 * with a date is story text.
 */
export function findDateline(raw: string): ParsedDate | null {
  let norm = normaliseArabic(toWesternDigits(raw));
  const prefix = PUBLISHED_PREFIX.exec(norm);
  if (prefix) norm = norm.slice(prefix[0].length);
  let parsed = parseArabicDate(norm);
  if (!parsed && wordCount(norm) <= 10) {
    // A section name or bullet before the date ("● أخبار سورية 22 أكتوبر 2023"): at most three words.
    const at = norm.search(/\d|(?:^|\s)(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)/);
    if (at > 0 && wordCount(norm.slice(0, at).replace(/[^\p{L}\p{N}\s]+/gu, ' ')) <= 3) {
      norm = norm.slice(at).trim();
      parsed = parseArabicDate(norm);
    }
  }
  if (!parsed) return null;
  const rest = norm.slice(parsed.matchedLength).replace(/[^\p{L}\p{N}\s]+/gu, ' ');
  return prefix || wordCount(rest) <= 2 ? parsed : null;
}
