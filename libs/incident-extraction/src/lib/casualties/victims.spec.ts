import { keyTokens } from '../text/tokens';
import { findCasualties, resolveCount } from './casualties';

// Sentences written for these tests: victim phrases as news Arabic builds them.
const counts = (text: string) => {
  const m = findCasualties(keyTokens(text));
  return { killed: resolveCount(m, 'killed')?.value ?? null, injured: resolveCount(m, 'injured')?.value ?? null };
};

describe('coordinated victim groups add up', () => {
  it.each([
    ['dual and a nationality', 'أسفر الهجوم عن مقتل جنديين فرنسيين وبريطاني قرب القاعدة', 3, null],
    ['number, a "من" phrase and a civilian', 'أدت الغارة إلى مقتل 4 من عناصر الحماية ومدني كان يمر بالمكان', 5, null],
    ['two counted groups', 'قتل ثلاثة مدنيين وعنصران من الشرطة في القصف', 5, null],
    ['a number after "and"', 'أسفر القصف عن إصابة جنديين أمريكيين وثلاثة متعاقدين', null, 5],
    ['singular and a companion noun', 'قتل مستشار بريطاني ومترجم في الهجوم على المعسكر', 2, null],
    ['subject before the verb', 'وقال البيان إن عسكريين اثنين ومتعاقدا واحدا أصيبوا في الهجوم', null, 3],
    ['subject with a dual conjunct', 'وذكر مسؤول أن ثلاثة جنود أميركيين وموظفين اثنين جرحوا جراء الانفجار', null, 5],
    ['"in addition to"', 'وأصيب أربعة من أفراد الحراسة إضافة إلى مهندس أجنبي', null, 5],
    ['a dual subject and a singular', 'وأكد البيان أن جنديين أستراليين ومترجماً محلياً قتلوا في الكمين', 3, null],
    ['two counted groups after a head, words', 'أدى القصف إلى جرح خمسة عناصر من الحشد وأربعة مدنيين', null, 9],
    ['a dual conjunct', 'وأسفرت الغارة عن مقتل ثلاثة مسلحين وقائدين ميدانيين', 5, null],
    ['a subset adds nothing', 'قتل خمسة أشخاص بينهم ضابطان في الهجوم', 5, null],
    ['a following act is no conjunct', 'أسفرت الضربة عن مقتل ستة مسلحين وتدمير مستودع للذخيرة', 6, null],
    ['an adjective is no conjunct', 'أدى الهجوم إلى إصابة سبعة من القوات الأمريكية والعراقية', null, 7],
    ['the kinds of one counted group', 'إصابة أكثر من ثلاثين مدنياً وعسكرياً بجروح متفاوتة', null, 30],
    ['a word beginning with waw is no conjunct', 'إصابة ثلاثة أطفال من أسرة واحدة بشظايا الصاروخ', null, 3],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });
});

describe('companions, pronouns and quantifiers', () => {
  it.each([
    ['felled with the driver', 'استهدفت الطائرة سيارته على الطريق فأردته قتيلاً مع سائقه', 2, null],
    ['felled, dual pronoun', 'أطلق المسلحون النار على الضابطين فأردتهما قتيلين', 2, null],
    ['pronoun head and a companion', 'أعلنت الحركة استشهاده ومرافقه بغارة على الطريق الدولي', 2, null],
    ['pronoun head and companions counted', 'وأكد المصدر مقتله مع اثنين من مرافقيه', 3, null],
    ['singular, title, name, then the companion', 'أسفرت الغارة عن مقتل المسؤول العسكري للفصيل الحاج أبو مريم وسائقه', 2, null],
    ['"one of the workers"', 'سقطت القذيفة داخل الورشة ما أدى إلى مقتل أحد العمال', 1, null],
    ['"one of" no person is nobody', 'وأدى القصف إلى إصابة إحدى المنشآت بأضرار', null, null],
    ['"all" with the count after the noun', 'وقتل جميع الركاب الأربعة في السيارة المستهدفة', 4, null],
    ['"all" without a count', 'ما أسفر عن مقتل جميع المسلحين داخل المقر', null, null],
    ['"and another"', 'قتل قيادي في الفصيل وآخر في الضربة', 2, null],
    ['dual in the nominative', 'قتل متعاقدان أمريكيان في الانفجار', 2, null],
    ['"one of" a possessed plural', 'وأعلنت الكتائب مقتل أحد قادتها الميدانيين في الضربة', 1, null],
    ['pronoun head with two companions', 'أعلن الفصيل اغتياله مع ثلاثة من حراسه', 4, null],
    ['a dual broken-plural noun', 'أصيب حارسين عند بوابة السفارة', null, 2],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });
});

describe('victims told before their verb', () => {
  it.each([
    ['a long subject', 'وأكد المرصد أن تسعة مقاتلين من لواء المهام الخاصة التابع للفصيل العراقي قتلوا في الضربة', 9, null],
    ['a singular subject', 'وذكرت المصادر أن قائداً ميدانياً في الفصيل قتل خلال الغارة', 1, null],
    ['a dual subject', 'وقال المتحدث إن جنديين أصيبا بجروح طفيفة', null, 2],
    ['number words and a "من" phrase', 'فيما قال مسؤول محلي إن أحد عشر من عناصر الحشد استشهدوا في القصف', 11, null],
    ['at the start of the sentence', 'ثمانية عناصر من الفصيل قضوا في الغارة على المقر', 8, null],
    ['"lost their lives", subject first', 'وأفاد البيان بأن أربعة من مقاتليه فقدوا حياتهم في الهجوم', 4, null],
    ['a plural subject without a number', 'وأكد المسؤول أن الجنود أصيبوا بجروح طفيفة', null, null],
    ['the subject is no person', 'وقالت المصادر إن الصواريخ التي أطلقت على القاعدة أصيبت', null, null],
    ['a hedged subject', 'وقالت الوزارة إن ما لا يقل عن ستة جنود أصيبوا بارتجاج', null, 6],
    ['a subject with a nationality and a number after it', 'وقال المسؤول إن مستشارين إيرانيين اثنين قتلا في الغارة', 2, null],
    ['a sound plural with its number after it', 'وأوضحت الشرطة أن مترجمين أمريكيين ثلاثة أصيبوا في الانفجار', null, 3],
    ['"lost their lives" after a long subject', 'وأكدت الهيئة أن ستة من مقاتلي اللواء الرابع عشر فقدوا حياتهم', 6, null],
    ['a coordinated subject', 'وقال المرصد إن أربعة عناصر من الفصيل وقائدهم قتلوا في الضربة', 5, null],
    ['"martyred", a dual subject', 'وأعلن الحشد أن مقاتلين اثنين استشهدا في القصف', 2, null],
    ['a subject longer than a few words', 'وقال البيان إن ثلاثة من جنود الحماية التابعين للسفارة الأمريكية في بغداد أصيبوا', null, 3],
    ['a dual subject with a "من" phrase', 'وأكد المصدر أن عنصرين من الفصيل جرحا في القصف', null, 2],
    ['"martyred", a singular subject', 'وذكرت مصادر أن قيادياً في الكتائب استشهد في الضربة', 1, null],
    ['a subject named in a clause after "حيث"', 'وقع الانفجار قرب البوابة حيث عشرة عمال جرحوا', null, 10],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });
});

describe('whose people a count is about', () => {
  const sides = (text: string) =>
    findCasualties(keyTokens(text))
      .filter((m) => m.value !== 0)
      .map((m) => m.side ?? null);
  it.each([
    ['مقتل ثلاثة جنود أمريكيين في الهجوم', 'us'],
    ['إصابة عنصرين من قوات التحالف الدولي', 'us'],
    ['مقتل خمسة من عناصر كتائب حزب الله', 'militia'],
    ['مقتل قياديين في الحشد الشعبي', 'militia'],
    ['أسفرت عن مقتل أربعة مقاتلين عراقيين موالين لإيران', 'militia'],
    ['مقتل طفل وإصابة مدنيين', 'local'],
    ['مقتل ستة مقاتلين أكراد في الهجوم', 'local'],
    ['مقتل خمسة عناصر بغارة أمريكية', null],
    ['إصابة جنديين في هجوم للفصائل', null],
    ['وقال إن ثلاثة من جنود التحالف أصيبوا', 'us'],
  ])('%s → %s', (text, side) => {
    expect(sides(text)[0]).toBe(side);
  });
});

describe('an indefinite companion ("ومرافق له") or one "with him" ("ومعه أحد منتسبي الهيئة") adds one to a singular victim', () => {
  it.each([
    ['ما أدى إلى مقتل القيادي في حركة النجباء مشتاق طالب السعيدي المعروف بأبي تقوى ومرافق له.', 2],
    ['ما أدى إلى مقتل القيادي أبو تقوى ومعه أحد منتسبي الهيئة.', 2],
    ['قتل القيادي في كتائب حزب الله أبو باقر الساعدي وسائق له بغارة أمريكية في بغداد.', 2],
    ['قتل القيادي أبو علي ومعه أحد عناصره بضربة مسيرة.', 2],
    ['قتل القيادي في كتائب حزب الله أبو باقر الساعدي بغارة أمريكية في بغداد، وقال مصدر إن له ثلاثة أبناء.', 1],
  ])('%s', (text, killed) => {
    expect(counts(text).killed).toBe(killed);
  });
});

describe('"ارتقى" tells a death; a singular death with companions "with him" counts them all', () => {
  it.each([
    ['وأفاد مراسل في بغداد بأنّ الساعدي ارتقى مع اثنين من رفاقه', 3],
    ['وقال المصدر إن القيادي استشهد مع أحد مرافقيه', 2],
    ['ارتقى ثلاثة من مقاتلي الحشد في القصف', 3],
    ['ارتقى القائد أبو علي ورفيقه في الغارة', 2],
    ['قتل مع سائقه في الغارة على الطريق', 2],
  ])('%s', (text, killed) => {
    expect(counts(text).killed).toBe(killed);
  });
});

describe('his two companions ("مع رفيقيه"، "ونجليه") are two; a time told after them adds nobody', () => {
  it.each([
    ['الذي ارتقى شهيداً مع رفيقيه مساء يوم الأربعاء السادس والعشرين من شهر رجب', 3],
    ['وقال المصدر إن القيادي استشهد مع رفيقيه مساء الأربعاء', 3],
    ['أسفرت الغارة عن مقتل المسؤول العسكري ونجليه', 3],
    ['قتل القائد الميداني مع حارسيه في الضربة', 3],
    ['ارتقى القيادي ومرافقيه في القصف', 3],
    ['ارتقى القيادي مع رفيقه ليلة الخميس الحادي والعشرين من الشهر', 2],
    ['استشهد القائد مع اثنين من رفاقه فجر الأحد الثالث والعشرين', 3],
    ['قتل القيادي وسائقه مساء السبت الثاني والعشرين من كانون الثاني', 2],
  ])('%s', (text, killed) => {
    expect(counts(text).killed).toBe(killed);
  });
});

describe('"وأحد مرافقيه" right after a singular victim is one more, not the count of the noun', () => {
  it.each([
    ['مقتل القيادي وأحد مرافقيه', 2],
    ['أسفرت الضربة عن مقتل المسؤول وأحد مرافقيه', 2],
    ['قتل الضابط وأحد حراسه في الانفجار', 2],
    ['مقتل جندي واحد في الهجوم', 1],
    ['مقتل جنود ثلاثة في الهجوم', 3],
    ['فقتلت القيادي في كتائب حزب الله أبو باقر الساعدي ومرافقَين له', 3],
    ['مقتل القائد وسائقين له في الغارة', 3],
    ['مقتل القيادي ومرافقان له', 3],
  ])('%s', (text, killed) => {
    expect(counts(text).killed).toBe(killed);
  });
});

describe('taken ill is not wounded', () => {
  it.each([
    ['إن متعاقداً مدنياً أمريكياً أصيب بنوبة قلبية بينما كان يحتمي، وتوفي بعد ذلك بوقت قصير', null],
    ['وأصيب أحد المتعاقدين بأزمة قلبية أثناء الهجوم', null],
    ['أصيب جنديان بجروح طفيفة في الهجوم', 2],
    ['أصيب ثلاثة جنود بحالة ارتجاج في الدماغ', 3],
  ])('%s', (text, injured) => {
    expect(counts(text).injured).toBe(injured);
  });
});
