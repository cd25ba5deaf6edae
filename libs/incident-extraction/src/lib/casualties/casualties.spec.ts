import { keyTokens } from '../text/tokens';
import { findCasualties, resolveCount } from './casualties';

const counts = (text: string) => {
  const m = findCasualties(keyTokens(text));
  return { killed: resolveCount(m, 'killed')?.value ?? null, injured: resolveCount(m, 'injured')?.value ?? null };
};

describe('only property lost ("أضرار مادية فقط") is nobody hurt', () => {
  it.each([
    ['"material damage only"', 'أسفر الهجوم الصاروخي على قاعدة فيكتوريا عن أضرار مادية فقط'],
    ['"the damage was limited to property"', 'اقتصرت الأضرار على الماديات'],
    ['"material losses alone"', 'وخلف القصف خسائر مادية فحسب'],
    ['"limited to material damage"', 'واقتصرت الخسائر على أضرار مادية في المبنى'],
  ])('%s', (_label, text) => {
    expect(counts(text)).toEqual({ killed: 0, injured: 0 });
  });

  it.each([
    ['material damage and wounded', 'أسفر عن أضرار مادية كبيرة وإصابة جنديين', null, 2],
    ['no material losses says nothing of people', 'دون خسائر مادية', null, null],
  ])('but %s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });
});

describe('the passive of assassination ("اغتيل القيادي") counts its victims', () => {
  it.each([
    ['a leader after the verb', 'اغتيل القيادي أبو باقر الساعدي بضربة', 1, null],
    ['a leader told before, in a relative clause', 'القيادي أبو باقر الساعدي الذي اغتيل بضربة أمريكية', 1, null],
    ['a dual after the verb', 'اغتيل قائدان في الحرس الثوري بغارة', 2, null],
    ['a woman leader', 'وقد اغتيلت القيادية في الحشد بضربة', 1, null],
    ['a number of officers', 'اغتيل ثلاثة ضباط في الحرس الثوري بغارة على دمشق', 3, null],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });

  it('but a commemoration of the assassination counts none', () => {
    expect(counts('أحيا أنصار الحشد ذكرى اغتيال القائدين')).toEqual({ killed: null, injured: null });
  });
});

describe('women among the victims ("جندية بريطانية"، "مجندتان")', () => {
  it.each([
    ['a woman soldier in a coordinated group', 'أسفر عن مقتل جنديين أمريكيين وجندية بريطانية', 3, null],
    ['a woman soldier alone', 'أصيبت جندية أمريكية بجروح', null, 1],
    ['a dual of women soldiers', 'إصابة مجندتين أمريكيتين', null, 2],
    ['a woman contractor and two women soldiers', 'مقتل متعاقدة أمريكية وإصابة جنديتين', 1, 2],
    ['a nominative dual in a group', 'قتل ثلاثة جنود ومتعاقدتان', 5, null],
    ['two women after a soldier', 'مقتل جندي وامرأتين', 3, null],
    ['a woman officer and a soldier', 'مقتل ضابطة وجندي في الهجوم', 2, null],
    ['a woman employee', 'أسفر القصف عن إصابة موظفة في السفارة', null, 1],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });

  it.each([
    ['a feminine adjective of a thing after the dead', 'مقتل جنديين ومتعاقد وتدمير منشأة عسكرية ومدنية'],
    ['a feminine nisba after the dead', 'مقتل جنديين ومتعاقد وسط القاعدة الأمريكية'],
    ['a woman-like adjective in the group', 'مقتل جنديين ومتعاقد بجروح خطيرة وعسكرية'],
  ])('no woman in %s', (_label, text) => {
    expect(counts(text).killed).toBe(3);
  });
});

describe('victims told after a phrase saying in what they fell ("وأصيب في الهجوم جنديان")', () => {
  it.each([
    ['"in the attack", dual', 'وأصيب في الهجوم جنديان', null, 2],
    ['"in that strike", a number', 'وقتل في تلك الغارة ثلاثة عناصر من الفصيل', 3, null],
    ['"during it", with the wounded after', 'وقتل خلالها أربعة مقاتلين وأصيب خمسة آخرون', 4, 5],
    ['"because of the shelling"', 'وجرح بسبب القصف سبعة مدنيين', null, 7],
    ['"in it", pronoun', 'واستشهد فيه اثنان من المجاهدين', 2, null],
    ['"as a result of the raid"', 'وقتل جراء الغارة قيادي في الكتائب', 1, null],
    ['"in the blast"', 'وأصيب بالانفجار ثلاثة حراس', null, 3],
    ['"after the attack"', 'وأصيب إثر الهجوم عنصران من الشرطة', null, 2],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });

  it.each([
    ['a place, not what they fell in', 'وأصيب في الرأس برصاصة طائشة', null, null],
    ['no victims after the phrase', 'وقتل في الهجوم على القاعدة', null, null],
  ])('no count when %s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });
});

describe('findCasualties', () => {
  it.each([
    ['digits after the head', 'أسفر القصف عن مقتل 4 عناصر وإصابة 7 آخرين', 4, 7],
    ['number words', 'قتل ثلاثة جنود وأصيب خمسة عشر آخرون', 3, 15],
    ['hedged figures keep the figure', 'أدى الهجوم إلى إصابة أكثر من 30 عسكريا', null, 30],
    ['"at least"', 'إصابة ما لا يقل عن 12 من أفراد الخدمة', null, 12],
    ['dual noun', 'مقتل عنصرين من الفصيل', 2, null],
    ['singular victim', 'أسفرت الضربة عن مقتل قيادي في الفصيل', 1, null],
    ['singular victim with a companion', 'مقتل المسؤول الأمني للفصيل وأحد مرافقيه', 2, null],
    ['pronoun head', 'استهدفت الطائرة سيارتهما ما أدى إلى مقتلهما', 2, null],
    ['subject before the verb', 'وقال المرصد إن 9 مقاتلين قتلوا في الغارة', 9, null],
    ['number after the noun', 'سقطت قذائف ما أدى إلى إصابة مدنيين اثنين', null, 2],
    ['count noun; a single dead after a verb of falling is one', 'سقوط قتيل وستة جرحى', 1, 6],
    ['vague plural is stated but unknown', 'أدى القصف إلى مقتل وإصابة عدد من العناصر', null, null],
    ['"met their death", victims between verb and noun', 'لقي أربعة من عناصر الفصيل مصرعهم وأصيب ستة آخرون بجروح', 4, 6],
    ['"met their end", dual', 'لقي جنديان حتفهما في الهجوم', 2, null],
    ['"met" with no death after it is no toll', 'لقي الهجوم على القاعدة إدانة واسعة', null, null],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });

  it.each([
    ['لم يسفر الهجوم عن وقوع إصابات', 0, 0],
    ['سقطت الصواريخ دون وقوع إصابات بين الجنود', 0, 0],
    ['ولم يخلف القصف أي ضحايا', 0, 0],
    ['لم يقتل أي جندي في الهجوم', 0, null],
    ['لم تكن هناك تقارير عن إصابات', 0, 0],
    ['سقط صاروخان دون أن يسفر ذلك عن خسائر', 0, 0],
  ])('stated zero: %s', (text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });

  it.each(['دون ورود معلومات عن إصابات', 'لم تتوفر معلومات عن خسائر بشرية', 'لم يتعرض الجنود لإصابات خطيرة', 'سقطت القذائف دون خسائر مادية'])('no information is not zero: %s', (text) => {
    expect(counts(text)).toEqual({ killed: null, injured: null });
  });

  it('prefers a stated count over a zero elsewhere', () => {
    expect(counts('لم يقتل أي مستشار أجنبي، لكن الغارة أدت إلى مقتل 6 مسلحين').killed).toBe(6);
  });

  it.each([
    ['numbered soldiers under treatment', 'قال مسؤول إن أربعة جنود يتلقون العلاج من إصابات طفيفة', null, 4],
    ['a dual under treatment', 'جنديان يخضعان للفحص بسبب ارتجاج في الدماغ', null, 2],
    ['an unknown number under examination', 'عدد من الجنود يخضعون للفحص بسبب إصابات دماغية محتملة', null, null],
    ['treatment not for an injury', 'ثلاثة جنود يخضعون لدورة تدريبية في القاعدة', null, null],
  ])('treated for an injury: %s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });

  it('marks whose people a stated zero is about', () => {
    const side = (text: string) =>
      findCasualties(keyTokens(text))
        .filter((m) => m.value === 0)
        .map((m) => m.side ?? null);
    expect(side('ولم يصب أي من الجنود العراقيين بأذى')).toEqual(['local']);
    expect(side('دون وقوع إصابات في صفوف القوات الأمريكية')).toEqual(['us', 'us']);
    expect(side('لم يسفر الهجوم عن إصابات')).toEqual([null, null]);
  });

  it('does not read a hit target as an injury', () => {
    expect(counts('أصابت الطائرات أهدافها بدقة وتمت إصابة الهدف مباشرة')).toEqual({ killed: null, injured: null });
  });
});

// Sentences written for these tests (not taken from any corpus).
describe('idioms of death count like "مقتل"', () => {
  it.each([
    ['"lost their lives", masdar', 'أعلنت الوحدات فقدان خمسة من عناصرها لحياتهم في الهجوم', 5],
    ['"lost his life", verb first', 'وفقد جندي أمريكي حياته في الانفجار', 1],
    ['"lost their lives", number words', 'فقد ثلاثة عمال أرواحهم في القصف على المصفاة', 3],
    ['"departed life"', 'فارق متعاقد أمريكي الحياة متأثراً بجروحه', 1],
    ['"claimed the lives of"', 'أودى القصف بحياة سبعة من عناصر الفصيل', 7],
    ['"reaped the souls of"', 'حصدت الغارة أرواح أربعة مقاتلين', 4],
    ['"martyred", verb before the victims', 'واستشهد ثلاثة مقاتلين في الغارة على المقر', 3],
    ['"martyred", subject first', 'وقالت الهيئة إن خمسة من منتسبيها استشهدوا بالقصف', 5],
    ['a present-tense headline', 'طائرة مسيرة تقتل ثلاثة عناصر من الفصيل قرب الحدود', 3],
    ['an act as the subject, the victims after it', 'وقتلت غارة إسرائيلية على ريف دمشق أربعة من المستشارين', 4],
    ['"met their end", dual subject first', 'وقالت المصادر إن مدنيين اثنين لقيا حتفهما', 2],
  ])('%s', (_label, text, killed) => {
    expect(counts(text).killed).toBe(killed);
  });
});

// Sentences written for these tests (not taken from any corpus).
describe('a death of wounds counts the dead of the act; a death of age, illness or an accident none', () => {
  it.each([
    ['"the death of one of its members"', 'أعلنت الكتائب وفاة أحد عناصرها متأثراً بجراحه', 1, null],
    ['"one of the wounded died"', 'وتوفي أحد الجرحى متأثراً بجراحه في المستشفى', 1, null],
    ['two wounded died: counted dead, not wounded', 'توفي جريحان متأثرين بجراحهما', 2, null],
    ['"the death of two of the injured"', 'وأعلنت الصحة وفاة اثنين من المصابين', 2, null],
    ['a number and "من"', 'توفي ثلاثة من عناصر الحشد متأثرين بجروحهم', 3, null],
    ['the subject first', 'وقال المصدر إن جندياً أمريكياً توفي متأثراً بجروحه', 1, null],
    ['a dual verb after its subject', 'وأضاف أن عنصرين توفيا في المستشفى', 2, null],
    ['feminine', 'توفيت امرأة متأثرة بجروحها', 1, null],
    ['of age', 'توفي القيادي السابق عن عمر ناهز 80 عاماً', null, null],
    ['in a non-combat accident', 'وأعلن البنتاغون وفاة جندي أمريكي في حادث غير قتالي', null, null],
    ['of illness', 'توفي أحد المعتقلين بمرض عضال', null, null],
    ['the death as an event, with the article', 'وأثارت الوفاة غضب الأهالي', null, null],
  ])('%s', (_label, text, killed, injured) => {
    const c = counts(text);
    expect([c.killed, c.injured]).toEqual([killed, injured]);
  });
});

// Sentences written for these tests (not taken from any corpus).
describe('nobody hurt among civilians is no zero toll of the act', () => {
  it.each([
    ['"no indication of civilian victims", fighters killed', 'أسفرت عن مقتل عدد من المسلحين، من دون مؤشرات على سقوط ضحايا مدنيين', null, null],
    ['"no injuries among the civilians"', 'ولم تسفر الضربة عن إصابات في صفوف المدنيين', null, null],
    ['"no civilian was hurt"', 'ولم يصب أي مدني في القصف', null, null],
    ['civilian casualties denied, soldiers counted', 'وقالت الوزارة إن الهجوم لم يوقع ضحايا مدنيين، لكنه أدى إلى إصابة ثلاثة جنود', null, 3],
    ['"among civilians or soldiers": nobody', 'دون وقوع إصابات بين المدنيين أو العسكريين', 0, 0],
    ['"among civilians and the forces": nobody', 'ولم يسفر الهجوم عن إصابات بين المدنيين والقوات', 0, 0],
    ['no one named: nobody', 'ولم يسفر الهجوم عن سقوط ضحايا', 0, 0],
  ])('%s', (_label, text, killed, injured) => {
    const c = counts(text);
    expect([c.killed, c.injured]).toEqual([killed, injured]);
  });
});

// Sentences written for these tests (not taken from any corpus).
describe('a figure denied is no toll and no zero; one person still treated is one wounded', () => {
  it.each([
    ['a report "of six dead" denied', 'نافيةً رواية بعض وسائل الإعلام عن «ستة قتلى»', null, null],
    ['news of ten killed denied', 'ونفت الهيئة أنباء عن مقتل عشرة من عناصرها', null, null],
    ['"what was said" of five killed denied', 'ونفت الوزارة ما تردد عن مقتل خمسة جنود', null, null],
    ['claims denied, the toll told after', 'وكذبت الكتائب مزاعم عن مقتل عشرين من مقاتليها، مؤكدة مقتل اثنين', 2, null],
    ['a denial of injuries is still a zero', 'ونفى الجيش وقوع إصابات', 0, 0],
    ['"still being treated", one fighter', 'فيما لا يزال مقاتل ثالث يتلقى العلاج من جروح أصيب بها', null, 1],
    ['"still being treated", one soldier', 'ولا يزال جندي يخضع للعلاج من إصابته', null, 1],
    ['soldiers being treated, a number', 'وقال المسؤول إن ثلاثة جنود يتلقون العلاج من جروح طفيفة', null, 3],
  ])('%s', (_label, text, killed, injured) => {
    const c = counts(text);
    expect([c.killed, c.injured]).toEqual([killed, injured]);
  });
});

// Sentences written for these tests (not taken from any corpus).
describe('when the act came, told between the verb and its victims', () => {
  it.each([
    ['"this day\'s afternoon"', 'ارتقى عصر هذا اليوم خمسة من مجاهدينا الأبطال إثر استهدافهم', 5, null],
    ['"this dawn"', 'استشهد فجر اليوم ثلاثة من عناصر الحشد', 3, null],
    ['"yesterday evening"', 'قتل مساء أمس أربعة عناصر في غارة', 4, null],
    ['"last night", wounded', 'أصيب ليلة أمس جنديان أمريكيان', null, 2],
    ['a weekday', 'قتل يوم الأحد قيادي في الحشد', 1, null],
    ['no victims after the time', 'قتل اليوم', 1, null],
  ])('%s', (_label, text, killed, injured) => {
    const c = counts(text);
    expect([c.killed, c.injured]).toEqual([killed, injured]);
  });
});

describe('counted casualty nouns', () => {
  it.each([
    ['number before "injuries"', 'أسفر الهجوم عن أربع إصابات بين الجنود', null, 4],
    ['digits before "injuries"', 'ما أدى إلى وقوع 9 إصابات', null, 9],
    ['dual "two martyrs"', 'وأسفرت الغارة عن ارتقاء شهيدين من الفصيل', 2, null],
    ['dual "the two dead"', 'وأضاف أن أحد القتيلين قائد ميداني', 2, null],
    ['dual "two wounded"', 'سقوط قتيل وجريحين في القصف', 1, 2],
    ['a single martyr after "ارتقاء"', 'وأسفر القصف عن ارتقاء شهيد من الحشد', 1, null],
    ['the toll rose to', 'وارتفعت حصيلة القتلى إلى تسعة', 9, null],
    ['the number of wounded reached', 'وبلغ عدد الجرحى 14', null, 14],
    ['an ordinal on the dead', 'وأوضح أن القتيل الثالث هو مرافق القيادي', 3, null],
    ['"two dead at least"', 'وأدت الهجمات إلى سقوط قتيلين على الأقل', 2, null],
    ['dual injuries', 'وأسفر الانفجار عن إصابتين طفيفتين', null, 2],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });
});

describe('heads that take no victim', () => {
  it.each([
    ['a hit, not a wound', 'بعد يوم من إصابة قاعدة عين الأسد بالصواريخ'],
    ['a hit on a vehicle', 'وأكد البيان إصابة آلية عسكرية بشكل مباشر'],
    ['the event named with the article', 'وفي رد على عملية الاغتيال، توعدت الحركة بالرد'],
    ['the killing, as a topic', 'وأدان البيان القتل الذي طال المدنيين'],
    ['an act that killed, no count', 'قتلت الغارة آمال التهدئة في المنطقة'],
    ['"one of" a place', 'أدى القصف إلى إصابة إحدى الطائرات الرابضة في المطار'],
    ['a feminine adjective after the subject', 'قتلت طائرة أمريكية مسيرة الليلة الماضية'],
    ['an attack hitting its target', 'وأعلنت الفصائل إصابة أهدافها في القاعدة'],
    ['a year is no count', 'منذ مقتل عام 2020 في بغداد'],
    ['a building hit', 'وأدى القصف إلى إصابة مبنى القيادة'],
    ['an act killing hopes, present tense', 'تقتل الضربات الأمريكية فرص الحوار'],
    ['the assassination with a clitic article', 'وأكد أن الرد على الاغتيال سيكون قاسيا'],
    ['a hit on a convoy', 'وأفاد شهود بإصابة رتل للتحالف بعبوة ناسفة'],
    ['the killing as the subject', 'وقال إن القتل لن يمر دون حساب'],
  ])('%s', (_label, text) => {
    expect(counts(text)).toEqual({ killed: null, injured: null });
  });
});

describe('tolls of another act', () => {
  it.each([
    'وتزامن الهجوم مع الذكرى السنوية لمقتل القائد في الغارة الأمريكية',
    'وأحيا أنصار الفصيل ذكرى اغتيال ثلاثة من قادته قرب المطار',
    'في الذكرى الرابعة لاستشهاد القائدين',
    'وهو الهجوم الأعنف منذ مقتل ثلاثة جنود في الأردن',
    'ونظمت الفصائل حفل تأبين لمقتل خمسة من عناصرها',
    'مع مرور عام على اغتيال القيادي في الكتائب',
    'ورفع المشاركون صور القائدين في إحياء ذكرى مقتلهما',
    'ويتزامن القصف مع الذكرى الثالثة لاغتيال المهندس ورفاقه',
    'بمناسبة الذكرى السنوية لاستشهاد خمسة من قادة المقاومة',
    'وهي المرة الأولى منذ اغتيال سليماني',
  ])('a commemoration is no toll: %s', (text) => {
    expect(counts(text)).toEqual({ killed: null, injured: null });
  });

  it.each([
    ['ثأراً لمقتل أربعة من مقاتليها', 4],
    ['انتقاماً لمقتل مترجم أمريكي', 1],
    ['رداً على هجوم أسفر عن مقتل ثلاثة جنود', 3],
    ['على خلفية مقتل قيادي في الفصيل', 1],
    ['للثأر لمقتل قائدين في الكتائب', 2],
    ['ردا على مقتل ثلاثة جنود أمريكيين', 3],
    ['رداً على الغارة التي أسفرت عن مقتل خمسة عناصر', 5],
  ])('a revenge clause marks its toll: %s', (text, value) => {
    const m = findCasualties(keyTokens(text)).find((x) => x.kind === 'killed');
    expect(m).toMatchObject({ value });
    expect(m?.avengedAt).toBeDefined();
  });

  it('an ordinary toll is not marked', () => {
    expect(findCasualties(keyTokens('أسفرت الغارة عن مقتل أربعة عناصر'))[0].avengedAt).toBeUndefined();
  });
});

describe('denials and unstated losses', () => {
  it.each([
    ['نفت غرفة العمليات وقوع خسائر بشرية في الهجوم', 0, 0],
    ['ونفى المتحدث سقوط قتلى بين الجنود', 0, null],
    ['وتنفي القيادة وقوع إصابات في صفوف قواتها', 0, 0],
    ['نافية وقوع أي إصابات', 0, 0],
    ['ونفت الوزارة مقتل أي من جنودها', 0, null],
  ])('a denial states a zero: %s', (text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });

  it.each([
    'دون حديث عن الأضرار أو الخسائر',
    'دون ذكر أي إصابات',
    'ولم تحدد القيادة ما إذا أوقعت الضربات إصابات',
    'دون الإشارة إلى وقوع ضحايا',
    'لم يكشف البيان عن خسائر بشرية',
    'ولم يتضح إن كانت هناك إصابات',
    'دون تحديد حجم الخسائر البشرية',
  ])('not told is not zero: %s', (text) => {
    expect(counts(text)).toEqual({ killed: null, injured: null });
  });
});

describe('one figure for the dead and the wounded together', () => {
  it.each([
    ['"مقتل وإصابة" and a figure', 'أسفر القصف عن مقتل وإصابة 10 من عناصر الفصيل', null, null],
    ['verbs and a figure', 'قتل وأصيب 12 عنصرا في الغارات', null, null],
    ['"قتيلا وجريحا"', 'أسفرت الغارات عن سقوط 12 قتيلا وجريحا', null, null],
    ['the dead before the verbs, the figure counts the wounded', 'أعلنت الوزارة أن متعاقدا قتل وأصيب خمسة عسكريين في الهجوم', 1, 5],
    ['a conjunction written onto the figure', 'أسفرت الغارات عن 5 قتلى و9 جرحى', 5, 9],
    ['and onto a figure of wounded after a head', 'قتل 3 عناصر و7 جرحى آخرون في القصف', 3, 7],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });
});

describe('a tally and its figure, with the cause between them', () => {
  it.each([
    ['the wounded of an attack', 'ارتفاع عدد المصابين بارتجاج في الدماغ جراء هجوم عين الأسد إلى 109', null, 109],
    ['the dead of the strikes', 'ارتفعت حصيلة القتلى جراء الغارات الأمريكية على مواقع الميليشيات في البوكمال إلى 23 قتيلا', 23, null],
    ['with the date of the act between', 'أعلن البنتاغون ارتفاع عدد المصابين في الهجوم على قاعدة عين الأسد الذي وقع في 8 كانون الثاني إلى 109', null, 109],
    ['but not a tally over a period', 'ارتفع عدد الشهداء في القطاع منذ السابع من أكتوبر إلى 30 ألفا', null, null],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });
});

describe('the dead mourned, "died", the third wounded, and zeros after a long act', () => {
  it.each([
    ['mourned after the mourner', 'نعت كتائب حزب الله اثنين من مقاتليها سقطا في الغارة', 2, null],
    ['mourned with a number word', 'ونعى الحشد الشعبي ثلاثة من منتسبيه في القصف', 3, null],
    ['mourned in the present tense, digits', 'تنعى هيئة الحشد الشعبي 4 من أبنائها ارتقوا بالقصف الأمريكي', 4, null],
    ['"قضى" with a count', 'قضى أربعة مقاتلين من لواء فاطميون في قصف جوي', 4, null],
    ['"وقضى" with a dual', 'وقضى عنصران من الفصيل في الغارة', 2, null],
    ['"and a third wounded"', 'لقي عنصران حتفهما وجرح ثالث جراء الضربة', 2, 1],
    ['"and a fourth wounded"', 'قتل ثلاثة جنود وأصيب رابع بجروح', 3, 1],
    ['a zero after a long act', 'ولم يسفر الهجوم بالمسيرة على قاعدة حرير عن وقوع إصابات', 0, 0],
    ['a zero after a long act, feminine verb', 'ولم تسفر الضربات الجوية على مواقع الفصائل قرب البوكمال عن سقوط ضحايا', 0, 0],
    ['a zero after "لم يؤد" and a long subject', 'لم يؤد القصف الصاروخي على محيط قاعدة عين الأسد غرب العراق إلى إصابات', 0, 0],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });

  it.each([
    ['a mourning with no count', 'نعت هيئة الحشد الشعبي ثلة من أبنائها', null, null],
    ['"قضى" as "spent"', 'قضى الجنود ليلتهم في القاعدة', null, null],
    ['a long act with the information missing', 'ولم يسفر الهجوم بالمسيرة على قاعدة حرير عن معلومات بشأن إصابات', null, null],
  ])('but not %s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });
});

// Written for these specs.
describe('a toll raised or told in construct ("عدد قتلى الميليشيات … إلى أربعة")', () => {
  it.each([
    ['raised after a long relative clause', 'رفعت القيادة المركزية عدد قتلى الميليشيات، الذين استهدفتهم مروحياتها في بادية الميادين مساء الأربعاء، إلى أربعة', 4, null],
    ['dead of the shelling', 'ارتفع عدد قتلى القصف إلى سبعة', 7, null],
    ['victims of the strike, in figures', 'ارتفعت حصيلة ضحايا الغارة إلى 12', 12, null],
    ['wounded of the attack', 'ارتفع عدد جرحى الهجوم على قاعدة عين الأسد إلى 34', null, 34],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });

  it('a tally over a period is still none', () => {
    expect(counts('قال إن عدد قتلى الفصائل منذ بداية الحرب ارتفع إلى 120').killed).toBeNull();
  });
});

describe('one victim told before a pluperfect or killed "by" a strike', () => {
  it.each([
    ['an adviser with his name between', 'وكان مستشار بارز في الحرس الثوري، هو رضي موسوي، قد قتل بغارة نسبت إلى إسرائيل', 1],
    ['a commander, "by a strike"', 'وكان قيادي في الكتائب قد قتل بغارة أمريكية', 1],
    ['verb first, "by a strike"', 'قتل قيادي في الكتائب بغارة أمريكية', 1],
    ['a soldier, "by a rocket attack"', 'وكان الجندي قد قتل بهجوم صاروخي', 1],
    ['three, plural verb', 'وكان ثلاثة عناصر من الحشد قد قتلوا بغارة', 3],
  ])('%s', (_label, text, killed) => {
    expect(counts(text).killed).toBe(killed);
  });

  it('a strike that killed four, active', () => {
    expect(counts('قتلت غارة أمريكية أربعة عناصر').killed).toBe(4);
  });
});

describe('a count broken down after "هم" is not added to', () => {
  it.each([
    ['women and children', 'قتل خمسة مدنيين، هم امرأتان وثلاثة أطفال، جراء سقوط صاروخ', 5, null],
    ['without a comma', 'قتل خمسة مدنيين هم امرأتان وثلاثة أطفال', 5, null],
    ['soldiers and civilians', 'مقتل ستة أشخاص، هم أربعة جنود واثنان من المدنيين', 6, null],
    ['a dual broken down', 'أسفر الهجوم عن إصابة اثنين، هما جندي ومتعاقد', null, 2],
    ['with "وهم"', 'قتل ثلاثة عناصر، وهم قيادي ومرافقاه', 3, null],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });

  it('groups coordinated without it still add up', () => {
    expect(counts('مقتل جنديين أمريكيين وبريطاني')).toEqual({ killed: 3, injured: null });
  });
});

describe('"أصاب اثنان منها": what hit, counted among the projectiles, is no victim', () => {
  it.each([
    ['two of the rockets hit planes', 'ستة صواريخ سقطت على المطار، أصاب اثنان منها طائرتين متوقفتين'],
    ['two of them hit a fuel depot', 'سقطت صواريخ على القاعدة، أصاب اثنان منها مخزنا للوقود'],
    ['three of them hit buildings', 'أطلقت خمس قذائف، أصابت ثلاثة منها مباني فارغة'],
    ['one of them hit a hangar', 'سقط صاروخان أصاب واحد منها حظيرة الطائرات'],
  ])('%s', (_label, text) => {
    expect(counts(text).injured).toBeNull();
  });

  it('victims after the verb are still counted', () => {
    expect(counts('أصاب الصاروخ ثلاثة جنود')).toEqual({ killed: null, injured: 3 });
  });
});

describe('victims told around names, units, clock times and asides', () => {
  it.each([
    ['another one hurt, after the verb of wounding', 'تقتل متعاقدا أمريكيا وتصيب خمسة عسكريين ومتعاقدا آخر', 1, 6],
    ['"in the same attack"', 'وقتل في الهجوم ذاته جنديان أمريكيان، أحدهما من الجيش والآخر من سلاح الجو', 2, null],
    ['"in the same strike", wounded', 'وأصيبت في الضربة نفسها امرأتان', null, 2],
    ['"in the same shelling"', 'قتل في القصف نفسه ثلاثة عناصر', 3, null],
    ['a kunya with Ali', 'مقتل القيادي أبو علي وثلاثة آخرين', 4, null],
    ['a kunya with Ali and a companion', 'مقتل القيادي أبو علي ومرافقه', 2, null],
    ['two kunyas', 'قتل أبو علي وأبو حسين في الغارة', 2, null],
    ['alongside others', 'وأعلن التحالف الدولي إصابة ثلاثة من عناصره، إلى جانب اثنين من جنود الدفاع الجوي العراقي', null, 5],
    ['alongside a civilian', 'مقتل أربعة عناصر إلى جانب مدني', 5, null],
    ['a live blog clock time', '11:55 - مسؤول أميركي للعربية: عسكري أميركي أصيب بجروح طفيفة في هجوم ثان', null, 1],
    ['another clock time', '12:30 - عسكري أميركي أصيب بجروح طفيفة', null, 1],
    ['brigade numbers', 'جثامين الشهداء الأربعة من اللواءين 14 و15، الذين ارتقوا جراء العدوان الجوي الأمريكي', 4, null],
    ['a brigade number after the dead', 'استشهاد مقاتلين اثنين في اللواء 45 بالحشد الشعبي', 2, null],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });

  it.each([
    ['alongside forces, not people counted', 'أصيب جنديان إلى جانب القوات العراقية', null, 2],
    ['a count that is a figure', 'قتل 11 جنديا', 11, null],
  ])('still %s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });
});

describe('one of the mourned, and the victim as the object of "اغتال"', () => {
  it.each([
    ['one of its fighters mourned', 'تنعى كتائب حزب الله أحد مجاهديها الأبطال الذي ارتقى بغارة أمريكية', 1, null],
    ['one of its men mourned, past tense', 'نعت حركة النجباء أحد مقاتليها الذي قضى بقصف على القائم', 1, null],
    ['one woman mourned', 'نعت الهيئة إحدى منتسباتها بعد القصف', 1, null],
    ['mujahideen counted', 'قتل ثلاثة مجاهدين بغارة أمريكية على عجلتهم', 3, null],
    ['the adviser whom the enemy assassinated', 'رضي موسوي، الذي اغتاله العدو الصهيوني بعد ظهر أمس في غارة', 1, null],
    ['assassinated by a drone, feminine subject', 'القيادي الذي اغتالته مسيرة أمريكية في بغداد', 1, null],
    ['the two leaders it assassinated', 'القياديان اللذان اغتالتهما المسيرة قرب المطار', 2, null],
    ['those it assassinated, uncounted', 'القادة الذين اغتالتهم الغارة في دمشق', null, null],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });

  it.each([
    ['one of the bases mourned is not a person', 'نعت الفصائل إحدى القواعد'],
    ['killers are not a toll', 'طالبت العائلة بمحاسبة قتلته'],
  ])('but %s', (_label, text) => {
    expect(counts(text)).toEqual({ killed: null, injured: null });
  });
});

describe('victims in the sound plural in construct ("أحد منتسبي القوات")', () => {
  it.each([
    ['one member of the security forces wounded', 'ما أدى إلى أضرار في مجمع سكني وإصابة أحد منتسبي القوات الأمنية', null, 1],
    ['three fighters of the faction wounded', 'أسفر القصف عن إصابة ثلاثة من مقاتلي الفصيل', null, 3],
    ['two embassy employees wounded', 'أدى الهجوم إلى إصابة اثنين من موظفي السفارة', null, 2],
    ['one of the gunmen killed', 'قتل أحد مسلحي الفصيل بالغارة', 1, null],
    ['one of the contractors wounded', 'أصيب أحد متعاقدي الشركة بجروح', null, 1],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });

  it.each([
    ['another vehicle hit', 'أدى القصف إلى إصابة إحدى الآليات الأخرى'],
    ['an individual attack', 'وصف المسؤول الهجوم بأنه إصابة عمل فردي'],
  ])('but not %s', (_label, text) => {
    expect(counts(text)).toEqual({ killed: null, injured: null });
  });
});

describe('a number right after "قتلت" that counts the weapons counts no victim', () => {
  it.each([
    ['three missiles killed a named man', 'قتلت ثلاثة صواريخ أطلقتها طائرات إسرائيلية رضي موسوي في منزله', 1, null],
    ['two missiles killed four fighters', 'قتلت صاروخان أمريكيان أربعة عناصر من الكتائب', 4, null],
    ['three missiles killed four', 'قتلت ثلاثة صواريخ أربعة عناصر من الحشد', 4, null],
    ['five raids killed fighters, uncounted', 'قتلت خمس غارات عناصر من الحشد', null, null],
    ['a strike killed three, as before', 'قتلت غارة إسرائيلية ثلاثة عناصر', 3, null],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });
});

describe('his brothers in arms killed with him, a martyr and the time between', () => {
  it.each([
    ['twenty-five of his brothers, after the day', 'ارتقى شهيداً ليلة الخميس السابع عشر من رجب سنة 1441 للهجرة، مع خمسة وعشرين من إخوته المجاهدين', 26, null],
    ['three of his brothers', 'استشهد القائد مع ثلاثة من إخوانه في الغارة', 4, null],
    ['two of his brothers, right after the verb', 'ارتقى مع اثنين من إخوته', 3, null],
    ['a martyr, then companions', 'ارتقى شهيداً مع اثنين من رفاقه', 3, null],
  ])('%s', (_label, text, killed, injured) => {
    expect(counts(text)).toEqual({ killed, injured });
  });

  it('but years spent with his companions count none more', () => {
    expect(counts('ارتقى الشهيد إلى ربه بعد أن قضى مع رفاقه سنوات')).toEqual({ killed: 1, injured: null });
  });
});

describe('a lone dead or wounded the act left ("أوقعت الغارات قتيلاً") is one', () => {
  it.each([
    ['after the verb', 'وأضاف المصدر أن الغارات أوقعت قتيلاً و18 جريحاً', 1, 18],
    ['the subject between', 'أوقع القصف قتيلا وجريحين', 1, 2],
    ['left behind', 'خلفت الغارة قتيلاً وثلاثة جرحى', 1, 3],
    ['fell, as before', 'أدى الانفجار إلى سقوط قتيل وستة جرحى', 1, 6],
    ['dead uncounted', 'أوقعت الضربة قتلى وجرحى', null, null],
  ])('%s', (_label, text, killed, injured) => {
    const found = findCasualties(keyTokens(text));
    expect(found.find((c) => c.kind === 'killed')?.value ?? null).toBe(killed);
    expect(found.find((c) => c.kind === 'injured')?.value ?? null).toBe(injured);
  });
});

describe('a figure told with its source ("بحسب الحشد") ends the count: the next is another source\'s, not more dead', () => {
  it.each([
    ['وأسفرت عن مقتل 22 مقاتلاً بحسب الحشد، و55 بحسب المرصد السوري', 22],
    ['مقتل 5 عناصر وفق المرصد و7 وفق مصادر محلية', 5],
    ['مقتل 3 مقاتلين حسب مصادر محلية و4 حسب المرصد', 3],
    ['مقتل جنديين أمريكيين وبريطاني حسب البنتاغون', 3],
  ])('%s', (text, killed) => {
    expect(findCasualties(keyTokens(text)).find((c) => c.kind === 'killed')?.value).toBe(killed);
  });
});
