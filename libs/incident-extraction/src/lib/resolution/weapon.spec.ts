import { extractIncidents } from '../extract-incidents';

// Sentences written for these tests: with what an attack or a strike was carried out.
const weapons = (text: string) => extractIncidents({ text, publishedAt: '2024-02-10' }).map((m) => [m.place?.name_en ?? null, m.weapon]);
const weaponOf = (text: string) => weapons(text)[0]?.[1];

describe('weapon words outside the usual phrases', () => {
  it.each([
    ['bare shells', 'أصيب ثلاثة جنود أمريكيين بهجوم بقذائف على معسكر فيكتوري مساء الجمعة.', 'rocket'],
    ['a dual of shells', 'سقطت قذيفتان داخل قاعدة عين الأسد فجر اليوم دون إصابات.', 'rocket'],
    ['shells of mortar, dual', 'سقطت قذيفتا هاون على قاعدة فكتوريا قرب مطار بغداد فجر اليوم.', 'mortar'],
    ['artillery shells', 'قصفت القوات الأمريكية بقذائف مدفعية مواقع لفصائل موالية لإيران في الميادين فجر اليوم.', 'artillery'],
    ['plural "aircraft without a pilot"', 'هاجمت طائرات من دون طيار قاعدة الشدادي الأمريكية فجر اليوم.', 'drone'],
    ['dual "aircraft without a pilot"', 'استهدفت طائرتان بلا طيار قاعدة حرير شمال أربيل فجر اليوم.', 'drone'],
    ['"a pilotless armed system"', 'استهدفت القوات الأمريكية بنظام جوي مسلح بدون طيار مقرا للفصائل قرب كركوك فجر اليوم.', 'drone'],
    ['booby-trapped aircraft', 'هاجمت طائرات مفخخة قاعدة التنف فجر اليوم.', 'drone'],
    ['suicide aircraft, dual', 'استهدفت طائرتان انتحاريتان قاعدة خراب الجير فجر اليوم.', 'drone'],
    ['Hellfire missiles', 'استهدفت القوات الأمريكية بصواريخ هلفاير سيارة لقيادي في كتائب حزب الله في بغداد مساء اليوم.', 'missile'],
    ['a sniper', 'استهدف قناص دورية أمريكية قرب قاعدة التنف فجر اليوم.', 'small_arms'],
    ['a car bomb', 'انفجرت سيارة مفخخة قرب رتل للتحالف الدولي في قاعدة عين الأسد فجر اليوم.', 'ied'],
  ])('%s', (_label, text, weapon) => {
    expect(weaponOf(text)).toBe(weapon);
  });
});

describe("the means of other acts are not this one's", () => {
  it.each([
    ['a group blamed for drone attacks', 'قصفت المقاتلات الأمريكية مخازن أسلحة في الميادين ليل السبت، موضحة أن المجموعات المستهدفة مسؤولة عن هجمات بالمسيرات على قواتها.', 'airstrike'],
    ['involved in rocket attacks, strike by drone', 'استهدفت طائرة مسيرة أمريكية سيارة في جرف الصخر اليوم تقل قياديين متورطين في هجمات بالصواريخ على قاعدة عين الأسد.', 'drone'],
    ['"who launch" drone attacks', 'شنت مقاتلات أمريكية غارات على مقرات في القائم اليوم للفصائل التي تشن هجمات بالطائرات المسيرة.', 'airstrike'],
    ['"standing behind" drone attacks', 'قصفت طائرات حربية أمريكية مواقع في البوكمال اليوم يقف وراء هجمات بالمسيرات.', 'airstrike'],
    ['"responsible for" drone attacks, feminine plural', 'نفذت قاذفات أمريكية ضربات على منشآت في عكاشات اليوم، مؤكدة أنها المسؤولة عن الهجمات بطائرات مسيرة.', 'airstrike'],
    ['drones destroyed in the strike', 'قصفت مقاتلات أمريكية مقرا للفصائل في القائم اليوم ودمرت طائرات مسيرة كانت معدة للإطلاق.', 'airstrike'],
    ['drones the strike destroyed, masdar', 'شنت طائرات حربية أمريكية غارات على جرف الصخر اليوم أسفرت عن تدمير مسيرات في المقر.', 'airstrike'],
    ['accused of drone attacks', 'قصفت طائرات أمريكية مقرا لكتائب حزب الله في القائم اليوم بعد اتهامها بهجمات بالطائرات المسيرة.', 'airstrike'],
    ['involved, plural', 'نفذت المقاتلات الأمريكية غارات على البوكمال اليوم ضد جماعات متورطة في هجمات بالمسيرات.', 'airstrike'],
    ['"standing behind" the attacks, definite', 'استهدفت غارات أمريكية مقرا في القائم اليوم لجماعة تقف وراء الهجمات بالطائرات المسيرة على القواعد.', 'airstrike'],
    ['"involved with"', 'شنت الطائرات الحربية الأمريكية غارات على الميادين اليوم، وقالت واشنطن إن الفصائل المستهدفة متورطة بهجمات بالمسيرات.', 'airstrike'],
    ['responsible, singular', 'قصفت مقاتلات أمريكية مخزنا في الميادين اليوم تابعا لفصيل مسؤول عن هجمات بالصواريخ والمسيرات.', 'airstrike'],
  ])('%s', (_label, text, weapon) => {
    expect(weaponOf(text)).toBe(weapon);
  });
});

describe('each base of a sentence keeps its own weapon', () => {
  it.each([
    ['shells on one base, a drone on another', 'وأكد المصدر أن قذائف صاروخية سقطت قرب قاعدة تل بيدر صباح اليوم، مشيراً إلى أن مسيرة مفخخة هاجمت في الوقت نفسه قاعدة حرير.', 'rocket', 'drone'],
    ['a drone first, rockets second', 'هاجمت مسيرة قاعدة عين الأسد صباح اليوم وسقطت صواريخ كاتيوشا على قاعدة حرير في الوقت ذاته.', 'drone', 'rocket'],
    ['mortar and drone', 'سقطت قذائف هاون على قاعدة بلد فيما هاجمت مسيرة قاعدة حرير فجر اليوم.', 'mortar', 'drone'],
    ['rockets then mortars', 'سقطت صواريخ على قاعدة الشدادي وقذائف هاون على قاعدة خراب الجير فجر اليوم.', 'rocket', 'mortar'],
    ['a drone on one field, rockets on another base', 'استهدفت مسيرة حقل كونيكو وسقطت صواريخ على قاعدة الشدادي فجر اليوم.', 'drone', 'rocket'],
    ['each base told with its weapon after it', 'استهدفت الفصائل قاعدة عين الأسد بالصواريخ وقاعدة حرير بالمسيرات فجر اليوم.', 'rocket', 'drone'],
    ['rockets, then a drone with its verb first', 'سقطت صواريخ على قاعدة التنف وهاجمت مسيرة قاعدة الشدادي فجر اليوم.', 'rocket', 'drone'],
    ['mortars, then a drone, two verbs', 'استهدفت قذائف هاون قاعدة بسماية واستهدفت مسيرة قاعدة حرير فجر اليوم.', 'mortar', 'drone'],
    ['each base with its weapon, Syria', 'هاجمت الفصائل قاعدة الشدادي بالصواريخ وقاعدة التنف بالمسيرات فجر اليوم.', 'rocket', 'drone'],
    ['Katyushas, then mortars', 'سقطت صواريخ كاتيوشا على قاعدة حرير وقذائف هاون على قاعدة عين الأسد فجر اليوم.', 'rocket', 'mortar'],
    ['a drone, then mortars on a field', 'هاجمت مسيرة قاعدة خراب الجير وسقطت قذائف هاون على حقل كونيكو فجر اليوم.', 'drone', 'mortar'],
    ['drones then rockets, "while"', 'هاجمت طائرتان مسيرتان قاعدة التنف بينما سقطت صواريخ على قاعدة الشدادي فجر اليوم.', 'drone', 'rocket'],
  ])('%s', (_label, text, first, second) => {
    expect(weapons(text).map(([, w]) => w)).toEqual([first, second]);
  });

  it.each([
    ['rockets and a drone on one base', 'سقطت صواريخ على قاعدة عين الأسد وهاجمت مسيرة القاعدة نفسها فجر اليوم.', 'rocket'],
    ['a base and its town', 'هاجمت مسيرة قاعدة الشدادي جنوب الحسكة فجر اليوم وسقطت صواريخ قربها.', 'drone'],
  ])('one place keeps the first weapon: %s', (_label, text, weapon) => {
    expect(weaponOf(text)).toBe(weapon);
  });
});

describe('a drone that carried the munition is the weapon', () => {
  it.each([
    ['rockets launched by drones', 'استهدفت الفصائل قاعدة التنف بصواريخ أطلقتها طائرات مسيرة فجر اليوم.'],
    ['rockets fired from a drone', 'أطلقت صواريخ من طائرة مسيرة على قاعدة حرير فجر اليوم.'],
    ['a mortar shell dropped by a drone', 'سقطت قذيفة هاون ألقتها مسيرة على قاعدة عين الأسد فجر اليوم.'],
    ['missiles by a drone', 'استهدف صاروخان أطلقتهما طائرة مسيرة قاعدة الشدادي فجر اليوم.'],
    ['"by means of" a drone', 'سقطت صواريخ بواسطة طائرة مسيرة داخل قاعدة التنف فجر اليوم.'],
    ['carried by drones', 'سقطت عبوات ناسفة تحملها طائرات مسيرة على قاعدة حرير فجر اليوم.'],
    ['rockets launched from drones, plural verb', 'سقطت صواريخ أطلقت من مسيرات على قاعدة عين الأسد فجر اليوم.'],
    ['a rocket dropped by an unmanned aircraft', 'سقط صاروخ ألقته طائرة بدون طيار على قاعدة حرير فجر اليوم.'],
    ['rockets from a drone, dual', 'سقط صاروخان من طائرة مسيرة على قاعدة التنف فجر اليوم.'],
    ['a projectile launched by a drone, masculine', 'سقط صاروخ أطلقته مسيرة على قاعدة الشدادي فجر اليوم.'],
  ])('%s', (_label, text) => {
    expect(weaponOf(text)).toBe('drone');
  });

  it('a drone shot down beside rockets did not carry them', () => {
    expect(weaponOf('سقط صاروخان على قاعدة حرير وأسقطت الدفاعات مسيرة فوقها فجر اليوم.')).toBe('rocket');
  });
});

describe('a second target told with "كما" shares the means', () => {
  it.each([
    ['rockets, then also a base', 'قصفت الفصائل قاعدة عين الأسد بالصواريخ فجر اليوم، كما استهدفت قاعدة حرير في أربيل.', 'rocket'],
    ['drones, then also', 'هاجمت طائرات مسيرة قاعدة التنف فجر اليوم، كما هاجمت قاعدة الشدادي.', 'drone'],
    ['mortars, then likewise', 'سقطت قذائف هاون على قاعدة بلد فجر اليوم، كذلك استهدفت قاعدة بسماية.', 'mortar'],
    ['ballistic missiles, then also', 'أطلقت إيران صواريخ باليستية على قاعدة عين الأسد فجر اليوم، كما استهدفت قاعدة حرير.', 'missile'],
    ['a drone, "and also"', 'استهدفت مسيرة قاعدة الشدادي فجر اليوم، وكما استهدفت قاعدة خراب الجير.', 'drone'],
    ['rockets, then also a field', 'سقطت صواريخ على قاعدة الشدادي مساء اليوم، كما استهدفت حقل كونيكو.', 'rocket'],
    ['drones on a field, then also a base', 'هاجمت مسيرات حقل العمر فجر اليوم، كما استهدفت قاعدة التنف.', 'drone'],
    ['mortars on an embassy, then also a base', 'سقطت قذائف هاون على السفارة الأمريكية في بغداد فجر اليوم، كما استهدفت قاعدة عين الأسد.', 'mortar'],
    ['drones, "likewise" with waw', 'هاجمت طائرات مسيرة قاعدة حرير فجر اليوم، وكذلك استهدفت قاعدة عين الأسد.', 'drone'],
    ['rockets, also a Syrian base', 'سقطت صواريخ على قاعدة التنف فجر اليوم، كما استهدفت قاعدة الشدادي.', 'rocket'],
  ])('%s', (_label, text, weapon) => {
    expect(weapons(text).map(([, w]) => w)).toEqual([weapon, weapon]);
  });
});

describe('a report that points back to the munitions named before it takes their kind', () => {
  it.each([
    ['قال المرصد إن مجموعات متمركزة قرب مدينة الميادين أطلقت ثلاثة صواريخ صباح اليوم، سقط اثنان منها في حرم حقل العمر، من دون أضرار.', 'rocket'],
    ['أفادت مصادر بأن فصائل في بلدة الباغوز أطلقت أربع قذائف هاون مساء أمس، سقطت ثلاث منها داخل قاعدة حقل العمر، دون إصابات.', 'mortar'],
    ['قالت مصادر إن مسلحين قرب مدينة البوكمال أطلقوا صاروخين فجر اليوم، سقط أحدهما قرب قاعدة التنف، دون إصابات.', 'rocket'],
    ['أفاد مراسلنا بأن مجموعات في قضاء سنجار أطلقت صاروخين فجر اليوم، سقط الثاني منهما في قاعدة حرير، دون خسائر.', 'rocket'],
    ['قالت مصادر إن فصائل قرب بلدة الحسينية أطلقت قذيفتي هاون مساء أمس، سقطت إحداهما داخل قاعدة بلد، دون إصابات.', 'mortar'],
    ['ذكر المرصد أن مجموعات متمركزة في بلدة الشحيل أطلقت ثلاثة صواريخ ظهر اليوم، سقط اثنان منها في حقل كونيكو، دون أضرار.', 'rocket'],
    ['قال مصدر إن فصائل في بلدة العشارة أطلقت أربعة صواريخ فجر اليوم، سقط ثلاثة منها في قاعدة حقل العمر، دون إصابات.', 'rocket'],
    ['ذكرت مصادر أن مسلحين قرب مدينة الموصل أطلقوا ثلاثة صواريخ مساء أمس، سقط اثنان منها في محيط قاعدة حرير، دون خسائر.', 'rocket'],
    ['قالت مصادر إن مجموعات في بلدة الشحيل أطلقت صاروخين فجر اليوم، سقط أحدهما داخل حقل كونيكو، دون أضرار.', 'rocket'],
    ['قال مصدر إن مسلحين قرب مدينة الرمادي أطلقوا خمسة صواريخ مساء أمس، سقط بعضها في قاعدة عين الأسد، دون إصابات.', 'rocket'],
    ['أكد مسؤول أن فصائل من مدينة القائم أطلقت ثلاث مسيرات فجر اليوم، انفجرت إحداها فوق قاعدة عين الأسد، دون إصابات.', 'drone'],
    ['أفادت مصادر بأن فصائل في بلدة الطيبة أطلقت قذيفتي هاون ظهر اليوم، سقطت الأخرى داخل قاعدة بلد، دون إصابات.', 'mortar'],
  ])('%s', (text, weapon) => {
    expect(weapons(text).at(-1)?.[1]).toBe(weapon);
  });
});

// A group's claim of "its responsibility" for an act names that act's means; blame for other acts does not.
describe('the means named in a claim of responsibility', () => {
  it.each([
    ['a drone in a claim', 'أعلنت المقاومة الإسلامية في العراق مسؤوليتها عن هجوم بطائرة مسيرة استهدف قاعدة عين الأسد أمس.', 'drone'],
    ['two drones, dual', 'أعلنت المقاومة الإسلامية مسؤوليتها عن هجومين بطائرتين مسيرتين استهدفا قاعدة عين الأسد أمس.', 'drone'],
    ['rockets claimed by a named group', 'تبنت كتائب حزب الله مسؤوليتها عن قصف صاروخي على قاعدة حرير مساء أمس.', 'rocket'],
    ['a claim in the masculine', 'وأعلن فصيل يطلق على نفسه اسم أصحاب الكهف مسؤوليته عن هجوم بالصواريخ على قاعدة بلد أمس.', 'rocket'],
  ])('%s', (_label, text, weapon) => {
    expect(weaponOf(text)).toBe(weapon);
  });

  it('blame for other acts still names no means', () => {
    expect(weaponOf('استهدف هجوم قاعدة التنف فجر اليوم، وحملت واشنطن الفصائل المسؤولة عن هجمات بالمسيرات المسؤولية.')).toBe('unknown');
  });
});

describe('the one attack blamed on someone keeps its means', () => {
  it.each([
    ['accused of standing behind the rocket attack', 'اتهمت واشنطن فصائل مسلحة بالوقوف وراء الهجوم الصاروخي الذي استهدف أمس السفارة الأمريكية في بغداد.', 'rocket'],
    ['responsible for the drone attack', 'حملت واشنطن كتائب حزب الله المسؤولية عن الهجوم بالطائرة المسيرة على قاعدة التنف أمس.', 'drone'],
    ['involved in the mortar shelling', 'اعتقلت القوات العراقية مشتبها بتورطه في القصف بقذائف الهاون على قاعدة فكتوريا أمس.', 'mortar'],
    ['behind the strike with a drone, on militias', 'نفت واشنطن وقوفها وراء الضربة بطائرة مسيرة التي استهدفت مقرا للحشد في القائم أمس.', 'drone'],
  ])('%s', (_label, text, weapon) => {
    expect(weaponOf(text)).toBe(weapon);
  });

  it.each([
    ['behind rocket attacks in general', 'استهدفت غارات أمريكية مقرا في القائم اليوم لجماعة تقف وراء هجمات صاروخية على القواعد.', 'airstrike'],
    ['responsible for the attacks, plural', 'قصفت مقاتلات أمريكية مواقع في البوكمال اليوم لفصائل مسؤولة عن الهجمات بالمسيرات.', 'airstrike'],
  ])('but not %s', (_label, text, weapon) => {
    expect(weaponOf(text)).toBe(weapon);
  });
});

describe('an attack told without its means takes the one named next with its site', () => {
  it.each([
    [
      'a drone that tried to reach the base, in the next sentence',
      'دوى انفجار عنيف مساء اليوم داخل قاعدة حرير الجوية أعقبه حريق كبير.\nوقال مصدر أمني إن طائرة مسيرة مفخخة حاولت الوصول إلى القاعدة وتصدت لها الدفاعات.',
      'drone',
    ],
    ['drones that tried to target the base, later in the same sentence', 'شهدت قاعدة حرير مساء اليوم انفجاراً قوياً تبعه حريق، فيما أكدت مصادر أن طائرات مسيرة حاولت استهداف القاعدة.', 'drone'],
    ['rockets fallen on the base named again', 'دوت انفجارات في قاعدة عين الأسد فجر اليوم.\nوأفادت مصادر بأن صاروخين سقطا داخل قاعدة عين الأسد.', 'rocket'],
  ])('%s', (_label, text, weapon) => {
    expect(weaponOf(text)).toBe(weapon);
  });

  it('but means told of another site are not its', () => {
    expect(weaponOf('دوى انفجار عنيف مساء اليوم داخل قاعدة حرير الجوية.\nوكانت طائرة مسيرة قد استهدفت مطار أربيل الأسبوع الماضي.')).toBe('unknown');
  });
});
