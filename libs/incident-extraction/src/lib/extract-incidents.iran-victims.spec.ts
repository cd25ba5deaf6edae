import { brief } from '../../test/brief';

// Iran's men as the victims of a strike told as such, with no striker named; rockets that "poured down".
// Classes read on dev17. Sentences written for these tests.

describe("Iran's men killed in a strike told as such", () => {
  it.each([
    ['"most of them Iranians"', 'قُتل 26 مقاتلاً موالياً للنظام، معظمهم إيرانيون، في ضربة صاروخية استهدفت ليل الأحد مستودعاً جنوب مدينة حماة.', 'Hama'],
    ['"Iranian fighters", counted', 'قُتل 12 مقاتلاً إيرانياً في ضربة استهدفت فجر اليوم موقعاً قرب مدينة الميادين.', 'Mayadin'],
    ['"among them Iranians"', 'أسفرت غارة ليل السبت على مستودع قرب البوكمال عن مقتل ثمانية عناصر، بينهم إيرانيون.', 'Albukamal'],
    ['an Iranian adviser killed', 'قتل مستشار إيراني في ضربة جوية استهدفت منزلاً في حي المزة بدمشق فجر الثلاثاء.', 'Mezzeh'],
    ['IRGC members wounded', 'أصيب أربعة من عناصر الحرس الثوري في غارة على موقع قرب مطار التيفور مساء أمس.', 'T4 airbase'],
    ['"most of them" with a missile strike', 'قتل 15 شخصاً غالبيتهم إيرانيون في ضربات صاروخية طالت مواقع قرب الكسوة مساء الثلاثاء.', 'al-Kiswah'],
  ])('%s', (_label, text, place) => {
    expect(brief(text, '2024-03-15')).toMatchObject([{ category: 'strike_on_militias', place }]);
  });

  it.each([['Iranians as attackers', 'قال مسؤول إن مقاتلين إيرانيين أطلقوا صواريخ على قاعدة التنف مساء أمس.', 'attack_on_us_forces']])('not a strike: %s', (_label, text, category) => {
    expect(brief(text, '2024-03-15').map((m) => m.category)).toEqual([category]);
  });
});

describe('rockets that "poured down", drones that "swooped" on a base', () => {
  it.each([
    ['"the rockets that poured down"', 'وما الصواريخ السبعة عشر التي انهمرت مساء الجمعة على قاعدة عين الأسد إلا رسالة.', 'Ain al-Asad'],
    ['"showered"', 'انهالت القذائف فجر اليوم على قاعدة حرير في أربيل.', 'Harir'],
    ['present', 'صواريخ تنهمر على قاعدة التنف مساء الأحد.', 'al-Tanf'],
    ['a drone "swooped"', 'انقضت طائرة مسيرة على مبنى في قاعدة حقل العمر ليل الأحد.', 'al-Omar oil field'],
    ['two drones "swooped", feminine plural subject after', 'انقضت مسيرتان مفخختان فجر اليوم على برج مراقبة في قاعدة الشدادي.', 'al-Shaddadi'],
  ])('%s', (_label, text, place) => {
    expect(brief(text, '2024-03-15')).toMatchObject([{ category: 'attack_on_us_forces', place }]);
  });
});
