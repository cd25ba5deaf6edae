import { IncidentMention } from '@raseed/contracts';
import { extractIncidents } from './extract-incidents';

// Articles written for these tests (not taken from any corpus).
const run = (text: string, publishedAt: string | null = '2024-03-15') => extractIncidents({ text, publishedAt });
const brief = (text: string, publishedAt: string | null = '2024-03-15') =>
  run(text, publishedAt).map((m) => ({ category: m.category, place: m.place?.name_en ?? null, date: m.date?.value ?? null, weapon: m.weapon, actor: m.actor, killed: m.killed, injured: m.injured }));

describe('extractIncidents', () => {
  it('reads one attack with all its fields', () => {
    const text = 'أعلنت المقاومة الإسلامية في العراق أنها استهدفت بطائرتين مسيرتين قاعدة الشدادي الأمريكية جنوبي الحسكة مساء الأربعاء.\nوأضافت أن الهجوم لم يسفر عن وقوع إصابات.';
    expect(brief(text)).toEqual([
      { category: 'attack_on_us_forces', place: 'al-Shaddadi', date: '2024-03-13', weapon: 'drone', actor: 'islamic_resistance_iraq', killed: 0, injured: 0 },
    ]);
  });

  it('produces valid contract mentions with evidence offsets into the text', () => {
    const text = 'قصف صاروخي على حقل العمر.\nوقالت مصادر محلية إن خمسة صواريخ سقطت داخل القاعدة الأمريكية في حقل العمر أمس وأدت إلى إصابة جنديين.';
    const [m] = run(text);
    expect(() => IncidentMention.parse(m)).not.toThrow();
    for (const ev of Object.values(m.evidence)) expect(text.slice(ev!.start, ev!.end)).toBe(ev!.sentence);
    expect(m.evidence.injured?.sentence).toContain('جنديين');
    expect(m).toMatchObject({ weapon: 'rocket', injured: 2, date: { value: '2024-03-14', precision: 'day' } });
    expect(m.place).toMatchObject({ id: 'sy-omar-field', country: 'SY', admin1: 'Deir ez-Zor' });
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

  it('drops an unplaced report without a day of its own', () => {
    expect(run('وشنت الولايات المتحدة ضربات على مواقع لفصائل موالية لإيران في سوريا.')).toEqual([]);
  });

  describe('yields nothing for', () => {
    it.each([
      ['aggregates', 'تعرضت القوات الأمريكية في العراق وسوريا لأكثر من 150 هجوما منذ تشرين الأول، وفق البنتاغون.'],
      ['habitual background', 'وتشهد قواعد التحالف في الحسكة ودير الزور بين حين وآخر هجمات بالطائرات المسيرة.'],
      ['threats', 'توعدت الفصائل العراقية باستهداف القواعد الأمريكية في عين الأسد وحرير إذا لم تنسحب القوات.'],
      ['exercises', 'أجرت قوات التحالف تدريبات بالذخيرة الحية في قاعدة حقل العمر أمس شملت قصفا مدفعيا لأهداف وهمية.'],
      ['Turkish strikes on the SDF', 'استهدفت طائرة مسيرة تركية سيارة لقوات سوريا الديمقراطية قرب القامشلي أمس.'],
      ['ISIS attacks', 'هاجم عناصر من تنظيم داعش حاجزا لقسد في ريف دير الزور الشرقي أمس.'],
      ['unrelated news', 'افتتح وزير الاقتصاد معرضا للطائرات المدنية في دمشق اليوم بمشاركة خمسين شركة.'],
      ['a counted series', 'وتعرضت قاعدتا حقل العمر وكونيكو خلال الأشهر الماضية لعدة هجمات صاروخية.'],
      ['hypothetical strikes', 'وطلبت إيران من الفصائل التهدئة لتجنب ضربات أمريكية على قادتها في بغداد.'],
      ['flights over an area', 'وأفاد المرصد بتحليق للطيران الحربي الأمريكي في أجواء مدينة الميادين اليوم.'],
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
