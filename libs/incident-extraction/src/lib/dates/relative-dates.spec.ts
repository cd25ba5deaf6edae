import { datesOf } from '../../../test/sentence';

// Publication day in these specs: Friday 15 March 2024.
describe('dates relative to publication', () => {
  it.each([
    ['days ago in digits', 'سقطت القذائف قبل 3 أيام', '2024-03-12'],
    ['days ago in words', 'استهدفت القاعدة قبل ثلاثة أيام', '2024-03-12'],
    ['two days ago (dual)', 'وقع الهجوم قبل يومين', '2024-03-13'],
    ['yesterday', 'قصفت المسيرات القاعدة أمس', '2024-03-14'],
    ['the day before yesterday', 'تعرضت القاعدة لهجوم أول أمس', '2024-03-13'],
    ['last night', 'سقطت الصواريخ الليلة الماضية', '2024-03-14'],
    ['last night, "الفائتة"', 'قصفت المسيرات مواقع الفصائل الليلة الفائتة', '2024-03-14'],
    ['this evening', 'دوت الانفجارات هذا المساء', '2024-03-15'],
    ['today', 'استهدفت مسيرة القاعدة اليوم', '2024-03-15'],
    ['a weekday this week', 'قصفت الطائرات المواقع الثلاثاء', '2024-03-12'],
    ['a weekday of last week', 'سقطت الصواريخ الجمعة الماضية', '2024-03-08'],
  ])('%s', (_label, text, day) => {
    expect(datesOf(text)[0]?.[0]).toBe(day);
  });

  // Hours ago is the day of publication, whatever the count or the word for it.
  it.each([
    ['"قبل ساعات"', 'أعلن الحرس الثوري مقتل مستشار بغارة استهدفت قبل ساعات محيط مطار دمشق'],
    ['"قبل ساعة"', 'قصفت طائرات مجهولة قبل ساعة مواقع قرب البوكمال'],
    ['"قبل ساعتين" (dual)', 'سقطت صواريخ قبل ساعتين على قاعدة عين الأسد'],
    ['a count in digits', 'أطلقت الفصائل قبل 3 ساعات مسيرة نحو حقل العمر'],
    ['a count in Arabic-Indic digits', 'دوت انفجارات في قاعدة الشدادي قبل ٤ ساعات'],
    ['"بضع ساعات"', 'تعرض رتل للتحالف قبل بضع ساعات لهجوم قرب الرمادي'],
    ['"عدة ساعات"', 'أسقطت الدفاعات قبل عدة ساعات مسيرة فوق أربيل'],
    ['"قبل نحو ساعة"', 'استهدفت مسيرة قبل نحو ساعة سيارة في جرف الصخر'],
    ['"منذ ساعات قليلة"', 'منذ ساعات قليلة تعرضت القاعدة لهجوم صاروخي'],
    ['"خلال الساعات الماضية"', 'شنت المقاتلات غارات على مواقع في الميادين خلال الساعات الماضية'],
    ['"في الساعات الأخيرة"', 'تعرضت قاعدة حرير في الساعات الأخيرة لقصف'],
  ])('reads hours ago as the day of publication: %s', (_label, text) => {
    expect(datesOf(text)).toEqual([['2024-03-15', 'day', 3]]);
  });

  // After midnight of the night just past is already the day of publication.
  it.each([
    ['"بعد منتصف الليلة الماضية"', 'استهدف طيران التحالف مطار كربلاء بثلاثة صواريخ بعد منتصف الليلة الماضية'],
    ['"بعد منتصف ليلة أمس"', 'سقطت قذائف على قاعدة بلد بعد منتصف ليلة أمس'],
    ['"بعد منتصف ليل أمس"', 'دوت انفجارات في حقل كونيكو بعد منتصف ليل أمس'],
    ['"عقب منتصف الليلة الماضية"', 'هاجمت مسيرتان قاعدة الشدادي عقب منتصف الليلة الماضية'],
    ['"بعيد منتصف الليلة المنصرمة"', 'قصفت طائرات مجهولة مواقع في البوكمال بعيد منتصف الليلة المنصرمة'],
    ['"وبعد منتصف الليلة الفائتة"', 'وبعد منتصف الليلة الفائتة أطلقت الفصائل صواريخ على التاجي'],
    ['"بعد منتصف ليلة البارحة"', 'استهدفت غارات مواقع قرب القائم بعد منتصف ليلة البارحة'],
    ['"عقب منتصف ليلة أمس"', 'انفجرت مسيرة مفخخة في قاعدة حرير عقب منتصف ليلة أمس'],
    ['"وبعد منتصف ليل البارحة"', 'وبعد منتصف ليل البارحة سقطت قذيفتان قرب السفارة'],
    ['"بعيد منتصف الليلة السابقة"', 'تعرض رتل للتحالف لهجوم بعيد منتصف الليلة السابقة'],
  ])('reads the small hours as the day of publication: %s', (_label, text) => {
    expect(datesOf(text)).toEqual([['2024-03-15', 'day', 3]]);
  });

  it('reads "a week ago" as that day, as firm as a weekday', () => {
    expect(datesOf('وكانت القاعدة قد استهدفت قبل أسبوع بمسيرة')).toEqual([['2024-03-08', 'day', 2]]);
    expect(datesOf('سقطت صواريخ على المطار قبل أسبوعين')).toEqual([['2024-03-01', 'day', 2]]);
    expect(datesOf('قصفت الطائرات المعبر قبل نحو شهرين')).toEqual([['2024-01', 'month', 1]]);
  });

  it('reads a span before another event as no date of publication', () => {
    expect(datesOf('قصفت الفصائل القاعدة قبل ساعات من وصول الوزير')).toEqual([]);
    expect(datesOf('سقطت الصواريخ قبل يومين من زيارة الوفد')).toEqual([]);
  });

  it('reads a month of publication and a day of it', () => {
    expect(datesOf('وقع الهجوم الشهر الماضي')).toEqual([['2024-02', 'month', 1]]);
    expect(datesOf('في العاشر من الشهر الجاري')).toEqual([['2024-03-10', 'day', 4]]);
  });

  it('reads an ordinal after "الأسبوع" or "النصف" as no day of the month', () => {
    expect(datesOf('وفي الأسبوع الأول من الشهر الماضي قصفت الطائرات مواقع')).toEqual([['2024-02', 'month', 1]]);
    expect(datesOf('تكررت الهجمات في النصف الثاني من الشهر الجاري')).toEqual([['2024-03', 'month', 1]]);
  });

  it('keeps only the month of "last week"', () => {
    expect(datesOf('تعرضت القاعدة لهجوم الأسبوع الماضي', '2024-03-05')).toEqual([['2024-02', 'month', 1]]);
  });

  it('demotes a relative day right after a reporting verb: it may date the statement', () => {
    expect(datesOf('وقال البنتاغون أمس إن مسيرة ضربت القاعدة')).toEqual([['2024-03-14', 'day', 1.5]]);
  });

  it('reads "today Wednesday" quoted on another weekday as nothing of its own', () => {
    expect(datesOf('قالت القيادة اليوم الأربعاء إن القاعدة تعرضت لهجوم').map((d) => d[0])).toEqual(['2024-03-13']);
  });

  it('reads nothing relative without a publication day', () => {
    expect(datesOf('استهدفت مسيرة القاعدة أمس', null)).toEqual([]);
  });
});

// Weeks open on Saturday: on Friday 15 March 2024 the week before ran from Saturday 2 to Friday 8 March.
describe('a weekday "of last week" is that day of the week before this one', () => {
  it.each([
    ['Sunday of last week', 'تعرض المعسكر لضربة جوية ليل الأحد من الأسبوع الماضي', '2024-03-03'],
    ['Friday of last week, the same weekday as publication', 'قصفت مسيرة القاعدة يوم الجمعة من الأسبوع الماضي', '2024-03-08'],
    ['Saturday of last week, its first day', 'سقطت صواريخ على القاعدة السبت من الأسبوع المنصرم', '2024-03-02'],
    ['Thursday of last week', 'استهدفت مسيرة حقل العمر الخميس من الأسبوع الفائت', '2024-03-07'],
  ])('%s', (_label, text, value) => {
    expect(datesOf(text).map(([v]) => v)).toEqual([value]);
  });

  it('but a bare weekday is the latest one', () => {
    expect(datesOf('قصفت مسيرة القاعدة يوم الأحد').map(([v]) => v)).toEqual(['2024-03-10']);
  });
});
