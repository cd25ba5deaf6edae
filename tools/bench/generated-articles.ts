// The bench's generated Arabic articles: shared by the pipeline bench and the in-process indexer bench.

const PLACES = ['قاعدة التنف', 'قاعدة الشدادي', 'حقل العمر النفطي', 'حقل كونيكو للغاز', 'قاعدة عين الأسد', 'قاعدة حرير في أربيل', 'مطار أربيل الدولي', 'قاعدة خراب الجير'];
const WEAPONS = ['بطائرة مسيرة مفخخة', 'بثلاثة صواريخ', 'بقذائف الهاون', 'بطائرتين مسيرتين'];
const MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران'];
const OUTLETS = ['وكالة الأنباء المحلية', 'موقع الخبر العاجل', 'قناة المنطقة', 'صحيفة الصباح', 'إذاعة المدينة'];
/** Distinct stories the syndicated mode repeats (as many as the shared corpus it mimics). */
export const SYNDICATED_STORIES = 147;

/** Article i of the plain mode: mostly distinct incidents (8 places × 27 days × 6 months). */
export function article(i: number): string {
  const place = PLACES[i % PLACES.length];
  const weapon = WEAPONS[(i >> 3) % WEAPONS.length];
  const day = 1 + (i % 27);
  const month = MONTHS[(i >> 5) % MONTHS.length];
  return [
    `هجوم ${weapon} على ${place} (${i})`,
    `تعرضت ${place} التي تتمركز فيها قوات أمريكية لهجوم ${weapon} يوم ${day} ${month} 2024، بحسب مصادر محلية تحدثت للتقرير رقم ${i}.`,
    `وقالت المصادر إن الهجوم أسفر عن إصابة ${1 + (i % 4)} من الجنود بجروح طفيفة، فيما لم تتبن أي جهة المسؤولية حتى الآن.`,
    `وتشهد المنطقة منذ أشهر تصعيداً متكرراً، وفق ما نقلت وكالات الأنباء في نشرتها رقم ${i * 7}.`,
  ].join('\n');
}

/**
 * Article i of the syndicated mode: story i mod 147 re-posted with one varied line, so each
 * incident gathers N/147 reports (~68 at 10,000), as a big story does from agencies and re-posts.
 */
export function syndicatedArticle(i: number): string {
  const story = i % SYNDICATED_STORIES;
  const place = PLACES[story % PLACES.length];
  const weapon = WEAPONS[(story >> 3) % WEAPONS.length];
  const day = 1 + Math.floor(story / PLACES.length);
  return [
    `هجوم ${weapon} على ${place}`,
    `تعرضت ${place} التي تتمركز فيها قوات أمريكية لهجوم ${weapon} يوم ${day} آذار 2024، بحسب مصادر محلية.`,
    `وقالت المصادر إن الهجوم أسفر عن إصابة ${1 + (story % 4)} من الجنود بجروح طفيفة، فيما لم تتبن أي جهة المسؤولية حتى الآن.`,
    `نقلاً عن ${OUTLETS[i % OUTLETS.length]}، النسخة رقم ${i}.`,
  ].join('\n');
}
