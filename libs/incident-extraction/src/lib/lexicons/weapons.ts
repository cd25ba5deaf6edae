import type { Weapon } from '@raseed/contracts';
import { PhraseMatcher } from '../text/phrase-matcher';

// Weapon words. Stems ending in "*" cover plural, dual and feminine forms (مسيرة،
// مسيرات، مسيرتين; صاروخ، صاروخية، صاروخين). Longest phrase wins, so "صواريخ باليستية"
// is a missile and "قذائف صاروخية" a rocket.
// What is fired or flown at a site from afar (not an air strike's means): a foiled attack by one still
// happened, and one that fell near a US site was aimed at it.
export const FIRED_FROM_AFAR: ReadonlySet<Weapon> = new Set<Weapon>(['drone', 'rocket', 'missile', 'mortar']);

export const WEAPONS: Array<[Weapon, string[]]> = [
  // Any aircraft "without a pilot" ("طائرات من دون طيار", "نظام جوي مسلح بدون طيار"), booby-trapped or suicide aircraft.
  ['drone', ['مسير*', 'مسيّر*', 'طائر* بدون طيار', 'طائر* دون طيار', 'طائر* من دون طيار', 'طائر* بلا طيار', 'بدون طيار', 'دون طيار', 'من دون طيار', 'بلا طيار',
    'درون*', 'الدرون', 'قاصف', 'شاهد 136', 'طائر* انتحاري*', 'طائر* مفخخ*', 'الطيران المسير', 'طيران مسير', 'بالطيران المسير', 'أنظمة جوية بدون طيار']],
  // Bare "shells" (قذائف) fired at a base are the militias' rockets unless named mortar or artillery.
  ['rocket', ['صاروخ*', 'صواريخ*', 'قذيف*', 'قذائف', 'قذيف* صاروخي*', 'قذائف صاروخي*', 'كاتيوشا', 'الكاتيوشا', 'غراد', '107 ملم', '122 ملم', 'راجمة*']],
  ['missile', ['صاروخ باليستي*', 'صواريخ باليستي*', 'صاروخ بالستي*', 'صواريخ بالستي*', 'باليستي*', 'بالستي*', 'صواريخ كروز', 'صاروخ كروز', 'صواريخ فاتح', 'فاتح 313', 'صواريخ موجهة',
    'صاروخا موجها', 'صاروخ موجه', 'هلفاير', 'هيلفاير', 'صواريخ هلفاير', 'كورنيت', 'صاروخ مضاد للدروع', 'صواريخ مضادة للدروع']],
  ['mortar', ['هاون', 'الهاون', 'قذيف* هاون', 'قذائف هاون', 'قذيف* الهاون', 'قذائف الهاون']],
  ['airstrike', ['غار*', 'ضرب* جوي*', 'قصف* جوي*', 'استهداف* جوي*', 'لاستهداف جوي', 'اعتداء* جوي*', 'عدوان جوي', 'العدوان الجوي', 'الطيران الحربي', 'طيران حربي', 'طائرات حربية',
    'الطائرات الحربية', 'مقاتلات', 'المقاتلات', 'سلاح الجو', 'الهجوم الجوي', 'هجوم جوي', 'قاذفات', 'طائرات مقاتلة', 'طائرات جوية', 'الطيران الأمريكي', 'الطيران الأميركي', 'الطيران الإسرائيلي',
    // Bombs dropped from aircraft.
    'قنابل موجهة', 'قنبلة موجهة', 'القنابل الموجهة', 'قنابل ذكية', 'قنابل جوية', 'قنابل خارقة']],
  ['artillery', ['مدفعي*', 'المدفعية', 'قذيف* مدفعي*', 'قذائف مدفعي*', 'قذائف المدفعية', 'قصف مدفعي', 'بالمدافع']],
  // A bare "عبوة" (charge) is a bomb in this reporting: "استهدفت عبوة ثانية رتلاً".
  ['ied', ['عبوة ناسفة', 'عبوات ناسفة', 'لغم', 'عبوة متفجرة', 'عبو* ناسف*', 'سيارة مفخخة', 'عبوة', 'عبوات', 'عبوتين', 'عبوتان']],
  ['small_arms', ['أسلحة خفيفة', 'رشاش*', 'إطلاق نار', 'إطلاق النار', 'أسلحة رشاشة', 'قناص*', 'إطلاق الرصاص', 'بالرصاص']],
];

export const weaponMatcher = new PhraseMatcher<Weapon>();
for (const [w, phrases] of WEAPONS) for (const p of phrases) weaponMatcher.add(p, w);
