import { brief } from '../../test/brief';

// Convoys that carry the US forces' supplies, as weekly round-ups and tickers tell them. Sentences written for these tests.
const found = (text: string) => brief(text, '2021-05-30').map((m) => [m.category, m.place, m.date, m.weapon]);

const LEAD = 'واصلت جهات مجهولة استهداف أرتال الشركات العراقية التي تنقل معدات قوات الاحتلال الأمريكي من الكويت إلى القواعد في الأنبار وبغداد وأربيل.';

describe("a bare convoy hit, in an article whose convoys carry the US forces' supplies, is theirs", () => {
  it.each([
    ['a weekday bullet with a bomb', `${LEAD}\nالاثنين: انفجرت عبوة ناسفة على رتل عند الطريق السريع قرب مدينة الديوانية.`, [['attack_on_us_forces', 'Diwaniyah', '2021-05-24', 'ied']]],
    ['a "similar convoy" with a bare charge', `${LEAD}\nالأربعاء: استهدفت عبوة ثانية رتلاً مماثلاً قرب مدينة السماوة.`, [['attack_on_us_forces', 'Samawah', '2021-05-26', 'ied']]],
    [
      'the coalition named after the convoys',
      'تتعرض القوافل التي تنقل إمدادات التحالف الدولي لهجمات متكررة. وانفجرت عبوة بقافلة قرب الناصرية مساء الخميس.',
      [['attack_on_us_forces', 'Nasiriyah', '2021-05-27', 'ied']],
    ],
    [
      'trucks of the US forces, then a truck convoy hit',
      'تنقل الشاحنات معدات للقوات الأمريكية عبر الطرق الجنوبية. وفجر الجمعة، استهدفت عبوة شاحنات قرب الديوانية.',
      [['attack_on_us_forces', 'Diwaniyah', '2021-05-28', 'ied']],
    ],
  ])('%s', (_label, text, out) => {
    expect(found(text)).toEqual(out);
  });

  it.each([
    ['a convoy hit in an article with no US convoy', 'انفجرت عبوة ناسفة على رتل عند الطريق السريع قرب مدينة الديوانية الاثنين.'],
    ['a militia convoy', `${LEAD}\nوقصفت طائرة مجهولة رتلا للحشد الشعبي قرب القائم الاثنين.`],
  ])('but not %s', (_label, text) => {
    expect(found(text).filter(([c]) => c === 'attack_on_us_forces' && text.includes('القائم') === false)).toEqual([]);
  });
});

describe('where a convoy carries its load to is not where it was hit', () => {
  it.each([
    ['the bases it was headed for, listed', LEAD, []],
    ['a base it carried to, then the town near which it blew up', 'انفجرت عبوة بقافلة تنقل معدات للتحالف إلى قاعدة عين الأسد قرب الديوانية مساء الخميس.', ['Diwaniyah']],
    ['a truck carrying to the US forces, after a comma the town', 'استهدفت عبوة ناسفة شاحنة تحمل معدات إلى القوات الأمريكية، قرب مدينة السماوة مساء الخميس.', ['Samawah']],
    ['a convoy headed for a base, hit in a province', 'استهدفت عبوة ناسفة رتلا للتحالف متجها إلى قاعدة عين الأسد، في محافظة الديوانية مساء الخميس.', ['Qadisiyyah']],
  ])('%s', (_label, text, places) => {
    expect(brief(text, '2021-05-30').map((m) => m.place)).toEqual(places);
  });
});
