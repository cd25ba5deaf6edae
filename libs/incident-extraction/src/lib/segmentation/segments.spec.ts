import { sentence } from '../../../test/sentence';
import { brief } from '../../../test/brief';
import { segmentsOf } from './segments';

const pieces = (text: string) => {
  const { facts } = sentence(text);
  return segmentsOf(facts).map(([a, b]) => text.slice(facts.tokens[a].start, facts.tokens[b - 1].end));
};

describe('segments', () => {
  it('cuts at a retaliation marker', () => {
    expect(pieces('قصفت طائرات أمريكية مقرا لكتائب حزب الله في القائم ردا على هجوم استهدف قاعدة عين الأسد')).toEqual([
      'قصفت طائرات أمريكية مقرا لكتائب حزب الله في القائم',
      'ردا على هجوم استهدف قاعدة عين الأسد',
    ]);
  });

  it('does not cut at a boundary word that opens the sentence', () => {
    expect(pieces('بعد ذلك سقطت ثلاثة صواريخ على قاعدة التاجي')).toHaveLength(1);
  });

  it('cuts where a clause opens with a date of its own', () => {
    expect(pieces('استهدفت مسيرة قاعدة حرير في 3 آذار، وفي 9 آذار سقطت صواريخ على مطار أربيل')).toHaveLength(2);
  });

  it('keeps "من بعد" inside a segment', () => {
    expect(pieces('أطلقت الصواريخ من بعد منتصف الليل على قاعدة التنف')).toHaveLength(1);
  });
});

describe('"where … is" after a place describes the place hit, no new clause', () => {
  it.each([
    ['the Green Zone, where the embassy is', 'سقطت ثلاثة صواريخ على المنطقة الخضراء، حيث مقر السفارة الأمريكية، مساء اليوم'],
    ['an airport, where coalition forces are stationed', 'سقط صاروخان على مطار أربيل، حيث تتمركز قوات التحالف الدولي، مساء اليوم'],
    ['a district, where the air base lies', 'سقطت قذائف على قضاء بلد، حيث تقع القاعدة الجوية، فجر اليوم'],
    ['a town, where US troops are deployed', 'سقطت مسيرة في بلدة الشدادي، حيث تنتشر قوات أمريكية، مساء اليوم'],
  ])('%s', (_label, text) => {
    expect(pieces(text)).toHaveLength(1);
  });

  it('but "حيث" opening a clause of its own still cuts', () => {
    expect(pieces('لم يمر الأسبوع بهدوء على الطرق الخارجية جنوبي العراق، حيث واصلت جهات مجهولة استهداف الأرتال').length).toBeGreaterThan(1);
  });
});

describe('the act at a place where the US site is, is at that site', () => {
  it('rockets on the Green Zone where the embassy is, and the one wounded', () => {
    expect(
      brief('سقطت ثمانية صواريخ مساء اليوم على المنطقة الخضراء وسط بغداد، حيث مقر السفارة الأمريكية، ما أدى إلى أضرار في مجمع سكني، وإصابة أحد منتسبي القوات الأمنية.').map((m) => [
        m.place,
        m.injured,
      ]),
    ).toEqual([['US embassy Baghdad', 1]]);
  });
});
