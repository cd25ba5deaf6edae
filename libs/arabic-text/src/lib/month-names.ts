/**
 * Arabic month names by month number: the Levantine/Iraqi (Syriac) names, the Egyptian/Gulf
 * ones from Latin, and the Maghrebi ones from French. Written in one spelling each: readers
 * fold them with their own search keys (normaliseArabic, the extractor's tokens), which make
 * أبريل/ابريل/إبريل, آذار/اذار and جويلية/جويليه meet.
 */
export const ARABIC_MONTH_NAMES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['كانون الثاني', 'يناير', 'جانفي']],
  [2, ['شباط', 'فبراير', 'فيفري']],
  [3, ['آذار', 'مارس']],
  [4, ['نيسان', 'أبريل', 'أفريل']],
  [5, ['أيار', 'مايو', 'ماي']],
  [6, ['حزيران', 'يونيو', 'يونيه', 'جوان']],
  [7, ['تموز', 'يوليو', 'يوليه', 'جويلية']],
  [8, ['آب', 'أغسطس', 'أوت']],
  [9, ['أيلول', 'سبتمبر']],
  [10, ['تشرين الأول', 'أكتوبر']],
  [11, ['تشرين الثاني', 'نوفمبر']],
  [12, ['كانون الأول', 'ديسمبر']],
];
