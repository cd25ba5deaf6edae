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
