import { brief } from '../../test/brief';

// Classes found on dev21 (a set written blind to the rules, read after its first figure), each fixed as
// a mechanism. Sentences written for these tests, in variants the set does not show.

describe('"that night" / "that day" is the time told last, in the sentence before, whether or not an incident was read there', () => {
  it.each([
    ['an undated page, a strike told by its ordinal', 'جاءت الضربة الثالثة مساء الأحد 12 تشرين الثاني 2023. في تلك الليلة، أغارت طائرات أمريكية على معسكر قرب البوكمال.', null, '2023-11-12'],
    ['a day told with no act', 'وكان الخميس 4 كانون الثاني 2024 يوماً دامياً في بغداد. ففي ذلك اليوم قصفت مسيرة أمريكية مقرا للنجباء في شارع فلسطين.', '2024-01-10', '2024-01-04'],
    ['an alert, then that evening', 'أعلنت واشنطن حالة التأهب يوم الجمعة 2 شباط 2024. وفي مساء ذلك اليوم أغارت قاذفات أمريكية على مواقع للحشد في القائم.', '2024-02-05', '2024-02-02'],
    ['a dawn told before, then that night', 'بدأ التصعيد فجر الأربعاء 18 تشرين الأول 2023 بتهديدات متبادلة. وفي تلك الليلة سقطت صواريخ على قاعدة عين الأسد.', null, '2023-10-18'],
  ])('%s', (_label, text, pub, date) => {
    expect(brief(text, pub)).toMatchObject([{ date }]);
  });
});
