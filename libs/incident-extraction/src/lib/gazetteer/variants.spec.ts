import { spellingVariants } from './variants';

describe('spellingVariants', () => {
  it('joins and splits compound names the way writers do', () => {
    expect(spellingVariants('تل عفر', 'town')).toEqual(['تلعفر']);
    expect(spellingVariants('تلعفر', 'town')).toEqual(['تل عفر']);
    expect(spellingVariants('دير الزور', 'governorate')).toEqual(['ديرالزور']);
    expect(spellingVariants('البو كمال', 'city')).toEqual(['البوكمال']);
    expect(spellingVariants('كفرسوسة', 'neighbourhood')).toEqual(['كفر سوسة']);
  });

  it('drops the final hamza of long words only', () => {
    expect(spellingVariants('كربلاء', 'governorate')).toEqual(['كربلا']);
    expect(spellingVariants('مطار كربلاء الدولي', 'airport')).toEqual(['مطار كربلا الدولي']);
    expect(spellingVariants('ماء', 'village')).toEqual([]);
  });

  it("renders a US mission support site's title the ways reports do", () => {
    expect(spellingVariants('موقع دعم المهمة الفرات', 'oilfield')).toEqual(expect.arrayContaining(['موقع الدعم الفرات', 'موقع دعم الفرات', 'قاعدة دعم المهمة الفرات']));
    expect(spellingVariants('موقع الدعم القرية الخضراء', 'base')).toEqual(expect.arrayContaining(['موقع دعم المهمة القرية الخضراء']));
    expect(spellingVariants('موقع القرية', 'village')).toEqual([]);
  });

  it('names an oil or gas field the ways reports do', () => {
    expect(spellingVariants('حقل العمر', 'oilfield')).toEqual(['حقل نفط العمر', 'حقل غاز العمر', 'حقل العمر النفطي', 'حقل العمر الغازي']);
    expect(spellingVariants('حقل العمر', 'town')).toEqual([]);
    expect(spellingVariants('حقل العمر النفطي', 'oilfield')).toEqual([]);
  });

  it('leaves plain names alone', () => {
    expect(spellingVariants('بغداد', 'governorate')).toEqual([]);
    expect(spellingVariants('تل', 'village')).toEqual([]);
    expect(spellingVariants('تلال', 'village')).toEqual([]);
  });
});
