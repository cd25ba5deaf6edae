import { defaultGazetteer } from '../gazetteer/gazetteer';
import { sentence } from '../../../test/sentence';
import { groupPlaces, selectPlaces } from './places';

const specific = (text: string) => selectPlaces(sentence(text).seg, defaultGazetteer()).specific.map((p) => p.place.en);

describe('place selection', () => {
  it('leaves out the launch site', () => {
    expect(specific('سقطت صواريخ أطلقت من الميادين على حقل العمر')).toEqual(['al-Omar oil field']);
  });

  it('leaves out a dateline', () => {
    expect(specific('أربيل (كوردستان 24)- سقطت صواريخ على قاعدة عين الأسد')).toEqual(['Ain al-Asad']);
  });

  it('reads a place after a bearing as a bearing only', () => {
    expect(specific('قصفت طائرات مقرا في جرف الصخر جنوب بغداد')).toEqual(['Jurf al-Sakhar']);
  });

  it('keeps the town, not the enclosing governorate', () => {
    expect(specific('استهدفت غارة موقعا في البوكمال بمحافظة دير الزور')).toEqual(['Albukamal']);
  });

  it('groups nearby names into one place, and keeps far ones apart', () => {
    const near = selectPlaces(sentence('سقطت صواريخ على قاعدة الشدادي في بلدة الشدادي').seg, defaultGazetteer()).specific;
    expect(groupPlaces(near)).toHaveLength(1);
    const far = selectPlaces(sentence('استهدفت المسيرات قاعدة التنف وقاعدة عين الأسد').seg, defaultGazetteer()).specific;
    expect(groupPlaces(far)).toHaveLength(2);
  });
});

describe("a countryside quadrant told by the outlet's own compass only locates the site", () => {
  it.each([
    ['Conoco in the "northern" countryside', 'دوت انفجارات في قاعدة التحالف بحقل كونيكو للغاز في ريف دير الزور الشمالي', ['Conoco gas field']],
    ['Conoco in the "western" countryside', 'سقطت قذائف على قاعدة التحالف بحقل كونيكو في ريف دير الزور الغربي', ['Conoco gas field']],
    ['al-Omar in the "northern" countryside', 'استهدفت مسيرة قاعدة التحالف في حقل العمر بريف دير الزور الشمالي', ['al-Omar oil field']],
    ['al-Omar in the countryside the gazetteer gives', 'استهدفت مسيرة حقل العمر بريف دير الزور الشرقي', ['al-Omar oil field']],
    ['Khasham in the "northern" countryside', 'قصفت طائرات مقرا في بلدة خشام بريف دير الزور الشمالي', ['Khasham']],
  ])('%s', (_label, text, places) => {
    expect(specific(text)).toEqual(places);
  });

  it.each([
    ['a countryside of another governorate', 'استهدفت مسيرة حقل العمر وقصفت ريف الحسكة الجنوبي', ['al-Omar oil field', 'southern Hasakah countryside']],
    ['a quadrant far from the site', 'استهدفت مسيرة قاعدة الشدادي في ريف الحسكة الشمالي', ['al-Shaddadi', 'northern Hasakah countryside']],
  ])('but keeps %s', (_label, text, places) => {
    expect(specific(text)).toEqual(places);
  });
});
