// Labels in Arabic (default) and English. Vocabulary codes come from libs/contracts.
import type { Lang } from './lib/url-state';

const AR = {
  title: 'رصد · بحث الحوادث',
  subtitle: 'حوادث مستخلصة من الأخبار العربية ومُزالة التكرار',
  skip: 'انتقل إلى المحتوى',
  searchLabel: 'ابحث في الحوادث',
  searchPlaceholder: 'مثال: التنف، طائرة مسيرة، الشدادي…',
  search: 'بحث',
  sort: 'الترتيب',
  sortDate: 'الأحدث',
  sortRelevance: 'الأكثر صلة',
  filters: 'التصفية',
  from: 'من تاريخ',
  to: 'إلى تاريخ',
  place: 'المكان',
  placePlaceholder: 'اسم المكان',
  apply: 'تطبيق',
  clear: 'مسح التصفية',
  category: 'الفئة',
  actor: 'الجهة المنفذة',
  weapon: 'السلاح',
  results: (n: number, gte: boolean) => (n === 0 ? 'لا توجد نتائج' : `${gte ? 'أكثر من ' : ''}${n.toLocaleString('ar-u-nu-latn')} ${n === 1 ? 'حادثة' : n === 2 ? 'حادثتان' : n <= 10 ? 'حوادث' : 'حادثة'}`),
  loading: 'جارٍ التحميل…',
  error: 'تعذّر الاتصال بالخادم',
  retry: 'إعادة المحاولة',
  noResultsHint: 'جرّب كلمات أخرى أو أزل بعض عوامل التصفية.',
  page: (p: number, n: number) => `صفحة ${p.toLocaleString('ar-u-nu-latn')} من ${n.toLocaleString('ar-u-nu-latn')}`,
  prev: 'السابق',
  next: 'التالي',
  pagination: 'التنقل بين الصفحات',
  sources: (n: number) => `${n.toLocaleString('ar-u-nu-latn')} ${n === 1 ? 'مصدر' : n === 2 ? 'مصدران' : 'مصادر'}`,
  killed: 'القتلى',
  injured: 'الجرحى',
  date: 'التاريخ',
  target: 'الهدف',
  claimedBy: 'تبنّى الهجوم',
  coordinates: 'الإحداثيات',
  governorate: 'المحافظة',
  samePlace: 'كل الحوادث في هذا المكان',
  precisionDay: 'دقة: يوم',
  precisionMonth: 'دقة: شهر',
  unknown: 'غير مذكور',
  back: 'العودة إلى النتائج',
  incident: 'الحادثة',
  conflicting: 'روايات متعارضة',
  reportedBy: 'حسب',
  chosenBy: 'القاعدة',
  allValues: 'كل القيم المبلّغ عنها',
  evidence: 'الأدلة في نص المصدر',
  sourceArticles: 'المقالات المصدر',
  outlet: 'الوسيلة',
  published: 'تاريخ النشر',
  openSource: 'فتح المصدر',
  noLink: 'بلا رابط',
  confidence: 'الثقة',
  fullTextUnavailable: 'النص الكامل غير متاح؛ تُعرض جمل الأدلة بترتيب ورودها في المقال.',
  timeline: 'الخط الزمني',
  timelineNote: (n: number, total: number) => (n < total ? `أحدث ${n.toLocaleString('ar-u-nu-latn')} من ${total.toLocaleString('ar-u-nu-latn')} حادثة` : `${n.toLocaleString('ar-u-nu-latn')} حادثة`),
  timelineEmpty: 'لا توجد حوادث مؤرخة',
  timelineBar: (label: string, n: number) => `${label}: ${n.toLocaleString('ar-u-nu-latn')}`,
  pipeline: 'حالة خط المعالجة',
  lag: 'التأخر',
  rate: 'الإنتاجية',
  perSecond: 'رسالة/ث',
  stage: 'المرحلة',
  status: 'الحالة',
  pipelineUnavailable: 'بيانات التأخر غير متاحة من الخادم',
  updated: 'آخر تحديث',
  keysHelp: 'اختصارات: / للبحث، ↑↓ أو j/k للتنقل، Enter للفتح، Esc للرجوع',
  language: 'English',
  languageLabel: 'Switch to English',
  notFound: 'الحادثة غير موجودة',
  ok: 'تعمل',
  lagging: 'متأخرة',
  stalled: 'متوقفة',
  incidents: 'حادثة',
  rule: 'قاعدة الاختيار',
};

type Dict = typeof AR;

const EN: Dict = {
  title: 'Raseed · Incident search',
  subtitle: 'Deduplicated incidents extracted from Arabic news',
  skip: 'Skip to content',
  searchLabel: 'Search incidents',
  searchPlaceholder: 'e.g. التنف، طائرة مسيرة، Shaddadi…',
  search: 'Search',
  sort: 'Sort',
  sortDate: 'Newest',
  sortRelevance: 'Relevance',
  filters: 'Filters',
  from: 'From',
  to: 'To',
  place: 'Place',
  placePlaceholder: 'Place name',
  apply: 'Apply',
  clear: 'Clear filters',
  category: 'Category',
  actor: 'Actor',
  weapon: 'Weapon',
  results: (n, gte) => (n === 0 ? 'No results' : `${gte ? 'more than ' : ''}${n.toLocaleString('en')} incident${n === 1 ? '' : 's'}`),
  loading: 'Loading…',
  error: 'Could not reach the server',
  retry: 'Retry',
  noResultsHint: 'Try other words or remove some filters.',
  page: (p, n) => `Page ${p} of ${n}`,
  prev: 'Previous',
  next: 'Next',
  pagination: 'Pagination',
  sources: (n) => `${n} source${n === 1 ? '' : 's'}`,
  killed: 'Killed',
  injured: 'Injured',
  date: 'Date',
  target: 'Target',
  claimedBy: 'Claimed by',
  coordinates: 'Coordinates',
  governorate: 'Governorate',
  samePlace: 'All incidents at this place',
  precisionDay: 'precision: day',
  precisionMonth: 'precision: month',
  unknown: 'not stated',
  back: 'Back to results',
  incident: 'Incident',
  conflicting: 'conflicting reports',
  reportedBy: 'per',
  chosenBy: 'rule',
  allValues: 'All reported values',
  evidence: 'Evidence in the source text',
  sourceArticles: 'Source articles',
  outlet: 'Outlet',
  published: 'Published',
  openSource: 'Open source',
  noLink: 'no link',
  confidence: 'Confidence',
  fullTextUnavailable: 'Full text unavailable; evidence sentences are shown in article order.',
  timeline: 'Timeline',
  timelineNote: (n, total) => (n < total ? `latest ${n} of ${total} incidents` : `${n} incident${n === 1 ? '' : 's'}`),
  timelineEmpty: 'No dated incidents',
  timelineBar: (label, n) => `${label}: ${n}`,
  pipeline: 'Pipeline',
  lag: 'Lag',
  rate: 'Throughput',
  perSecond: 'msg/s',
  stage: 'Stage',
  status: 'Status',
  pipelineUnavailable: 'Lag data is not available from the server',
  updated: 'Updated',
  keysHelp: 'Keys: / search, ↑↓ or j/k move, Enter open, Esc back',
  language: 'العربية',
  languageLabel: 'التبديل إلى العربية',
  notFound: 'Incident not found',
  ok: 'ok',
  lagging: 'lagging',
  stalled: 'stalled',
  incidents: 'incidents',
  rule: 'Rule',
};

export const DICT: Record<Lang, Dict> = { ar: AR, en: EN };

const VOCAB: Record<Lang, Record<string, string>> = {
  ar: {
    attack_on_us_forces: 'هجوم على القوات الأمريكية',
    strike_on_militias: 'ضربة على الفصائل المسلحة',
    drone: 'طائرة مسيّرة',
    rocket: 'صواريخ',
    missile: 'صاروخ موجّه',
    mortar: 'قذائف هاون',
    airstrike: 'غارة جوية',
    artillery: 'مدفعية',
    ied: 'عبوة ناسفة',
    small_arms: 'أسلحة خفيفة',
    unknown: 'غير معروف',
    islamic_resistance_iraq: 'المقاومة الإسلامية في العراق',
    kataib_hezbollah: 'كتائب حزب الله',
    nujaba: 'حركة النجباء',
    kataib_sayyid_al_shuhada: 'كتائب سيد الشهداء',
    iran_backed_militia: 'فصائل مدعومة من إيران',
    irgc: 'الحرس الثوري الإيراني',
    us: 'الولايات المتحدة',
    coalition: 'التحالف الدولي',
    israel: 'إسرائيل',
    // evidence fields
    category: 'الفئة',
    date: 'التاريخ',
    place: 'المكان',
    target: 'الهدف',
    weapon: 'السلاح',
    actor: 'الجهة',
    claimed_by: 'التبنّي',
    killed: 'القتلى',
    injured: 'الجرحى',
  },
  en: {
    attack_on_us_forces: 'Attack on US forces',
    strike_on_militias: 'Strike on militias',
    drone: 'Drone',
    rocket: 'Rockets',
    missile: 'Missile',
    mortar: 'Mortar',
    airstrike: 'Airstrike',
    artillery: 'Artillery',
    ied: 'IED',
    small_arms: 'Small arms',
    unknown: 'Unknown',
    islamic_resistance_iraq: 'Islamic Resistance in Iraq',
    kataib_hezbollah: 'Kataib Hezbollah',
    nujaba: 'al-Nujaba',
    kataib_sayyid_al_shuhada: 'Kataib Sayyid al-Shuhada',
    iran_backed_militia: 'Iran-backed militia',
    irgc: 'IRGC',
    us: 'United States',
    coalition: 'Coalition',
    israel: 'Israel',
    category: 'category',
    date: 'date',
    place: 'place',
    target: 'target',
    weapon: 'weapon',
    actor: 'actor',
    claimed_by: 'claim',
    killed: 'killed',
    injured: 'injured',
  },
};

/** Label for a vocabulary code (category, weapon, actor, evidence field); unknown codes as-is. */
export function vocab(lang: Lang, code: string | null | undefined): string {
  if (!code) return '';
  return VOCAB[lang][code] ?? code.replace(/_/g, ' ');
}

export function formatNumber(lang: Lang, n: number): string {
  return n.toLocaleString(lang === 'ar' ? 'ar-u-nu-latn' : 'en');
}

/** 'YYYY-MM-DD' or 'YYYY-MM' (or ISO timestamp) in the page language, UTC. */
export function formatDate(lang: Lang, value: string | null | undefined, precision?: 'day' | 'month' | null): string {
  if (!value) return '';
  const monthOnly = precision === 'month' || /^\d{4}-\d{2}$/.test(value);
  const t = Date.parse(/^\d{4}-\d{2}$/.test(value) ? `${value}-01` : value);
  if (Number.isNaN(t)) return value;
  const locale = lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB';
  return new Intl.DateTimeFormat(locale, monthOnly ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(t);
}

export function placeName(lang: Lang, p: { name_ar: string; name_en: string } | null | undefined): string {
  if (!p) return '';
  return lang === 'ar' ? p.name_ar || p.name_en : p.name_en || p.name_ar;
}

// Governorates (Place.admin1 is the gazetteer's English name) and countries, in Arabic.
const ADMIN1_AR: Record<string, string> = {
  Damascus: 'دمشق', 'Rif Dimashq': 'ريف دمشق', Aleppo: 'حلب', Homs: 'حمص', Hama: 'حماة', Latakia: 'اللاذقية', Tartus: 'طرطوس', Idlib: 'إدلب',
  Raqqa: 'الرقة', 'Deir ez-Zor': 'دير الزور', Hasakah: 'الحسكة', Daraa: 'درعا', Suwayda: 'السويداء', Quneitra: 'القنيطرة',
  Baghdad: 'بغداد', Anbar: 'الأنبار', Erbil: 'أربيل', Nineveh: 'نينوى', Kirkuk: 'كركوك', Salahuddin: 'صلاح الدين', Diyala: 'ديالى', Babil: 'بابل',
  Karbala: 'كربلاء', Najaf: 'النجف', Qadisiyyah: 'القادسية', Wasit: 'واسط', Maysan: 'ميسان', 'Dhi Qar': 'ذي قار', Muthanna: 'المثنى', Basra: 'البصرة',
  Duhok: 'دهوك', Sulaymaniyah: 'السليمانية', Halabja: 'حلبجة', Balqa: 'البلقاء', Mafraq: 'المفرق', Amman: 'عمّان', Zarqa: 'الزرقاء', Irbid: 'إربد',
};
const COUNTRY: Record<Lang, Record<string, string>> = {
  ar: { SY: 'سوريا', IQ: 'العراق', JO: 'الأردن', IR: 'إيران' },
  en: { SY: 'Syria', IQ: 'Iraq', JO: 'Jordan', IR: 'Iran' },
};

export function governorate(lang: Lang, p: { admin1?: string | null; country?: string | null } | null | undefined): string {
  if (!p) return '';
  const admin = p.admin1 ? (lang === 'ar' ? ADMIN1_AR[p.admin1] ?? p.admin1 : p.admin1) : '';
  const country = p.country ? COUNTRY[lang][p.country] ?? p.country : '';
  return [admin, country].filter(Boolean).join(lang === 'ar' ? '، ' : ', ');
}

// How the chosen value of a field was picked (libs/incident-clustering FieldResolution.rule).
const RULES: Record<Lang, Record<string, string>> = {
  ar: {
    most_sources_then_earliest_day: 'الأكثر مصادر، ثم الأقدم',
    most_specific_then_most_sources: 'الأدق مكاناً، ثم الأكثر مصادر',
    latest_report_then_highest: 'أحدث رواية، ثم الرقم الأعلى',
    most_sources_then_longest: 'الأكثر مصادر، ثم الأطول',
    most_specific_known_then_most_sources: 'الأدق والمعروف، ثم الأكثر مصادر',
    most_sources_known: 'المعروف الأكثر مصادر',
    not_reported: 'غير مذكور',
  },
  en: {
    most_sources_then_earliest_day: 'most sources, then earliest day',
    most_specific_then_most_sources: 'most specific place, then most sources',
    latest_report_then_highest: 'latest report, then highest figure',
    most_sources_then_longest: 'most sources, then longest',
    most_specific_known_then_most_sources: 'most specific known value, then most sources',
    most_sources_known: 'known value with most sources',
    not_reported: 'not reported',
  },
};

export function ruleLabel(lang: Lang, rule: string): string {
  return RULES[lang][rule] ?? rule.replace(/_/g, ' ');
}
