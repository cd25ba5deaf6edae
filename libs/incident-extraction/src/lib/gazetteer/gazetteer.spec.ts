import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldWord, keyTokens, patternKey } from '../text/tokens';
import { bundledPlaces } from './bundled-places';
import { COMMON_WORDS } from './common-words';
import { Gazetteer, defaultGazetteer, distanceKm } from './gazetteer';
import { GEONAMES_LINKS, GEONAMES_PLACES } from './geonames.data';
import { PLACES } from './places.data';

const gaz = defaultGazetteer();
const ids = (text: string) => gaz.find(keyTokens(text)).map((m) => m.place.id);
const names = (text: string) => gaz.find(keyTokens(text)).map((m) => m.place.en);

const GULF_OR_IRAN = new Set(['IR', 'QA', 'KW', 'AE', 'SA', 'BH']);

describe('gazetteer data', () => {
  it('has unique ids, known parents and coordinates inside the region', () => {
    expect(() => new Gazetteer(PLACES)).not.toThrow();
    expect(() => new Gazetteer(bundledPlaces())).not.toThrow();
    for (const p of bundledPlaces()) {
      if (GULF_OR_IRAN.has(p.country)) {
        // The Gulf's US bases and Iran: a box around the Gulf instead.
        expect(p.lat).toBeGreaterThan(20);
        expect(p.lat).toBeLessThan(40);
        expect(p.lon).toBeGreaterThan(43);
        expect(p.lon).toBeLessThan(64);
        continue;
      }
      expect(p.lat).toBeGreaterThan(29);
      expect(p.lat).toBeLessThan(38);
      expect(p.lon).toBeGreaterThan(34.9);
      expect(p.lon).toBeLessThan(48.7);
    }
  });

  it('builds the hierarchy base → town → countryside → governorate → country', () => {
    const kharab = gaz.get('sy-kharab-al-jir')!;
    expect(kharab.ancestors).toEqual(['sy-rmelan', 'sy-hasakah-east', 'sy-hasakah', 'sy']);
    expect(kharab.admin1).toBe('Hasakah');
    expect(gaz.within(kharab, gaz.get('sy-hasakah')!)).toBe(true);
  });

  it('keeps real distances between neighbouring sites', () => {
    expect(distanceKm(gaz.get('sy-tanf')!, gaz.get('jo-tower-22')!)).toBeLessThan(30);
    expect(distanceKm(gaz.get('sy-omar-field')!, gaz.get('sy-conoco')!)).toBeGreaterThan(25);
    expect(distanceKm(gaz.get('iq-ain-al-asad')!, gaz.get('iq-baghdad')!)).toBeGreaterThan(150);
    // Karbala airport is not Karbala: reports of the two must not merge as one place.
    expect(distanceKm(gaz.get('iq-karbala-airport')!, gaz.get('iq-karbala')!)).toBeGreaterThan(25);
    expect(distanceKm(gaz.get('iq-haydariyah')!, gaz.get('sy-haydariyah')!)).toBeGreaterThan(400);
  });

  it('carries the GeoNames towns with their attribution, under a curated governorate', () => {
    const header = readFileSync(join(__dirname, 'geonames.data.ts'), 'utf8').slice(0, 600);
    expect(header).toMatch(/GeoNames/);
    expect(header).toMatch(/Creative Commons Attribution 4\.0/);
    expect(GEONAMES_PLACES.length).toBeGreaterThan(400);
    const curated = new Set(PLACES.map((p) => p.id));
    for (const p of GEONAMES_PLACES) {
      expect(p.source).toBe('geonames');
      expect(p.geonameid).toBeGreaterThan(0);
      expect(gaz.get(p.id)!.admin1).not.toBeNull();
    }
    for (const l of GEONAMES_LINKS) expect(curated.has(l.id)).toBe(true);
    expect(gaz.size).toBe(PLACES.length + GEONAMES_PLACES.length);
  });

  it('reads no ordinary word freely: such names need a place noun before them', () => {
    const common = new Set(COMMON_WORDS.map((w) => foldWord(w)));
    for (const p of bundledPlaces()) {
      const free = p.ar.filter((n) => !(p.cue && !/\s/.test(n.trim())));
      for (const n of free) expect([p.id, n, common.has(foldWord(n))]).toEqual([p.id, n, false]);
    }
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
    // "from" after a word of nearness or distance ("بالقرب من القائم"، "على بعد 10 كم من حديثة").
    expect(names('نقطة حدودية بالقرب من القائم')).toEqual(['al-Qaim']);
    expect(names('موقع على مقربة من القائم')).toEqual(['al-Qaim']);
    expect(names('مقر قريباً من القائم')).toEqual(['al-Qaim']);
    expect(names('على بعد 10 كم من القائم')).toEqual(['al-Qaim']);
    expect(names('اقترب من القائم بالأعمال')).toEqual([]);
    expect(names('طلب الوزير من القائم بالأعمال مغادرة البلاد')).toEqual([]);
    expect(names('هذا حديث عن الحرير')).toEqual([]);
    expect(names('طائرة مسيرة فوق قاعدة حرير')).toEqual(['Harir']);
    expect(names('طائرة مسيرة قرب قاعدة حرير الجوية شمال أربيل')).toEqual(['Harir', 'Erbil']);
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

describe('towns from GeoNames', () => {
  it.each([
    ['مقتل عنصرين في قصف على عين التمر غربي كربلاء', 'iq-ayn-tamr'],
    ['انفجار عبوة في قضاء الشرقاط شمال صلاح الدين', 'iq-ash-sharqat'],
    ['قصف على مواقع قرب خانقين', 'iq-khanaqin'],
    ['اشتباكات في مدينة جرابلس', 'sy-jarabulus'],
    ['غارة على سراقب', 'sy-saraqib'],
    ['انفجار في الرمثا', 'jo-ar-ramtha'],
    ['قصف مدفعي على أطراف يبرود', 'sy-yabrud'],
    ['سقوط قذيفة في مدينة الباب', 'sy-al-bab'],
    ['تظاهرة في مدينة السلمية', 'sy-as-salamiyah'],
    ['مقتل مدنيين في بلدة تسيل', 'sy-tasil'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    ['فتح الباب أمام المفاوضات'],
    ['خرجت المظاهرات السلمية في المدينة'],
    ['وأكد أن الحي تعرض للقصف'],
    ['عقدت جلسة في التل'],
    ['أعلن قادة الثورة السورية'],
    ['مع قرب حلول شهر رمضان سوف تعود الحياة'],
    ['وضع ملح على الجرح'],
    ['وأشاد بالدور الذي يلعبه'],
    ['في الحاضر والمستقبل'],
    ['يتحدث عن السجن'],
    ['أكد جاسم محمد أن الوضع مستقر'],
    ['قال إن العمل دوماً مستمر'],
    ['انفجار في منطقة القصر الجمهوري'],
    ['اشتباك في حي الكرامة'],
    ['في ريف المدينة'],
    // A word with tanween is an indefinite common noun: "a shield", not Daraa.
    ['سيبقى الحشد درعاً للبلاد'],
    ['وقفت القبائل درعاً واحداً'],
  ])('does not read an ordinary word as a village: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('does not read a minor name as a place in another country than the sentence is about', () => {
    expect(ids('غارة إسرائيلية على بلدة الطيبة جنوب لبنان')).toEqual(['lb']);
    expect(ids('اشتباك في بلدة الطيبة بريف درعا')).toEqual(['sy-daraa']);
    expect(ids('قصف على أطراف لبنان')).toEqual(['lb']);
  });

  it.each([
    ['the airspace the missiles came through', 'قتل أربعة مدنيين في بلدة صحنايا جنوب غربي العاصمة، والصواريخ أُطلقت من الأجواء اللبنانية', ['sy-sahnaya', 'lb']],
    ['flying over', 'سقطت شظايا في بلدة صحنايا بعد مرور الصواريخ فوق لبنان', ['sy-sahnaya', 'lb']],
  ])('a country named only as where the fire flew from or over is not what the sentence is about: %s', (_label, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('a site noun in the dual before two names is that kind of site of each', () => {
  it.each([
    ['two airports, "مطاري دمشق وحلب الدوليين"', 'استهدفت غارات إسرائيلية مطاري دمشق وحلب الدوليين عصر الخميس', ['sy-damascus-airport', 'sy-aleppo-airport']],
    ['the other order', 'قصفت إسرائيل مطاري حلب ودمشق الدوليين', ['sy-aleppo-airport', 'sy-damascus-airport']],
    ['nominative dual', 'خرج مطارا دمشق وحلب عن الخدمة', ['sy-damascus-airport', 'sy-aleppo-airport']],
    ['two bases, a name of two words first', 'استهدفت المقاومة قاعدتي عين الأسد وحرير', ['iq-ain-al-asad', 'iq-harir']],
  ])('%s', (_label, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('a dual with no such sites keeps the names as they are', () => {
    expect(ids('زار الوفد مطاري بغداد والبصرة')).not.toContain('sy-damascus-airport');
  });
});

describe('homonyms resolved by the places named beside them', () => {
  it.each([
    ['قصفت طائرات مجهولة مقرا للحشد في منطقة الحيدرية شمال النجف', 'iq-haydariyah'],
    ['غارات على الحيدرية في محافظة النجف فجر اليوم', 'iq-haydariyah'],
    ['انفجار في الحيدرية قرب كربلاء', 'iq-haydariyah'],
    ['سقطت صواريخ في المنطقة الخضراء وسط بغداد', 'iq-green-zone'],
    ['وقالت المصادر إن القصف طال المنطقة الخضراء في حقل العمر', 'sy-green-village'],
    ['غارة على حي الصناعة في البوكمال', 'sy-albukamal-sinaa'],
    ['قصف مدفعي على حي الصناعة بمدينة دير الزور', 'sy-deir-sinaa'],
    ['اشتباكات في سنجار بريف إدلب', 'sy-sinjar'],
    ['هجوم على بلدة ربيعة في ريف اللاذقية', 'sy-rabiah'],
    ['انفجار في قضاء الهاشمية جنوب الحلة', 'iq-al-hashimiyah'],
    ['عبوة في بلدة الهاشمية في الزرقاء', 'jo-al-hashimiyah'],
  ])('%s', (text, id) => {
    expect(ids(text)[0]).toBe(id);
  });

  it('keeps the reading the old data had where nothing nearby decides', () => {
    expect(ids('قصف في سنجار غرب الموصل')[0]).toBe('iq-sinjar');
    expect(ids('استهدفت غارة موقعا في الحيدرية ببادية الميادين')[0]).toBe('sy-haydariyah');
    expect(ids('صواريخ على المنطقة الخضراء')).toEqual(['iq-green-zone']);
    expect(gaz.lookup('الحيدرية').map((p) => p.id)).toEqual(['iq-haydariyah', 'sy-haydariyah']);
  });

  it('reports the other readings of an ambiguous name', () => {
    const [m] = gaz.find(keyTokens('غارات على الحيدرية في محافظة النجف'));
    expect(m.alternatives?.map((p) => p.id)).toEqual(['sy-haydariyah']);
  });

  it('takes the place noun as a hint of the kind of place', () => {
    expect(ids('على الطريق في محافظة الديوانية')[0]).toBe('iq-qadisiyyah');
    expect(ids('انفجار في الديوانية')[0]).toBe('iq-diwaniyah');
  });

  it('reads a name the sentence leaves open by the places named elsewhere in the text', () => {
    const text = 'هاجمت مسيرات القاعدة الأمريكية في حقل العمر بريف دير الزور. وقال مصدر إن القصف طال المنطقة الخضراء.';
    const tokens = keyTokens(text);
    const from = tokens.findIndex((t) => t.norm === 'وقال');
    expect(gaz.find(tokens, from, tokens.length).map((m) => m.place.id)).toEqual(['sy-green-village']);
    expect(gaz.find(tokens, from, tokens.length, { sentenceOnly: true }).map((m) => m.place.id)).toEqual(['iq-green-zone']);
    expect(gaz.find(keyTokens('وقال مصدر إن القصف طال المنطقة الخضراء.'), 0, undefined, { places: [gaz.get('sy-omar-field')!] }).map((m) => m.place.id)).toEqual(['sy-green-village']);
  });
});

describe('hierarchy: quarters within their town, towns within their countryside', () => {
  it.each([
    ['استهدفت مسيرة مطار كربلاء الدولي قيد الإنشاء', 'iq-karbala-airport', 'iq-karbala'],
    ['قصف على الحزام الأخضر في البوكمال', 'sy-albukamal-green-belt', 'sy-albukamal'],
    ['واستهدفت الغارات منطقة الحزام وحي الصناعة في البوكمال', 'sy-albukamal-green-belt', 'sy-albukamal'],
    ['غارة على منطقة المشاريع في القائم', 'iq-mashari', 'iq-qaim'],
    ['سقطت قذائف على حي الجورة بدير الزور', 'sy-deir-jorah', 'sy-deir-ez-zor'],
    ['هجوم بطائرة مسيرة على سد الموصل', 'iq-mosul-dam', 'iq-nineveh'],
    ['قصف معسكر الرشيد جنوب شرق بغداد', 'iq-camp-rashid', 'iq-baghdad'],
    ['انفجار مخزن للعتاد في معسكر الصقر', 'iq-camp-saqr', 'iq-baghdad'],
    ['مسيرة تستهدف حقل كورمور في السليمانية', 'iq-khor-mor', 'iq-kurdistan'],
    ['غارة على بلدة العزبة قرب حقل كونيكو', 'sy-izba', 'sy-deir-east'],
    ['قصف على بادية الشبلي', 'sy-shibli', 'sy-mayadin'],
    ['صواريخ أطلقت من قرية حمد أغا قرب زمار', 'iq-hamad-agha', 'iq-zummar'],
  ])('%s', (text, id, within) => {
    const found = ids(text);
    expect(found[0]).toBe(id);
    expect(gaz.within(gaz.get(id)!, gaz.get(within)!)).toBe(true);
  });

  it('places a town inside its countryside, and the countryside in its governorate', () => {
    expect(gaz.within(gaz.get('sy-khasham')!, gaz.get('sy-deir-east')!)).toBe(true);
    expect(gaz.within(gaz.get('sy-albukamal-sinaa')!, gaz.get('sy-deir-east')!)).toBe(true);
    expect(gaz.within(gaz.get('sy-shaddadi')!, gaz.get('sy-hasakah-south')!)).toBe(true);
    expect(gaz.within(gaz.get('iq-erbil-airport')!, gaz.get('iq-kurdistan')!)).toBe(true);
    expect(gaz.get('sy-khasham')!.depth).toBeGreaterThan(gaz.get('sy-deir-east')!.depth);
    expect(gaz.get('iq-erbil-airport')!.admin1).toBe('Erbil');
  });

  it('reads Kurdistan Region as a place only where the text locates something in it', () => {
    expect(ids('سقطت مسيرة في إقليم كردستان')).toEqual(['iq-kurdistan']);
    expect(ids('استهدفت قاعدة حرير بإقليم كردستان العراق')).toEqual(['iq-harir', 'iq-kurdistan']);
    expect(ids('أدانت حكومة إقليم كردستان الهجوم')).toEqual([]);
  });

  it('needs the town of a generic quarter named in the sentence or the text', () => {
    expect(ids('اشتباكات في حي الصناعة')).toEqual([]);
    expect(ids('تعرضت المنطقة الصناعية لقصف')).toEqual([]);
    const text = 'غارات على مواقع في مدينة البوكمال. واستهدفت إحداها حي الصناعة.';
    expect(ids(text)).toEqual(['sy-albukamal', 'sy-albukamal-sinaa']);
  });
});

describe('country adjectives', () => {
  it.each([
    ['قرب الحدود الأردنية', ['jo']],
    ['هجوم قرب الحدود الأردنية العراقية', ['jo', 'iq']],
    ['على الحدود العراقية السورية', ['iq', 'sy']],
    ['في الجانب العراقي من الحدود', ['iq']],
    ['في المثلث الحدودي الأردني السوري العراقي', ['jo', 'sy', 'iq']],
    ['في البادية السورية', ['sy']],
    ['عبر الحدود اللبنانية', ['lb']],
    ['في الأجواء العراقية', ['iq']],
    ['قرب الحدود الإيرانية', ['ir']],
    ['على طول الشريط الحدودي والحدود السورية', ['sy']],
    ['سقطت مسيرة داخل الحدود العراقية', ['iq']],
    ['انطلقت من الجانب السوري', ['sy']],
    ['تحطمت في الصحراء الأردنية', ['jo']],
    ['على الحدود الإيرانية العراقية', ['ir', 'iq']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([['قالت الحكومة العراقية'], ['وصلت القوات الأردنية'], ['رفع العلم السوري'], ['الطائرات الإيرانية المسيرة']])('not after other nouns: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('outlet names and clitic homographs', () => {
  it.each([
    ['ذكرت مصادر الميادين أن رشقة صواريخ طالت قاعدة تل بيدر', ['sy-tal-baydar']],
    ['بحسب الميادين فإن الغارات استهدفت البوكمال', ['sy-albukamal']],
    ['وقالت الميادين إن طائرة مسيرة حلقت', []],
    ['نقلت الميادين عن مصادر محلية', []],
    ['وأفاد دير الزور 24 بأن الطيران قصف', []],
    ['نشرت الحسكة 24 صورا للانفجار', []],
    ['وذكرت فرقة المهام المشتركة في بيان أن قاعدة التنف تعرضت لهجوم', ['sy-tanf']],
    ['وضع ورقة على الطاولة', []],
    ['وقالت السفيرة الأمريكية في بغداد', ['iq-baghdad']],
    ['وطالب بصحوة الضمير', []],
    ['ووصف التصرف بأنه مهين', []],
    ['حسب وكالة الأنباء الأردنية "بترا"', []],
    ['وقال في بيان اطلع عليه "ألترا عراق"', []],
    ['انفجار دراجة نارية في مفرق القهاوي في بلدة أبوحمام', ['sy-abu-hamam']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('lets a name drop its article after a site noun only', () => {
    expect(ids('نزوح من مخيم ركبان')).toEqual(['sy-rukban']);
    expect(ids('غارة على مطار شعيرات')).toEqual(['sy-shayrat']);
    expect(ids('وصلت فرقة الإنقاذ')).toEqual([]);
  });

  it('still reads the towns in their own right', () => {
    expect(ids('قالت مصادر محلية في الميادين إن الغارة')).toEqual(['sy-mayadin']);
    expect(ids('غارة على مدينة الرقة وريفها')).toEqual(['sy-raqqa']);
    expect(ids('قصف على بلدة السفيرة')).toEqual(['sy-safira']);
  });
});

describe('spelling variants', () => {
  it.each([
    ['هجوم على حقل نفط العمر', 'sy-omar-field'],
    ['سقطت قذائف على حقل نفطِ "العمر" شرقي دير الزور', 'sy-omar-field'],
    ['قصف مطار رميلات', 'sy-rmelan'],
    ['انفجار في كربلا', 'iq-karbala'],
    ['اشتباكات قرب سامرا', 'iq-samarra'],
    ['احتجاجات في السويدا', 'sy-suwayda'],
    ['عبوة في قضاء تل كيف', 'iq-tallkayf'],
    ['قصف قرب تل بيسة', 'sy-tallbisah'],
    ['حريق في حقل نفط الجبسة', 'sy-jibsa'],
    ['صواريخ على حقل نفط التنك', 'sy-tanak'],
    ['انفجار في مدينة الزرقا', 'jo-zarqa'],
    ['غارة على ابوكمال', 'sy-albukamal'],
    ['قصف على معمل غاز كونيكو', 'sy-conoco'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('folds the spellings the tokeniser cannot: joined compounds and the final hamza', () => {
    const keyOf = (s: string) => s.split(' ').map(patternKey).join(' ');
    expect(gaz.lookup('تل عفر').map((p) => p.id)).toEqual(gaz.lookup('تلعفر').map((p) => p.id));
    expect(keyOf('كربلا')).not.toBe(keyOf('كربلاء'));
    expect(gaz.lookup('كربلا').map((p) => p.id)).toEqual(['iq-karbala']);
  });
});
