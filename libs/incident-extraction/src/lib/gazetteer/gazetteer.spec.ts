import { keyTokens } from '../text/tokens';
import { Gazetteer, defaultGazetteer, distanceKm } from './gazetteer';
import { PLACES } from './places.data';

const gaz = defaultGazetteer();
const names = (text: string) => gaz.find(keyTokens(text)).map((m) => m.place.en);

describe('gazetteer data', () => {
  it('has unique ids, known parents and coordinates inside the region', () => {
    expect(() => new Gazetteer(PLACES)).not.toThrow();
    for (const p of PLACES) {
      if (p.country === 'IR') continue;
      expect(p.lat).toBeGreaterThan(29);
      expect(p.lat).toBeLessThan(38);
      expect(p.lon).toBeGreaterThan(34.9);
      expect(p.lon).toBeLessThan(48.7);
    }
  });

  it('builds the hierarchy base → town → governorate → country', () => {
    const kharab = gaz.get('sy-kharab-al-jir')!;
    expect(kharab.ancestors).toEqual(['sy-rmelan', 'sy-hasakah', 'sy']);
    expect(kharab.admin1).toBe('Hasakah');
    expect(gaz.within(kharab, gaz.get('sy-hasakah')!)).toBe(true);
  });

  it('keeps real distances between neighbouring sites', () => {
    expect(distanceKm(gaz.get('sy-tanf')!, gaz.get('jo-tower-22')!)).toBeLessThan(30);
    expect(distanceKm(gaz.get('sy-omar-field')!, gaz.get('sy-conoco')!)).toBeGreaterThan(25);
    expect(distanceKm(gaz.get('iq-ain-al-asad')!, gaz.get('iq-baghdad')!)).toBeGreaterThan(150);
  });
});

describe('place matching', () => {
  it('matches names with clitics and spelling variants', () => {
    expect(names('سقطت قذيفتان بالقرب من قاعدة الشدادي وفي ديرالزور')).toEqual(['al-Shaddadi', 'Deir ez-Zor']);
    expect(names('هجوم على حقل "العمر" النفطي وبالتنف')).toEqual(['al-Omar oil field', 'al-Tanf']);
    expect(names('استهدفت قاعدة عين الاسد ومطار أربيل الدولي')).toEqual(['Ain al-Asad', 'Erbil airport']);
  });

  it('needs a place noun before names that are also ordinary words', () => {
    expect(names('التقى القائم بالأعمال بالوزير')).toEqual([]);
    expect(names('قصف مواقع في منطقة القائم الحدودية')).toEqual(['al-Qaim']);
    expect(names('غارات على مواقع في القائم وبالقائم')).toEqual(['al-Qaim', 'al-Qaim']);
    expect(names('حافظ على الوضع القائم')).toEqual([]);
    expect(names('هذا حديث عن الحرير')).toEqual([]);
    expect(names('طائرة مسيرة فوق قاعدة حرير')).toEqual(['Harir']);
  });

  it('reads a capital as its government when it is the subject', () => {
    expect(names('وهو هجوم حملت دمشق مسؤوليته لإسرائيل')).toEqual([]);
    expect(names('غارة قرب دمشق وأخرى في بغداد')).toEqual(['Damascus', 'Baghdad']);
    expect(names('انفجار ببغداد')).toEqual(['Baghdad']);
  });

  it('skips outlet names and time zones', () => {
    expect(names('وقال مراسل الميادين إن الطائرة حلقت')).toEqual([]);
    expect(names('في الساعة العاشرة بتوقيت بغداد')).toEqual([]);
    expect(names('قصف قرب مدينة الميادين')).toEqual(['Mayadin']);
  });
});
