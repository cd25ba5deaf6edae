import { sentencesOf } from './sentences';

const texts = (t: string) => sentencesOf(t).map((s) => s.text);

describe('sentences', () => {
  it.each([
    ['after a field noun', 'وقالت قسد إنه لم تقع أضرار جراء الهجوم بطائرة مسيرة على حقل\nالعمر النفطي شرق سوريا.'],
    ['after a preposition', 'سقطت ثلاثة صواريخ مساء أمس على\nقاعدة عين الأسد الجوية.'],
    ['after "in"', 'استهدفت غارة إسرائيلية مستودعا للأسلحة في\nمدينة البوكمال فجر اليوم.'],
    ['after a base noun', 'هاجمت مسيرتان مفخختان قاعدة\nحرير الجوية شمال أربيل.'],
    ['after a town noun', 'قصفت طائرات مجهولة مقرا للحشد في بلدة\nالقائم الحدودية.'],
    ['after "and"', 'أصيب جنديان أمريكيان و\nمتعاقد مدني في الهجوم.'],
    ['after a governorate noun', 'وقعت الضربات في محافظة\nدير الزور شرقي سوريا.'],
    ['after "near"', 'سقط صاروخ قرب\nالسفارة الأمريكية في بغداد.'],
    ['after an airport noun', 'استهدف هجوم بمسيرة مطار\nأربيل الدولي ليلة الأحد.'],
    ['after "from"', 'أطلقت الصواريخ من\nبلدة قريبة من الميادين.'],
  ])('joins a line broken inside a phrase: %s', (_label, text) => {
    expect(texts(text)).toEqual([text.replace('\n', '\n')]);
  });

  it('keeps a headline and its body apart', () => {
    expect(texts('هجوم بالمسيرات على قاعدة التنف\nاستهدفت مسيرتان قاعدة التنف فجر اليوم.')).toHaveLength(2);
  });

  it('keeps an ellipsis inside a quotation in one sentence, and a glued full stop apart', () => {
    expect(texts('ضربت طائرة بدون طيار... منشأة للحرس الثوري.')).toHaveLength(1);
    expect(texts('سقطت صواريخ على القاعدة.وقال مصدر إن الهجوم فشل.')).toHaveLength(2);
  });
});
