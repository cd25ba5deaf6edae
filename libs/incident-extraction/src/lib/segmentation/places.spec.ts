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

describe('where a launcher was found, to the end of the clause, and an operations command are no scene', () => {
  it.each([
    [
      'a burnt truck found near a village of a subdistrict',
      'قالت القيادة إن قوة مشتركة عثرت على عجلة نوع كيا محترقة بالكامل في منطقة زراعية قرب قرية المحلبية التابعة لناحية زمار، وإنها استخدمت في استهداف قاعدة رميلان',
      ['Rmelan'],
    ],
    ['a launch pad found on the edge of a district', 'عثرت القوات الأمنية على منصة صواريخ في أطراف قضاء الشرقاط استخدمت في قصف قاعدة حرير', ['Harir']],
    ['"العثور على" with the place far in the clause', 'أعلنت القوات العثور على عجلة محترقة كانت تحمل منصة لإطلاق الصواريخ في ناحية زمار شمال غربي الموصل، استخدمت في قصف قاعدة حرير', ['Harir']],
    ['"عثر على" in the passive voice', 'وعثر على منصة إطلاق بدائية في منطقة زراعية قرب بلدة ربيعة، بعد سقوط صواريخ على قاعدة خراب الجير', ['Kharab al-Jir']],
    ['the Nineveh Operations Command announcing', 'أعلنت قيادة عمليات نينوى سقوط صواريخ على قاعدة حرير', ['Harir']],
    ['the Anbar Operations announcing', 'وقالت عمليات الأنبار إن صاروخين سقطا قرب قاعدة عين الأسد', ['Ain al-Asad']],
  ])('%s', (_label, text, places) => {
    expect(specific(text)).toEqual(places);
  });

  it.each([
    ['operations carried out in a town', 'نفذت القوات الأمريكية عمليات في البوكمال', ['Albukamal']],
    ['a launcher found, then a strike elsewhere in another clause', 'عثرت القوات على منصة، وقصفت الطائرات موقعا في القائم', ['al-Qaim']],
  ])('but keeps %s', (_label, text, places) => {
    expect(specific(text)).toEqual(places);
  });
});

describe('a road or stretch between two places, a place noun opening either, is one place: the first named', () => {
  it.each([
    ['the road linking the city of Mayadin and the Albukamal desert', 'استهدفت مسيرة سيارة على الطريق الواصل بين مدينة الميادين وبادية البوكمال', ['Mayadin']],
    ['between the town of al-Qaim and the city of Albukamal', 'قصفت طائرات شاحنات بين بلدة القائم ومدينة البوكمال', ['al-Qaim']],
    ['between the district of al-Qaim and Rawa', 'سقطت صواريخ على طريق بين قضاء القائم وناحية راوة', ['al-Qaim']],
  ])('%s', (_label, text, places) => {
    expect(specific(text)).toEqual(places);
  });
});
