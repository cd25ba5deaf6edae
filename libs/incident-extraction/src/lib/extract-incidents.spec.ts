import { IncidentMention } from '@raseed/contracts';
import { extractIncidents } from './extract-incidents';

// Articles written for these tests (not taken from any corpus).
const run = (text: string, publishedAt: string | null = '2024-03-15') => extractIncidents({ text, publishedAt });
const brief = (text: string, publishedAt: string | null = '2024-03-15') =>
  run(text, publishedAt).map((m) => ({ category: m.category, place: m.place?.name_en ?? null, date: m.date?.value ?? null, weapon: m.weapon, actor: m.actor, killed: m.killed, injured: m.injured }));

describe('extractIncidents', () => {
  it('reads one attack with all its fields', () => {
    const text = 'أعلنت المقاومة الإسلامية في العراق أنها استهدفت بطائرتين مسيرتين قاعدة الشدادي الأمريكية جنوبي الحسكة مساء الأربعاء.\nوأضافت أن الهجوم لم يسفر عن وقوع إصابات.';
    expect(brief(text)).toEqual([{ category: 'attack_on_us_forces', place: 'al-Shaddadi', date: '2024-03-13', weapon: 'drone', actor: 'islamic_resistance_iraq', killed: 0, injured: 0 }]);
  });

  it('records who claimed the attack, and no claim when nobody did', () => {
    const claimed = run('أعلنت المقاومة الإسلامية في العراق في بيان استهداف قاعدة حرير بطائرة مسيرة اليوم.');
    expect(claimed[0]).toMatchObject({ actor: 'islamic_resistance_iraq', claimed_by: 'islamic_resistance_iraq' });
    expect(claimed[0].evidence.claimed_by?.sentence).toContain('أعلنت');
    const unclaimed = run('سقطت صواريخ أطلقتها فصائل موالية لإيران على قاعدة حرير اليوم، ولم تعلن أي جهة مسؤوليتها عن الهجوم.');
    expect(unclaimed[0]).toMatchObject({ claimed_by: null });
  });

  it('produces valid contract mentions with evidence offsets into the text', () => {
    const text = 'قصف صاروخي على حقل العمر.\nوقالت مصادر محلية إن خمسة صواريخ سقطت داخل القاعدة الأمريكية في حقل العمر أمس وأدت إلى إصابة جنديين.';
    const [m] = run(text);
    expect(() => IncidentMention.parse(m)).not.toThrow();
    for (const ev of Object.values(m.evidence)) expect(text.slice(ev!.start, ev!.end)).toBe(ev!.sentence);
    expect(m.evidence.injured?.sentence).toContain('جنديين');
    expect(m).toMatchObject({ weapon: 'rocket', injured: 2, date: { value: '2024-03-14', precision: 'day' } });
    expect(m.place).toMatchObject({ id: 'sy-omar-field', name_ar: 'حقل العمر', country: 'SY', admin1: 'Deir ez-Zor', ancestors: ['sy-deir-east', 'sy-deir-ez-zor', 'sy'] });
  });

  it('splits the retaliation from the attack it answers', () => {
    const text = 'شنت الطائرات الأمريكية فجر اليوم غارات على مواقع لميليشيات موالية لإيران في مدينة البوكمال، ردا على هجوم بطائرة مسيرة استهدف قاعدة التنف أمس.';
    expect(brief(text)).toEqual([
      { category: 'strike_on_militias', place: 'Albukamal', date: '2024-03-15', weapon: 'airstrike', actor: 'us', killed: null, injured: null },
      { category: 'attack_on_us_forces', place: 'al-Tanf', date: '2024-03-14', weapon: 'drone', actor: 'iran_backed_militia', killed: null, injured: null },
    ]);
  });

  it('keeps several bases hit in one claim apart', () => {
    const text = 'وقالت الفصائل في بيان إن مقاتليها هاجموا اليوم بالصواريخ قاعدة عين الأسد وقاعدة حرير في أربيل.';
    expect(brief(text).map((m) => m.place)).toEqual(['Ain al-Asad', 'Harir']);
  });

  it('does not read the other side unhurt as no casualties among the attacked', () => {
    const text = 'تعرضت قاعدة عين الأسد لقصف صاروخي اليوم، ولم يصب أي من الجنود العراقيين المتواجدين فيها بأذى.';
    expect(brief(text)).toMatchObject([{ place: 'Ain al-Asad', killed: null, injured: null }]);
    const ours = 'تعرضت قاعدة عين الأسد لقصف صاروخي اليوم، ولم تقع إصابات في صفوف القوات الأمريكية.';
    expect(brief(ours)).toMatchObject([{ place: 'Ain al-Asad', killed: 0, injured: 0 }]);
  });

  it('tells a recalled earlier incident from the main one', () => {
    const text = 'سقطت ثلاثة صواريخ على القاعدة الأمريكية في حقل كونيكو مساء أمس.\nوكانت القاعدة الأمريكية في التنف قد تعرضت في 2 شباط الماضي لهجوم بطائرة مسيرة.';
    expect(brief(text).map((m) => [m.place, m.date])).toEqual([
      ['Conoco gas field', '2024-03-14'],
      ['al-Tanf', '2024-02-02'],
    ]);
  });

  it('places the incident at the target, not at the launch site', () => {
    const text = 'أطلقت خمسة صواريخ من بلدة زمار العراقية باتجاه قاعدة للتحالف في الرميلان مساء الأحد.';
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place: 'Rmelan', weapon: 'rocket', date: '2024-03-10' }]);
  });

  it('does not take the launch area of the militias as the place', () => {
    const text = 'قالت مصادر إن مجموعات موالية لإيران أطلقت من البادية صاروخين على قاعدة حقل العمر صباح اليوم.';
    expect(brief(text).map((m) => m.place)).toEqual(['al-Omar oil field']);
  });

  it('reads strikes attributed to Israel and their dead', () => {
    const text = 'قتل مستشار في الحرس الثوري وعنصران من حزب الله جراء غارة إسرائيلية استهدفت مبنى في حي المزة بدمشق اليوم الاثنين.';
    expect(brief(text, '2024-03-18')).toMatchObject([{ category: 'strike_on_militias', place: 'Mezzeh', actor: 'israel', weapon: 'airstrike', date: '2024-03-18' }]);
  });

  it('reads an unidentified drone strike on a militia depot', () => {
    const text = 'استهدفت طائرة مسيرة مجهولة مستودع أسلحة تابعا للميليشيات الإيرانية قرب مدينة الميادين ليل الخميس - الجمعة.';
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place: 'Mayadin', actor: 'unknown', weapon: 'drone', date: '2024-03-14' }]);
  });

  it('maps an attack "in Jordan" to the US outpost there', () => {
    const text = 'قتل ثلاثة جنود أمريكيين وأصيب 25 آخرون في هجوم بطائرة مسيرة على قوات أمريكية في الأردن.';
    expect(brief(text, null)).toMatchObject([{ category: 'attack_on_us_forces', place: 'Tower 22', killed: 3, injured: 25, date: null }]);
  });

  it('keeps an unplaced strike when it has substance of its own', () => {
    const text = 'نفذ الجيش الأمريكي ضربات جوية دقيقة مساء أمس في سوريا ضد منشآت يستخدمها الحرس الثوري.';
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place: null, date: '2024-03-14', actor: 'us' }]);
  });

  it('adds a follow-up sentence to the incident before it', () => {
    const text = 'تعرضت القاعدة الأمريكية في حقل كونيكو لهجوم بالصواريخ فجر اليوم.\nوقال مسؤول إن الهجوم أدى إلى إصابة ثلاثة جنود بجروح طفيفة.';
    expect(brief(text)).toMatchObject([{ place: 'Conoco gas field', injured: 3, weapon: 'rocket' }]);
  });

  it('adds counts told in the next sentence without an act word', () => {
    const text = 'شنت طائرات أمريكية غارات على مواقع لميليشيات موالية لإيران في الميادين فجر اليوم.\nوقال المرصد السوري إن 6 عناصر قتلوا وأصيب 4 آخرون.';
    expect(brief(text)).toMatchObject([{ place: 'Mayadin', killed: 6, injured: 4 }]);
  });

  it('gives counts to the incident of their own sentence, not the one before', () => {
    const text = 'قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على البرج 22 في الأردن.\nوأفادت مصادر بأن 10 عناصر قتلوا فيما أصيب 18 آخرون جراء غارات أمريكية على البوكمال فجر اليوم.';
    expect(brief(text).map((m) => [m.place, m.killed, m.injured])).toEqual([
      ['Tower 22', 3, null],
      ['Albukamal', 10, 18],
    ]);
  });

  it('does not use a dateline city as the place', () => {
    const text = 'أربيل (وكالات) - استهدفت طائرة مسيرة قاعدة التنف الأمريكية مساء أمس.';
    expect(brief(text).map((m) => m.place)).toEqual(['al-Tanf']);
  });

  it('dates an undated follow-on incident by the one told before it', () => {
    const text = 'سقطت صواريخ على قاعدة حقل العمر الأمريكية مساء الأحد.\nوجاء ذلك بعد ساعات من هجوم بطائرة مسيرة على قاعدة التنف الأمريكية.';
    expect(brief(text).map((m) => [m.place, m.date])).toEqual([
      ['al-Omar oil field', '2024-03-10'],
      ['al-Tanf', '2024-03-10'],
    ]);
  });

  it('reads a state missile attack and does not take the year for a count', () => {
    const text = 'وشنت إيران فجر اليوم 8 كانون الثاني 2020 هجوما صاروخيا باليستيا على قاعدة عين الأسد التي تضم قوات أمريكية.';
    expect(brief(text, '2020-01-08')).toMatchObject([{ place: 'Ain al-Asad', date: '2020-01-08', actor: 'irgc', weapon: 'missile' }]);
  });

  it('reads "X south of Y" as one place, X', () => {
    const text = 'استهدفت ضربات جوية أمريكية مواقع لكتائب حزب الله في جرف الصخر جنوب بغداد، ما أسفر عن مقتل 8 عناصر وإصابة 4 آخرين.';
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place: 'Jurf al-Sakhar', actor: 'us', killed: 8, injured: 4 }]);
  });

  it('reads intercepted rockets fired at a base as an attack', () => {
    const text = 'أعلن الجيش الأمريكي أن منظومات الدفاع الجوي اعترضت صاروخين أطلقا باتجاه قاعدة عين الأسد الجوية مساء الجمعة، دون وقوع أضرار.';
    expect(brief(text, '2024-01-13')).toMatchObject([{ category: 'attack_on_us_forces', place: 'Ain al-Asad', weapon: 'rocket', date: '2024-01-12' }]);
  });

  it('keeps an earlier attack on "the same base" apart when its day differs', () => {
    const text = 'استهدفت طائرة مسيرة قاعدة عين الأسد الأمريكية اليوم الجمعة. وكان مصدر أمني قد أفاد، يوم الأربعاء، باستهداف القاعدة ذاتها بطائرة مسيرة.';
    expect(brief(text).map((m) => [m.place, m.date])).toEqual([
      ['Ain al-Asad', '2024-03-15'],
      ['Ain al-Asad', '2024-03-13'],
    ]);
  });

  it('keeps a recalled earlier attack on the same base apart from the news of the day', () => {
    const text = 'استهدفت الفصائل قاعدة حقل العمر الأمريكية بالصواريخ اليوم. وكانت القاعدة الأمريكية في حقل العمر قد تعرضت، الثلاثاء، لهجوم بطائرة مسيرة.';
    expect(brief(text).map((m) => [m.place, m.date, m.weapon])).toEqual([
      ['al-Omar oil field', '2024-03-15', 'rocket'],
      ['al-Omar oil field', '2024-03-12', 'drone'],
    ]);
  });

  it('keeps a strike recalled by month apart from an undated strike of the day', () => {
    const text = 'قصف طيران مجهول مواقع لميليشيات موالية لإيران في البوكمال. وكانت مقاتلات أمريكية قد شنت غارات على مواقع للميليشيات في البوكمال في كانون الثاني الماضي.';
    expect(brief(text).map((m) => [m.place, m.date, m.actor])).toEqual([
      ['Albukamal', '2024-03-15', 'unknown'],
      ['Albukamal', '2024-01', 'us'],
    ]);
  });

  it('reads a follow-up dated to another day as another incident at the same place', () => {
    const text = 'قتل ضابط في الحرس الثوري بغارة إسرائيلية قرب دمشق اليوم الجمعة. ويأتي الهجوم بعد ضربة نفذت ليل الأربعاء وأسفرت عن إصابة ثلاثة عناصر.';
    expect(brief(text).map((m) => [m.place, m.date, m.killed, m.injured])).toEqual([
      ['Damascus', '2024-03-15', 1, null],
      ['Damascus', '2024-03-13', null, 3],
    ]);
  });

  it('does not take the drones in a hit depot for the weapon of the strike', () => {
    const text = 'قال الجيش الأمريكي إن ضرباته الجوية فجر اليوم في البوكمال شملت مواقع تخزين صواريخ وطائرات مسيرة تابعة للحرس الثوري.';
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place: 'Albukamal', weapon: 'airstrike', actor: 'us' }]);
  });

  it.each([
    ['a depot of drones, accusative', 'قصفت طائرات أمريكية مستودعاً للطائرات المسيرة في المسيب فجر اليوم.'],
    ['a store of drones, accusative with tanween', 'استهدفت غارة أمريكية مخزناً للطائرات المسيرة في القائم فجر اليوم.'],
    ['a depot of Iranian drones', 'قصفت مقاتلات إسرائيلية مستودعا للمسيرات الإيرانية قرب مطار دمشق فجر اليوم.'],
    ['workshops of drones', 'دمرت غارات التحالف ورشا لطائرات مسيرة في البوكمال فجر اليوم.'],
  ])('does not take the weapons in what was hit for the means: %s', (_label, text) => {
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', weapon: 'airstrike' }]);
  });

  it('reads a countryside quadrant as a place only when no town is named', () => {
    expect(brief('استهدفت طائرة مسيرة مجهولة مستودعا للميليشيات الإيرانية بمدينة البوكمال بريف دير الزور الشرقي فجر اليوم.').map((m) => m.place)).toEqual(['Albukamal']);
    expect(brief('قصفت طائرات مجهولة مواقع لميليشيات موالية لإيران في ريف دير الزور الشرقي فجر اليوم.').map((m) => m.place)).toEqual(['eastern Deir ez-Zor countryside']);
  });

  it('reads a road between two towns as one place', () => {
    const text = 'قتل عنصران من فصيل موال لإيران جراء غارة بطائرة مسيرة مجهولة استهدفت سيارتهم على طريق البوكمال - الميادين صباح السبت.';
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place: 'Albukamal', killed: 2, weapon: 'drone', actor: 'unknown' }]);
  });

  it('reads a headline strike in the present tense with the coalition as the striker', () => {
    const text = 'التحالف الدولي يقصف مواقع للميليشيات الإيرانية في بلدة خشام ردا على هجوم صاروخي استهدف قاعدة كونيكو.';
    expect(brief(text).map((m) => [m.category, m.place, m.actor])).toEqual([
      ['strike_on_militias', 'Khasham', 'coalition'],
      ['attack_on_us_forces', 'Conoco gas field', 'unknown'],
    ]);
  });

  it('reads a bomb blast on a US patrol', () => {
    const text = 'انفجار عبوة ناسفة بدورية أمريكية قرب بلدة الرميلان صباح اليوم دون وقوع إصابات.';
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place: 'Rmelan', weapon: 'ied', killed: 0, injured: 0 }]);
  });

  it('reads a roadside bomb on a coalition convoy', () => {
    const text = 'استهداف رتل للدعم اللوجستي تابع للتحالف الدولي بعبوة ناسفة على الطريق السريع في محافظة الديوانية مساء الثلاثاء دون وقوع خسائر بشرية.';
    expect(brief(text)).toMatchObject([{ category: 'attack_on_us_forces', place: 'Qadisiyyah', weapon: 'ied', killed: 0, injured: 0, date: '2024-03-12' }]);
  });

  it('carries the claimant to a claim whose subject is left out', () => {
    const text = 'أعلنت المقاومة الإسلامية في العراق اليوم استهداف قاعدة خراب الجير بطائرة مسيرة. كما أعلنت استهداف قاعدة حقل العمر بالصواريخ.';
    expect(brief(text).map((m) => [m.place, m.actor])).toEqual([
      ['Kharab al-Jir', 'islamic_resistance_iraq'],
      ['al-Omar oil field', 'islamic_resistance_iraq'],
    ]);
  });

  it('carries the claimant through "later it announced …"', () => {
    const text = 'أعلنت المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد بطائرتين مسيرتين اليوم. وفي وقت لاحق أعلنت استهداف قاعدة حرير في أربيل بطائرة مسيرة.';
    expect(brief(text).map((m) => m.actor)).toEqual(['islamic_resistance_iraq', 'islamic_resistance_iraq']);
  });

  it('does not take a denying government for the striker', () => {
    const text = 'نفت الولايات المتحدة مسؤوليتها عن الضربة التي استهدفت مقرا لكتائب حزب الله في منطقة القائم ليل الثلاثاء.';
    expect(brief(text)).toMatchObject([{ category: 'strike_on_militias', place: 'al-Qaim', actor: 'unknown' }]);
  });

  it('tells at most one unplaced incident per category', () => {
    const text = 'بدأت الولايات المتحدة الجمعة تنفيذ ضربات انتقامية في العراق وسوريا. وقال الرئيس الأمريكي إن القوات الأمريكية نفذت هذا المساء ضربات على منشآت يستخدمها الحرس الثوري.';
    expect(brief(text, '2024-02-03')).toMatchObject([{ category: 'strike_on_militias', place: null, actor: 'us' }]);
  });

  it('drops an unplaced report without a day of its own, told as background after the lead', () => {
    const text = 'سقطت صواريخ على قاعدة عين الأسد اليوم.\nولم تسجل إصابات.\nوشنت الولايات المتحدة ضربات على مواقع لفصائل موالية لإيران في سوريا.';
    expect(run(text).map((m) => m.place?.name_en ?? null)).toEqual(['Ain al-Asad']);
  });

  describe('yields nothing for', () => {
    it.each([
      ['aggregates', 'تعرضت القوات الأمريكية في العراق وسوريا لأكثر من 150 هجوما منذ تشرين الأول، وفق البنتاغون.'],
      ['habitual background', 'وتشهد قواعد التحالف في الحسكة ودير الزور بين حين وآخر هجمات بالطائرات المسيرة.'],
      ['habits told after the act word', 'وتشن إسرائيل غارات على مواقع للميليشيات الإيرانية في سوريا بشكل متكرر منذ سنوات.'],
      ['threats', 'توعدت الفصائل العراقية باستهداف القواعد الأمريكية في عين الأسد وحرير إذا لم تنسحب القوات.'],
      ['exercises', 'أجرت قوات التحالف تدريبات بالذخيرة الحية في قاعدة حقل العمر أمس شملت قصفا مدفعيا لأهداف وهمية.'],
      ['Turkish strikes on the SDF', 'استهدفت طائرة مسيرة تركية سيارة لقوات سوريا الديمقراطية قرب القامشلي أمس.'],
      ['ISIS attacks', 'هاجم عناصر من تنظيم داعش حاجزا لقسد في ريف دير الزور الشرقي أمس.'],
      ['unrelated news', 'افتتح وزير الاقتصاد معرضا للطائرات المدنية في دمشق اليوم بمشاركة خمسين شركة.'],
      ['a counted series', 'وتعرضت قاعدتا حقل العمر وكونيكو خلال الأشهر الماضية لعدة هجمات صاروخية.'],
      ['hypothetical strikes', 'وطلبت إيران من الفصائل التهدئة لتجنب ضربات أمريكية على قادتها في بغداد.'],
      ['flights over an area', 'وأفاد المرصد بتحليق للطيران الحربي الأمريكي في أجواء مدينة الميادين اليوم.'],
      ['strikes in Yemen', 'شنت مقاتلات أمريكية غارات على مواقع للحوثيين في محافظة الحديدة غربي اليمن فجر اليوم.'],
      ['strikes in Lebanon', 'أغارت طائرات إسرائيلية على مواقع لحزب الله في جنوب لبنان مساء الثلاثاء ما أدى إلى مقتل ثلاثة عناصر.'],
      ['a withdrawal plan', 'قالت وزارة الدفاع الأمريكية إن القوات الأمريكية ستنسحب من قاعدة عين الأسد بحلول أيلول المقبل.'],
      ['Russian strikes on rebels', 'شنت طائرات حربية روسية غارات على ريف إدلب الجنوبي اليوم ما أدى إلى مقتل ثلاثة مدنيين.'],
      ['regime shelling', 'قصفت قوات النظام السوري بالمدفعية قرى في ريف حماة الشمالي أمس.'],
      ['a visit to a base', 'زار قائد القيادة المركزية الأمريكية قاعدة عين الأسد اليوم والتقى الجنود.'],
      ['reinforcements', 'وصلت تعزيزات عسكرية أمريكية إلى قاعدة الشدادي أمس تضم عربات مدرعة.'],
      ['non-combat deaths', 'أعلن البنتاغون مقتل جندي أمريكي في حادث غير قتالي داخل قاعدة عين الأسد أمس.'],
      ['empty text', ''],
    ])('%s', (_label, text) => {
      expect(run(text)).toEqual([]);
    });
  });

  it('is deterministic and indexes mentions in order', () => {
    const text = 'سقطت صواريخ على قاعدة عين الأسد أمس. وقصفت طائرات أمريكية مواقع الحشد الشعبي في القائم اليوم.';
    const a = run(text);
    expect(run(text)).toEqual(a);
    expect(a.map((m) => m.index)).toEqual([0, 1]);
  });
});

describe('wording seen in other outlets', () => {
  it.each([
    ['"rained" rockets on a base', 'أمطرت فصائل مسلحة قاعدة فكتوريا قرب مطار بغداد بوابل من صواريخ الكاتيوشا فجر اليوم.', 'attack_on_us_forces', 'Victory base'],
    ['"rained" in the present', 'المقاومة تمطر قاعدة حرير بالمسيرات.', 'attack_on_us_forces', 'Harir'],
    ['"in the first hours of" opens the sentence', 'في الساعات الأولى من صباح اليوم، نفذت طائرة مسيرة أمريكية ضربة استهدفت قياديا في حركة النجباء شرق بغداد.', 'strike_on_militias', 'Baghdad'],
    ['"in the first moments of" closes it', 'سقطت صواريخ على قاعدة عين الأسد، في اللحظات الأولى من فجر الأحد.', 'attack_on_us_forces', 'Ain al-Asad'],
    ['a town that is also a word, after "a strike on"', 'سقط قتيل وجريحان في قصف أمريكي على القائم.', 'strike_on_militias', 'al-Qaim'],
    ['after "raids on"', 'غارات أمريكية على القائم فجر اليوم.', 'strike_on_militias', 'al-Qaim'],
  ])('%s', (_label, text, category, place) => {
    expect(brief(text)).toMatchObject([{ category, place }]);
  });

  it.each([
    ['the status quo', 'حافظ على الوضع القائم.'],
    ['"عين علي" then a name joined by و', 'كما استهدفت الغارات مزار عين علي والشبلي.'],
  ])('but no place of that name: %s', (_label, text) => {
    expect(brief(text).map((m) => m.place)).not.toContain('al-Qaim');
    expect(brief(text).map((m) => m.place)).not.toContain('al-Shibli');
  });
});

describe('"الذي وقع في <date>" dates the act it follows, not the announcement', () => {
  it.each([
    ['"occurred on" after the announcement weekday', 'أعلن البنتاغون، الاثنين، ارتفاع عدد المصابين في الهجوم الصاروخي الإيراني على قاعدة عين الأسد الذي وقع في 8 كانون الثاني إلى 109.', '2024-01-08'],
    ['"happened on the day"', 'قال مسؤول، الثلاثاء، إن الهجوم على قاعدة حرير الذي حدث يوم 3 آذار لم يسفر عن إصابات.', '2024-03-03'],
  ])('%s', (_label, text, date) => {
    expect(brief(text)).toMatchObject([{ date }]);
  });

  it("while a date in an aside about the base is not the act's", () => {
    expect(brief('سقطت ثلاث قذائف مساء اليوم على قاعدة بلد، وهي القاعدة التي تسلمتها القوات العراقية بتاريخ 10-11-2019.')).toMatchObject([{ date: '2024-03-15' }]);
  });
});

describe('an ordinal that tells a day or an hour is no comparison', () => {
  it.each([
    ['"on the fourth of February", then the act', 'في الرابع من شباط/فبراير الجاري، استهدفت مسيرة قاعدة حقل العمر.', 'al-Omar oil field', '2024-02-04'],
    ['"on the third of January 2020"', 'وفي الثالث من كانون الثاني 2020، قتل قائد فيلق القدس بغارة أمريكية قرب مطار بغداد.', 'Baghdad airport', '2020-01-03'],
  ])('%s', (_label, text, place, date) => {
    expect(brief(text, '2024-02-08')).toMatchObject([{ place, date }]);
  });
});
